// Package slicefieldlive gives a struct its buffer and then fills it: a
// live window, stored once, not a snapshot.
package slicefieldlive

type Frame struct {
	Header  []byte
	Payload []byte
}

func NewFrame(size int, fill byte) *Frame {
	buf := make([]byte, size)
	f := &Frame{}
	f.Header = buf[:4]
	f.Payload = buf[4:]
	for i := range buf {
		buf[i] = fill
	}
	return f
}

type Ring struct {
	slots [][]int
}

func (r *Ring) Init(n, width int) {
	backing := make([]int, n*width)
	r.slots = make([][]int, n)
	for i := range r.slots {
		r.slots[i] = backing[i*width : (i+1)*width]
	}
	clear(backing)
}
