// Package framing cuts a signal into windowed frames (copies) for an STFT.
//
// Review: redteam2
package framing

import (
	"math"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func hann(n int) *nd.Array[float64] {
	w := nd.Zeros[float64](n)
	for i := 0; i < n; i++ {
		w.Set(0.5-0.5*math.Cos(2*math.Pi*float64(i)/float64(n-1)), i)
	}
	return w
}

// Frames returns the windowed frames of sig; sig is not changed.
func Frames(sig *nd.Array[float64], size, hop int) []*nd.Array[float64] {
	w := hann(size)
	var frames []*nd.Array[float64]
	for start := 0; start+size <= sig.Size(); start += hop {
		frame := sig.Slice(nd.S(start, start+size)).Copy()
		nd.MulAssign(frame, w)
		frames = append(frames, frame)
	}
	return frames
}

// Energy returns the energy of each frame and of the raw signal.
func Energy(sig *nd.Array[float64]) ([]float64, float64) {
	fs := Frames(sig, 64, 32)
	out := make([]float64, len(fs))
	for i, f := range fs {
		out[i] = nd.Sum(nd.Mul(f, f))
	}
	return out, nd.Sum(nd.Mul(sig, sig))
}
