// Correct: the decoder built each iteration over the same input writes
// only its own scratch slice, not the input it keeps (it holds two
// slices, so which one a method writes is not guessed).
package main

import "fmt"

type Decoder struct {
	input   []byte
	scratch []byte
}

func NewDecoder(input []byte) *Decoder {
	return &Decoder{input: input, scratch: make([]byte, len(input))}
}

func (d *Decoder) Decode() string {
	for i, b := range d.input {
		d.scratch[i] = b + 1
	}
	return string(d.scratch)
}

func main() {
	input := []byte("abc")
	for i := 0; i < 2; i++ {
		d := NewDecoder(input)
		fmt.Println(d.Decode())
	}
}
