// Correct: the field written is behind a pointer field of the copy, which
// points at the same target as the element's.
package main

import "fmt"

type counter struct{ N int }

type worker struct{ C *counter }

func main() {
	ws := []worker{{&counter{}}, {&counter{}}}
	for _, w := range ws {
		w.C.N = 7
	}
	fmt.Println(ws[0].C.N, ws[1].C.N)
}
