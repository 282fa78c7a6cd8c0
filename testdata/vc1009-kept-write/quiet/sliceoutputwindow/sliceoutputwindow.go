// Correct: the shape of golang.org/x/text/unicode/norm's transform (found
// by VC1009 in the standard library's vendored copy, and fixed): a writer
// is pointed at the rest of the output buffer in each iteration
// (setOut(dst[n:])), the caller then copies more into dst itself and reads
// only a counter of the writer (w.pending): nothing reads the kept slice
// after the caller's write before the writer is pointed at it again.
package main

import "fmt"

type writer struct {
	out     []byte
	pending int
}

func (w *writer) setOut(out []byte) { w.out = out }

func (w *writer) flush(b byte) int {
	if len(w.out) == 0 {
		return 0
	}
	w.out[0] = b
	w.pending--
	return 1
}

func fill(dst, src []byte) int {
	w := writer{pending: len(src)}
	n := 0
	for i := 0; i < len(src) && n < len(dst); i++ {
		w.setOut(dst[n:])
		n += w.flush(src[i])
		if n < len(dst) {
			n += copy(dst[n:], "-")
		}
		if w.pending == 0 {
			break
		}
	}
	return n
}

func main() {
	dst := make([]byte, 8)
	n := fill(dst, []byte("abc"))
	fmt.Println(string(dst[:n]))
}
