// Package ringcontract is package ringdirective without its directives: its
// contract is stated in ../../viewcheck.contracts, at the module root, and
// its callers must get the findings ringdirective's callers get.
package ringcontract

// Buf is a buffer of samples.
type Buf struct{ data []float64 }

// New returns a buffer over a copy of xs.
func New(xs ...float64) *Buf { return &Buf{data: append([]float64(nil), xs...)} }

// Window returns a view of samples [i, j): it shares b's memory.
func (b *Buf) Window(i, j int) *Buf { return &Buf{data: b.data[i:j]} }

// Scale multiplies every sample by c, in place.
func (b *Buf) Scale(c float64) {
	for i := range b.data {
		b.data[i] *= c
	}
}

// Clone returns a copy of b.
func (b *Buf) Clone() *Buf { return &Buf{data: append([]float64(nil), b.data...)} }

// At returns sample i.
func (b *Buf) At(i int) float64 { return b.data[i] }
