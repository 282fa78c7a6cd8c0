// Bug (VC1002): wybiral/hookah#22: each chunk read from the input is handed to
// a goroutine that writes it out, while the loop reads the next chunk into
// the same buffer.
package slicereadgo

import (
	"io"
	"os"
)

func fanout(r io.Reader, outs []io.Writer) error {
	buf := make([]byte, 4096)
	for {
		n, err := r.Read(buf)
		if err != nil {
			return err
		}
		for _, w := range outs {
			go w.Write(buf[:n]) // want `"buf\[:n\]" is handed to a goroutine without a copy.*VC1002`
		}
	}
}

func Tee() error {
	return fanout(os.Stdin, []io.Writer{os.Stdout, os.Stderr})
}
