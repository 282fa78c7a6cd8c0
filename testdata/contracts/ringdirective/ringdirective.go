// Package ringdirective is a small sample library that states its aliasing
// contract with //viewcheck: directives. Package ringcontract is the same
// library without them, described by ../../viewcheck.contracts instead:
// their callers must get the same findings.
package ringdirective

// Buf is a buffer of samples.
//
//viewcheck:array
type Buf struct{ data []float64 }

// New returns a buffer over a copy of xs.
//
//viewcheck:fresh
func New(xs ...float64) *Buf { return &Buf{data: append([]float64(nil), xs...)} }

// Window returns a view of samples [i, j): it shares b's memory.
//
//viewcheck:view
func (b *Buf) Window(i, j int) *Buf { return &Buf{data: b.data[i:j]} }

// Scale multiplies every sample by c, in place.
//
//viewcheck:writes b
func (b *Buf) Scale(c float64) {
	for i := range b.data {
		b.data[i] *= c
	}
}

// Clone returns a copy of b.
//
//viewcheck:copy
func (b *Buf) Clone() *Buf { return &Buf{data: append([]float64(nil), b.data...)} }

// At returns sample i.
//
//viewcheck:reads
func (b *Buf) At(i int) float64 { return b.data[i] }
