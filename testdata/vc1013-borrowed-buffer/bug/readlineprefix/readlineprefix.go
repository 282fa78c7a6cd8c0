// Bug (VC1013): golang/go#65191: a long line comes back from ReadLine in
// pieces; appending the next piece to the first one reads the first after
// the second ReadLine has refilled the buffer it points into.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func readLongLine(r *bufio.Reader) ([]byte, error) {
	line, isPrefix, err := r.ReadLine()
	for isPrefix && err == nil {
		var more []byte
		more, isPrefix, err = r.ReadLine()
		line = append(line, more...) // want "VC1013"
	}
	return line, err
}

func main() {
	r := bufio.NewReaderSize(os.Stdin, 16)
	line, err := readLongLine(r)
	fmt.Println(string(line), err)
}
