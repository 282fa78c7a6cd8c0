// Bug (VC1012): kgateway-dev/kgateway#14535 in a method with a value
// receiver: the receiver's slice is shared with every copy of the value,
// and the method keeps append(r.args, extra...) in a struct it returns.
package main

import "fmt"

type runner struct{ args []string }

type job struct{ argv []string }

func (r runner) job(extra ...string) job {
	return job{argv: append(r.args, extra...)} // want "VC1012"
}

func main() {
	r := runner{args: make([]string, 1, 4)}
	r.args[0] = "run"
	a := r.job("x")
	b := r.job("y")
	fmt.Println(a.argv, b.argv)
}
