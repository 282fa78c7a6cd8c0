// Correct: the usual way to update a map of struct values: change the copy,
// then store it back (m[k] = v), which reads it after the write.
package main

import "fmt"

type quota struct {
	Used  int
	Limit int
}

func main() {
	qs := map[string]quota{"a": {Used: 1, Limit: 10}}
	for k, q := range qs {
		q.Used++
		qs[k] = q
	}
	fmt.Println(qs)
}
