// Correct: the changed copy is captured by a function literal that runs
// later: the write is read, through the closure.
package main

import "fmt"

type job struct {
	Name  string
	Tries int
}

func main() {
	var runs []func() string
	for _, j := range []job{{Name: "a"}, {Name: "b"}} {
		j.Tries = 3
		runs = append(runs, func() string { return fmt.Sprint(j.Name, j.Tries) })
	}
	for _, r := range runs {
		fmt.Println(r())
	}
}
