// Package stepparam silences every other channel of an interleaved signal.
//
// Review: redteam
package stepparam

import nd "github.com/viewcheck/viewcheck/ndarray"

// MuteLeft zeroes the left (even) samples of an interleaved stereo stream
// and returns the stream's energy.
func MuteLeft(stream *nd.Array[float64]) float64 {
	left := stream.Slice(nd.Step(0, nd.End, 2)).Reshape(-1)
	left.Fill(0) // want "VC1003"
	return nd.Sum(nd.Mul(stream, stream))
}
