// Bug (VC1014): the stale pointer lives inside a function literal (a
// handler registered as a callback): its body is checked like any function.
// It prints [{a false} {b false}] instead of a marked done.
package main

import "fmt"

type task struct {
	Name string
	Done bool
}

func main() {
	tasks := []task{{Name: "a"}}
	finish := func(next string) {
		t := &tasks[0]
		tasks = append(tasks, task{Name: next})
		t.Done = true // want "VC1014"
	}
	finish("b")
	fmt.Println(tasks)
}
