// Package histogram builds pixel histograms.
//
// Review: redteam
package histogram

import nd "github.com/viewcheck/viewcheck/ndarray"

// Histogram counts pixel values and suppresses the black bins so they do
// not dominate the plot; it returns the plotted bins and the total count.
func Histogram(pix []uint8) (*nd.Array[int], int) {
	counts := nd.Zeros[int](256)
	for _, p := range pix {
		counts.Set(counts.At(int(p))+1, int(p))
	}
	black := counts.Slice(nd.S(0, 8))
	black.Fill(0) // want "VC1001"
	total := nd.Sum(counts)
	return counts, total
}
