package ndarray

import (
	"fmt"
	"strings"
)

// Arrays print with NumPy's structure (brackets, one row per line, a blank
// line between the blocks of a 3-D array) but each element in Go's own
// formatting, without NumPy's column padding: [12 4 6 8 10], not
// [12  4  6  8 10]. Documentation and programs compare against these exact
// strings, so the layout is part of the API.

// format returns a's String form.
func format[T Elem](a *Array[T]) string {
	var b strings.Builder
	writeArray(&b, "%v", a)
	return b.String()
}

// formatTo implements Format: the verb, flags, width and precision apply to
// each element. %s prints elements as %v does, since that is what asking
// for an array's string means.
func formatTo[T Elem](f fmt.State, verb rune, a *Array[T]) {
	if verb == 's' {
		verb = 'v'
	}
	var b strings.Builder
	writeArray(&b, fmt.FormatString(f, verb), a)
	f.Write([]byte(b.String()))
}

// writeArray writes a to b, formatting each element with elem (a fmt
// directive such as "%v" or "%6.2f"). A 0-d array is its element alone; an
// empty array is "[]", as in NumPy.
func writeArray[T Elem](b *strings.Builder, elem string, a *Array[T]) {
	nd := len(a.shape)
	if nd == 0 {
		fmt.Fprintf(b, elem, a.data[a.offset])
		return
	}
	if a.Size() == 0 {
		b.WriteString("[]")
		return
	}
	var rec func(depth, off int)
	rec = func(depth, off int) {
		b.WriteByte('[')
		last := depth == nd-1
		for i := range a.shape[depth] {
			if i > 0 {
				if last {
					b.WriteByte(' ')
				} else {
					// One newline per remaining axis, then indentation that
					// lines the next bracket up under the previous one.
					for range nd - 1 - depth {
						b.WriteByte('\n')
					}
					for range depth + 1 {
						b.WriteByte(' ')
					}
				}
			}
			p := off + i*a.strides[depth]
			if last {
				fmt.Fprintf(b, elem, a.data[p])
			} else {
				rec(depth+1, p)
			}
		}
		b.WriteByte(']')
	}
	rec(0, a.offset)
}
