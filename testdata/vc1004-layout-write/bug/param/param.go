// Package param stamps a marker into volumes.
//
// Review: redteam
package param

import nd "github.com/viewcheck/viewcheck/ndarray"

// StampFirstVoxel marks the first voxel of vol and returns the volume's
// total intensity, marker included.
func StampFirstVoxel(vol *nd.Array[float32], marker float32) float32 {
	voxels := vol.Ravel()
	voxels.Set(marker, 0) // want "VC1004"
	return nd.Sum(vol)
}
