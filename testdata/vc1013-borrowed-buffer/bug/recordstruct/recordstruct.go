// Bug (VC1013): records built from an iterator hold its key slice in a
// struct field; the next Next overwrites every record's key.
package main

import "fmt"

type cursor struct {
	rows [][]byte
	i    int
	cur  []byte
}

func (c *cursor) Next() bool {
	if c.i >= len(c.rows) {
		return false
	}
	c.cur = append(c.cur[:0], c.rows[c.i]...)
	c.i++
	return true
}

//viewcheck:borrowed until Next
func (c *cursor) Key() []byte { return c.cur }

type record struct {
	key []byte
	n   int
}

func load(c *cursor) []record {
	var recs []record
	for i := 0; c.Next(); i++ {
		recs = append(recs, record{key: c.Key(), n: i}) // want "VC1013"
	}
	return recs
}

func main() {
	fmt.Println(load(&cursor{rows: [][]byte{[]byte("x"), []byte("y")}}))
}
