// Package slicesendack waits for the receiver to finish with each chunk
// before reading the next one into the same buffer.
package slicesendack

import "io"

func Pump(r io.Reader, out chan<- []byte, done <-chan struct{}) error {
	buf := make([]byte, 4096)
	for {
		n, err := r.Read(buf)
		if n > 0 {
			out <- buf[:n]
			<-done
		}
		if err != nil {
			return err
		}
	}
}
