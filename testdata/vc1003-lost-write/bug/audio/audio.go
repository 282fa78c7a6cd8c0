// Package audio removes clipping from 8-bit audio.
//
// Review: redteam
package audio

import nd "github.com/viewcheck/viewcheck/ndarray"

// Soften halves the clipped samples of pcm and returns the peak afterwards.
func Soften(pcm []int8) int8 {
	sig := nd.FromSlice(pcm)
	clipped := nd.Equal(sig, nd.Full[int8](127, 1))
	loud := sig.Mask(clipped)
	nd.DivAssign(loud, nd.Full[int8](2, 1)) // want "VC1003"
	return nd.Max(sig)
}
