package npy

import (
	"fmt"
	"reflect"
	"strconv"
	"unsafe"

	"github.com/viewcheck/viewcheck/ndarray"
)

// dtype is the part of a NumPy dtype this package supports: a scalar of one
// kind and size, in one byte order.
type dtype struct {
	order byte // '<' little-endian, '>' big-endian, '|' not applicable (1 byte)
	kind  byte // 'b' bool, 'i' signed, 'u' unsigned, 'f' float, 'c' complex
	size  int  // bytes per element
}

// nativeOrder is '<' on little-endian machines and '>' on big-endian ones.
var nativeOrder = func() byte {
	x := uint16(1)
	if *(*byte)(unsafe.Pointer(&x)) == 1 {
		return '<'
	}
	return '>'
}()

// descr returns the type string NumPy writes for d, for example "<f8".
func (d dtype) descr() string {
	return string(d.order) + string(d.kind) + strconv.Itoa(d.size)
}

// name returns NumPy's name of d's element type, for example "float64".
func (d dtype) name() string {
	switch d.kind {
	case 'b':
		return "bool"
	case 'i':
		return "int" + strconv.Itoa(8*d.size)
	case 'u':
		return "uint" + strconv.Itoa(8*d.size)
	case 'f':
		return "float" + strconv.Itoa(8*d.size)
	case 'c':
		return "complex" + strconv.Itoa(8*d.size)
	}
	return "?"
}

// swapped reports whether d's bytes are in the opposite order of this
// machine's, so that each element must be byte-swapped on the way in.
func (d dtype) swapped() bool {
	return d.size > 1 && d.order != nativeOrder
}

// swapUnit is the width of the values whose bytes are swapped: the element,
// or each half of a complex number.
func (d dtype) swapUnit() int {
	if d.kind == 'c' {
		return d.size / 2
	}
	return d.size
}

// dtypeOf returns the dtype of T in this machine's byte order. Named types
// map by their underlying kind, so a type Celsius float64 is "<f8".
func dtypeOf[T ndarray.Elem]() dtype {
	var zero T
	size := int(unsafe.Sizeof(zero))
	d := dtype{order: nativeOrder, size: size}
	switch reflect.TypeFor[T]().Kind() {
	case reflect.Bool:
		d.kind = 'b'
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		d.kind = 'i'
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		d.kind = 'u'
	case reflect.Float32, reflect.Float64:
		d.kind = 'f'
	case reflect.Complex64, reflect.Complex128:
		d.kind = 'c'
	}
	if size == 1 {
		d.order = '|'
	}
	return d
}

// typeName names T for error messages, with NumPy's name when they differ:
// "int (int64)", "main.Celsius (float64)".
func typeName[T ndarray.Elem]() string {
	t := reflect.TypeFor[T]().String()
	if n := dtypeOf[T]().name(); n != t {
		return t + " (" + n + ")"
	}
	return t
}

// parseDescr parses a NumPy type string such as "<f8" or "|b1". It rejects,
// with an error that says what the type is, every dtype that ndarray cannot
// hold: objects, strings, dates, float16, long double.
func parseDescr(s string) (dtype, error) {
	if s == "" {
		return dtype{}, fmt.Errorf("npy: empty descr")
	}
	d := dtype{order: nativeOrder}
	rest := s
	switch rest[0] {
	case '<', '>', '|':
		d.order = rest[0]
		rest = rest[1:]
	case '=':
		rest = rest[1:]
	}
	if rest == "" {
		return dtype{}, fmt.Errorf("npy: descr %q has no type", s)
	}
	d.kind = rest[0]
	digits := rest[1:]
	size, err := strconv.Atoi(digits)
	// Only the canonical spelling: no sign, no leading zero ("f08").
	if digits == "" || err != nil || digits[0] < '1' || digits[0] > '9' {
		size = -1
	}
	d.size = size
	switch d.kind {
	case 'O':
		return dtype{}, fmt.Errorf("npy: descr %q is an object array (pickled Python objects): not supported, and never safe to load from an untrusted file", s)
	case 'V':
		return dtype{}, fmt.Errorf("npy: descr %q is a void (raw or structured) dtype: not supported; ndarray holds bool, integer, float and complex elements", s)
	case 'S', 'a', 'U':
		return dtype{}, fmt.Errorf("npy: descr %q is a string dtype: not supported; ndarray holds bool, integer, float and complex elements", s)
	case 'M', 'm':
		return dtype{}, fmt.Errorf("npy: descr %q is a datetime or timedelta dtype: not supported; load the data as int64 in NumPy first", s)
	}
	ok := false
	switch d.kind {
	case 'b':
		ok = size == 1
	case 'i', 'u':
		ok = size == 1 || size == 2 || size == 4 || size == 8
	case 'f':
		ok = size == 4 || size == 8
		if size == 2 || size == 12 || size == 16 {
			return dtype{}, fmt.Errorf("npy: descr %q is float%d: not supported; Go has float32 and float64", s, 8*size)
		}
	case 'c':
		ok = size == 8 || size == 16
		if size == 24 || size == 32 {
			return dtype{}, fmt.Errorf("npy: descr %q is complex%d: not supported; Go has complex64 and complex128", s, 8*size)
		}
	}
	if !ok {
		return dtype{}, fmt.Errorf("npy: descr %q is not a supported dtype (want bool, int8..int64, uint8..uint64, float32, float64, complex64 or complex128)", s)
	}
	if size == 1 {
		d.order = '|'
	}
	return d, nil
}
