// Bug (VC1014): the first job's pointer is taken, another job is appended
// to a full slice, and the retry count set through the pointer is lost: it
// prints [{build 0} {test 0}] instead of build with 3 retries.
package main

import "fmt"

type job struct {
	Name    string
	Retries int
}

func main() {
	jobs := []job{{Name: "build"}}
	first := &jobs[0]
	jobs = append(jobs, job{Name: "test"})
	first.Retries = 3 // want "VC1014"
	fmt.Println(jobs)
}
