//go:build viewcheck_safe

package ndarray

// allocUninit is make: the zeroing is wasted work for its callers, but no
// assumption about the runtime or strings.Builder is needed. This is the
// twin of alloc_unsafe.go, chosen with the build tag viewcheck_safe.
func allocUninit[T Elem](n int) []T {
	return make([]T, n)
}
