// Package sliceslabcopy fills one buffer piece by piece, storing each
// piece and moving past it (the shape of x/net dnsmessage's SVCB params, a
// false alarm of an earlier version): later copies write after every
// stored piece.
package sliceslabcopy

type Param struct {
	Key   uint16
	Value []byte
}

func Unpack(msg []byte, sizes []int) []Param {
	total := 0
	for _, n := range sizes {
		total += n
	}
	params := make([]Param, len(sizes))
	buf := make([]byte, total)
	off := 0
	for i, n := range sizes {
		p := &params[i]
		p.Key = uint16(i)
		copy(buf, msg[off:off+n])
		p.Value = buf[:n:n]
		buf = buf[n:]
		off += n
	}
	return params
}
