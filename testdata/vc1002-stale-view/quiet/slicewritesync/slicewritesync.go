// Package slicewritesync writes each chunk synchronously before the next
// Read: the reused buffer is never kept.
package slicewritesync

import (
	"bufio"
	"io"
)

func Copy(dst io.Writer, src io.Reader) (int64, error) {
	buf := make([]byte, 32*1024)
	var total int64
	for {
		n, err := src.Read(buf)
		if n > 0 {
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return total, werr
			}
			total += int64(n)
		}
		if err == io.EOF {
			return total, nil
		}
		if err != nil {
			return total, err
		}
	}
}

func Lines(r io.Reader, emit func(string)) error {
	br := bufio.NewReader(r)
	buf := make([]byte, 256)
	for {
		n, err := br.Read(buf)
		emit(string(buf[:n]))
		if err != nil {
			return err
		}
	}
}
