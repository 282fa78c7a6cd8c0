// Package channelsfirst converts channel-first tensors for display.
//
// Review: redteam
package channelsfirst

import nd "github.com/viewcheck/viewcheck/ndarray"

// Display returns a new image in HWC order scaled to [0, 1]; the caller's
// CHW tensor is meant to stay in [0, 255].
func Display(chw *nd.Array[float32]) *nd.Array[float32] {
	hwc := chw.SwapAxes(0, 2)
	nd.ScaleAssign(hwc, 1.0/255) // want "VC1006"
	return hwc.Copy()
}

// DisplayLocal does the same on a tensor it loads itself.
func DisplayLocal(raw []float32) float64 {
	chw := nd.FromSlice(raw, 3, 8, 8)
	hwc := chw.SwapAxes(0, 2)
	nd.ScaleAssign(hwc, 1.0/255) // want "VC1001"
	return nd.Mean(chw)
}
