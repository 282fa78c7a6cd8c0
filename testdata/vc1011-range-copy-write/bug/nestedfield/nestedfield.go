// Bug (VC1011): a field of a field, both values: the write stays in the
// copy. It prints [{{0}} {{0}}] instead of retries of 3.
package main

import "fmt"

type policy struct{ Retries int }

type job struct{ Policy policy }

func main() {
	jobs := make([]job, 2)
	for _, j := range jobs {
		j.Policy.Retries = 3 // want "VC1011"
	}
	fmt.Println(jobs)
}
