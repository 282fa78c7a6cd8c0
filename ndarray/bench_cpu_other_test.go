//go:build !linux

package ndarray_test

// processCPU cannot tell the process's CPU time on this system.
func processCPU() int64 { return -1 }

// pageFaults cannot tell the process's page faults on this system.
func pageFaults() int64 { return -1 }
