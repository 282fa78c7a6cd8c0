// Bug (VC1002): gravitational/teleport#650, with a select: the chunk is
// sent in a select case and the loop goes on to read the next one into the
// same buffer.
package sliceselectsend

import (
	"context"
	"io"
)

func Pump(ctx context.Context, r io.Reader, out chan<- []byte) error {
	buf := make([]byte, 4096)
	for {
		n, err := r.Read(buf)
		if err != nil {
			return err
		}
		select {
		case out <- buf[:n]: // want `"buf\[:n\]" is sent on out without a copy.*VC1002`
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
