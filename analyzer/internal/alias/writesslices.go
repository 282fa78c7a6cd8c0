package alias

import "fmt"

// WritesSlices records, for VC1002's Go-slice rule, which slice
// parameters a function writes the elements of (in ssa.Function.Params
// numbering: the receiver first): a helper in another package that fills
// or sorts its argument writes the caller's backing array.
type WritesSlices struct {
	Params uint64
}

// AFact marks WritesSlices as an analysis fact.
func (*WritesSlices) AFact() {}

func (w *WritesSlices) String() string { return fmt.Sprintf("writes slices %b", w.Params) }
