// Quiet (VC1012): the base is a composite literal, whose capacity is its
// length: each append copies, so the two commands do not share memory.
package main

import "fmt"

var defaultArgs = []string{"git", "-C", "repo"}

func commands() ([]string, []string) {
	local := []string{"ls", "-l"}
	a := append(local, "a")
	b := append(local, "b")
	fmt.Println(a, b)
	status := append(defaultArgs, "status")
	log := append(defaultArgs, "log")
	return status, log
}

func main() { fmt.Println(commands()) }
