// Quiet: the fix of golang/go#65191: the pieces of a long line are
// appended to a slice the function owns, which starts as a copy.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func readLongLine(r *bufio.Reader) ([]byte, error) {
	piece, isPrefix, err := r.ReadLine()
	line := append([]byte(nil), piece...)
	for isPrefix && err == nil {
		piece, isPrefix, err = r.ReadLine()
		line = append(line, piece...)
	}
	return line, err
}

func main() {
	line, err := readLongLine(bufio.NewReaderSize(os.Stdin, 16))
	fmt.Println(string(line), err)
}
