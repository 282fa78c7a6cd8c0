//go:build linux

package ndarray_test

import (
	"syscall"
	"unsafe"
)

// processCPU returns the CPU time the process has used, in nanoseconds,
// from CLOCK_PROCESS_CPUTIME_ID (what Python's time.process_time reads), or
// -1 when it cannot tell.
func processCPU() int64 {
	const clockProcessCPUTimeID = 2
	var ts syscall.Timespec
	_, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockProcessCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0)
	if errno != 0 {
		return -1
	}
	return ts.Nano()
}

// pageFaults returns how many page faults the process has taken that did
// not need I/O (first touches of fresh memory, mostly), or -1.
func pageFaults() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return -1
	}
	return int64(ru.Minflt) // int32 on 32-bit systems
}
