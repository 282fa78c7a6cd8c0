//go:build !linux

package npy

// processCPU cannot tell the process's CPU time on this system.
func processCPU() int64 { return -1 }
