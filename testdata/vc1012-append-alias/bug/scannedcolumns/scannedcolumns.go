// Bug (VC1012): go-sql-driver/mysql#765: a row returns each column as
// buf[a:b] of one read buffer without capping its capacity; a user's
// append to the first column writes over the second: it prints
// "abc!" and "!ef" instead of "abc!" and "def".
package main

import "fmt"

type row struct {
	buf  []byte
	offs []int
}

func (r *row) column(i int) []byte { return r.buf[r.offs[i]:r.offs[i+1]] }

func main() {
	r := &row{buf: []byte("abcdef"), offs: []int{0, 3, 6}}
	first := append(r.column(0), '!') // want "VC1012"
	fmt.Println(string(first), string(r.column(1)))
}
