// Bug (VC1002): fixed-size frames read with io.ReadFull into one header
// buffer, kept in a slice: every frame header is the last one read.
package slicereadfull

import (
	"errors"
	"io"
)

func Headers(r io.Reader) ([][]byte, error) {
	var hdrs [][]byte
	hdr := make([]byte, 8)
	for {
		if _, err := io.ReadFull(r, hdr); err != nil {
			if errors.Is(err, io.EOF) {
				return hdrs, nil
			}
			return nil, err
		}
		hdrs = append(hdrs, hdr) // want `"hdr" is stored in hdrs without a copy.*VC1002`
	}
}
