// Package slicesendcopy sends copies of the read buffer's contents.
package slicesendcopy

import (
	"bytes"
	"io"
)

type Msg struct{ Data []byte }

func Stream(r io.Reader, out chan<- Msg) error {
	buf := make([]byte, 1024)
	for {
		n, err := r.Read(buf)
		if n > 0 {
			out <- Msg{Data: bytes.Clone(buf[:n])}
		}
		if err != nil {
			return err
		}
	}
}

func Chunks(r io.Reader, out chan<- []byte) error {
	buf := make([]byte, 1024)
	for {
		n, err := io.ReadFull(r, buf)
		if n > 0 {
			out <- append([]byte(nil), buf[:n]...)
		}
		if err != nil {
			return err
		}
	}
}
