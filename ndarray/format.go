package ndarray

import (
	"fmt"
	"strings"
)

func format[T Elem](a *Array[T]) string {
	var b strings.Builder
	formatTo(&stateWriter{&b}, 'v', a)
	return b.String()
}

type stateWriter struct{ b *strings.Builder }

func (w *stateWriter) Write(p []byte) (int, error) { return w.b.Write(p) }
func (w *stateWriter) Width() (int, bool)          { return 0, false }
func (w *stateWriter) Precision() (int, bool)      { return 0, false }
func (w *stateWriter) Flag(int) bool               { return false }

func formatTo[T Elem](f fmt.State, verb rune, a *Array[T]) {
	if len(a.shape) == 0 {
		fmt.Fprintf(f, "%v", a.data[a.offset])
		return
	}
	var rec func(depth, off int)
	rec = func(depth, off int) {
		f.Write([]byte("["))
		for i := 0; i < a.shape[depth]; i++ {
			if i > 0 {
				if depth == len(a.shape)-1 {
					f.Write([]byte(" "))
				} else {
					f.Write([]byte(strings.Repeat("\n", len(a.shape)-1-depth) + strings.Repeat(" ", depth+1)))
				}
			}
			p := off + i*a.strides[depth]
			if depth == len(a.shape)-1 {
				fmt.Fprintf(f, "%v", a.data[p])
			} else {
				rec(depth+1, p)
			}
		}
		f.Write([]byte("]"))
	}
	rec(0, a.offset)
}
