// Bug (VC1002): wybiral/hookah#22, captured: a goroutine's function literal
// reads the shared read buffer while the loop reads the next chunk into it.
package slicereadcapture

import "io"

type sink interface{ Deliver([]byte) }

func relay(r io.Reader, s sink) error {
	chunk := make([]byte, 1024)
	for {
		n, err := io.ReadFull(r, chunk)
		if n > 0 {
			go func() { // want `"chunk" is handed to a goroutine without a copy.*VC1002`
				s.Deliver(chunk[:n])
			}()
		}
		if err != nil {
			return err
		}
	}
}
