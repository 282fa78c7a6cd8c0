// Bug (VC1012): kgateway-dev/kgateway#14535 in a method with a value
// receiver: the receiver's slice is shared with every copy of the value,
// and the method registers a job holding append(r.args, extra...): the
// second job overwrites the first one's extra argument: both run "y".
package main

import "fmt"

type job struct{ argv []string }

type runner struct {
	args []string
	jobs map[string]job
}

func (r runner) add(name string, extra ...string) {
	r.jobs[name] = job{argv: append(r.args, extra...)} // want "VC1012"
}

func main() {
	r := runner{args: make([]string, 1, 4), jobs: map[string]job{}}
	r.args[0] = "run"
	r.add("a", "x")
	r.add("b", "y")
	fmt.Println(r.jobs)
}
