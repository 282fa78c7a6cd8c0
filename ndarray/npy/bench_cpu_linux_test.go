//go:build linux

package npy

import (
	"syscall"
	"unsafe"
)

// processCPU returns the CPU time the process has used, user and system, in
// nanoseconds, from CLOCK_PROCESS_CPUTIME_ID (what Python's
// time.process_time reads), or -1 when it cannot tell.
func processCPU() int64 {
	const clockProcessCPUTimeID = 2
	var ts syscall.Timespec
	_, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockProcessCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0)
	if errno != 0 {
		return -1
	}
	return ts.Nano()
}
