// Quiet (VC1012): kgateway-dev/kgateway#14535's builder half: a method
// that appends to its receiver's field and assigns the result back to
// that field, and a parameter's field appended in place the same way.
package main

import "fmt"

type cmdBuilder struct{ opts []string }

func (c *cmdBuilder) With(o ...string) *cmdBuilder {
	c.opts = append(c.opts, o...)
	return c
}

type spec struct{ Env []string }

func addEnv(s *spec, kv string) {
	s.Env = append(s.Env, kv)
}

func main() {
	b := (&cmdBuilder{}).With("-v").With("-n", "x")
	s := &spec{}
	addEnv(s, "A=1")
	fmt.Println(b.opts, s.Env)
}
