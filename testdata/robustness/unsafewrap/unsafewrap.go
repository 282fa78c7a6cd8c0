// Quiet: cgo-free unsafe code: a byte buffer reinterpreted as float32s and
// wrapped as an array that is refilled and read.
package main

import (
	"encoding/binary"
	"fmt"
	"math"
	"unsafe"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	raw := make([]byte, 4*4)
	for i := 0; i < 4; i++ {
		binary.NativeEndian.PutUint32(raw[4*i:], math.Float32bits(float32(i)+0.5))
	}
	floats := unsafe.Slice((*float32)(unsafe.Pointer(unsafe.SliceData(raw))), len(raw)/4)
	arr := ndarray.Wrap(floats, 2, 2)
	fmt.Println(arr, unsafe.Sizeof(floats[0]))
	floats[0] = 100
	fmt.Println(ndarray.Sum(arr))
}
