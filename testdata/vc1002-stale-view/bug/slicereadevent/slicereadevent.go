// Bug (VC1002): charmbracelet/ultraviolet#176: the input reader sends events
// that hold buf[:n] of its read buffer; the next Read overwrites the bytes of
// an event the consumer has not handled yet.
package slicereadevent

import "io"

type Event struct {
	Kind string
	Data []byte
}

type InputReader struct {
	r   io.Reader
	buf []byte
}

func (ir *InputReader) Stream(events chan<- Event) error {
	for {
		n, err := ir.r.Read(ir.buf)
		if err != nil {
			return err
		}
		events <- Event{Kind: "key", Data: ir.buf[:n]} // want `"ir.buf\[:n\]" is sent on events without a copy.*VC1002`
	}
}
