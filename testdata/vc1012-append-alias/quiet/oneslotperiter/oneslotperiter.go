// Quiet (VC1012): x/tools's packages test: each iteration stores
// append(savedEnv, x) into the same field, replacing the previous one,
// which nothing holds any more: no two stored slices are alive at once.
package main

import "fmt"

type config struct{ Env []string }

func main() {
	cfg := &config{Env: make([]string, 1, 4)}
	saved := cfg.Env
	for _, arch := range []string{"386", "amd64"} {
		cfg.Env = append(saved, "GOARCH="+arch)
		fmt.Println(cfg.Env)
	}
}
