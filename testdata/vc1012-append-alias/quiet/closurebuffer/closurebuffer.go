// Quiet (VC1012): closures that grow a captured buffer with
// buf = append(buf, ...) and a method value that appends to its
// receiver's field and assigns it back.
package main

import "fmt"

type log struct{ lines []string }

func (l *log) add(s string) { l.lines = append(l.lines, s) }

func main() {
	var buf []byte
	emit := func(s string) {
		buf = append(buf, s...)
		buf = append(buf, '\n')
	}
	emit("a")
	emit("b")
	l := &log{}
	add := l.add
	for _, s := range []string{"x", "y"} {
		add(s)
	}
	fmt.Print(string(buf), l.lines, "\n")
}
