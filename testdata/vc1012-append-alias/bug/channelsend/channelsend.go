// Bug (VC1012): each iteration sends append(header, line...) on a
// channel while header does not change: the receiver gets slices that
// share header's spare capacity, and each send overwrites the ones before.
package main

import "fmt"

func frames(header []byte, lines [][]byte, out chan<- []byte) {
	for _, l := range lines {
		out <- append(header, l...) // want "VC1012"
	}
	close(out)
}

func main() {
	header := make([]byte, 0, 64)
	header = append(header, "> "...)
	ch := make(chan []byte, 3)
	frames(header, [][]byte{[]byte("a"), []byte("b")}, ch)
	for f := range ch {
		fmt.Println(string(f))
	}
}
