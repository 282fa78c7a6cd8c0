package npy

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"github.com/viewcheck/viewcheck/ndarray"
)

// arrayDesc is what NumPy says about an array: the manifest of the fixtures
// and the answer of the round-trip helper use the same form. Values are in
// C order; non-finite floats are the strings "nan", "inf" and "-inf", and a
// complex number is [re, im].
type arrayDesc struct {
	Descr        string            `json:"descr"`
	Shape        []int             `json:"shape"`
	FortranOrder bool              `json:"fortran_order"`
	Values       []json.RawMessage `json:"values"`
}

// elements returns a's elements in C order, walking indices with At so that
// the check does not depend on the reader's own layout code.
func elements[T ndarray.Elem](a *ndarray.Array[T]) []T {
	shape := a.Shape()
	n := a.Size()
	out := make([]T, 0, n)
	if n == 0 {
		return out
	}
	idx := make([]int, len(shape))
	for {
		out = append(out, a.At(idx...))
		ax := len(shape) - 1
		for ; ax >= 0; ax-- {
			idx[ax]++
			if idx[ax] < shape[ax] {
				break
			}
			idx[ax] = 0
		}
		if ax < 0 {
			return out
		}
	}
}

// decodeValue converts one JSON element to T.
func decodeValue[T ndarray.Elem](raw json.RawMessage) (T, error) {
	var v T
	rv := reflect.ValueOf(&v).Elem()
	switch rv.Kind() {
	case reflect.Bool:
		var b bool
		err := json.Unmarshal(raw, &b)
		rv.SetBool(b)
		return v, err
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(string(raw), 10, rv.Type().Bits())
		rv.SetInt(n)
		return v, err
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(string(raw), 10, rv.Type().Bits())
		rv.SetUint(n)
		return v, err
	case reflect.Float32, reflect.Float64:
		f, err := decodeFloat(raw)
		rv.SetFloat(f)
		return v, err
	case reflect.Complex64, reflect.Complex128:
		var parts []json.RawMessage
		if err := json.Unmarshal(raw, &parts); err != nil || len(parts) != 2 {
			return v, fmt.Errorf("complex value %s is not [re, im]", raw)
		}
		re, err1 := decodeFloat(parts[0])
		im, err2 := decodeFloat(parts[1])
		if err1 != nil || err2 != nil {
			return v, fmt.Errorf("bad complex value %s", raw)
		}
		rv.SetComplex(complex(re, im))
		return v, nil
	}
	return v, fmt.Errorf("unexpected kind %v", rv.Kind())
}

func decodeFloat(raw json.RawMessage) (float64, error) {
	switch string(raw) {
	case `"nan"`:
		return math.NaN(), nil
	case `"inf"`:
		return math.Inf(1), nil
	case `"-inf"`:
		return math.Inf(-1), nil
	}
	return strconv.ParseFloat(string(raw), 64)
}

// checkArray compares a with what NumPy described: shape, Fortran layout
// and every value. Values are compared by their printed form, in which
// -0 and 0 differ and any NaN equals any NaN.
func checkArray[T ndarray.Elem](t *testing.T, what string, a *ndarray.Array[T], want arrayDesc) {
	t.Helper()
	if !slices.Equal(a.Shape(), want.Shape) {
		t.Errorf("%s: shape %v, NumPy has %v", what, a.Shape(), want.Shape)
		return
	}
	if want.FortranOrder {
		if a.IsContiguous() {
			t.Errorf("%s: a Fortran-order array loaded C-contiguous; NumPy gives the transposed view", what)
		}
		if !a.Transpose().IsContiguous() {
			t.Errorf("%s: the transpose of a Fortran-order array is not C-contiguous (strides %v)", what, a.Strides())
		}
	} else if !a.IsContiguous() {
		t.Errorf("%s: a C-order array loaded with strides %v", what, a.Strides())
	}
	checkValues(t, what, elements(a), want)
}

// checkValues compares elements in C order with the values NumPy reported.
func checkValues[T ndarray.Elem](t *testing.T, what string, got []T, want arrayDesc) {
	t.Helper()
	if len(got) != len(want.Values) {
		t.Errorf("%s: %d values, NumPy has %d", what, len(got), len(want.Values))
		return
	}
	for i, raw := range want.Values {
		w, err := decodeValue[T](raw)
		if err != nil {
			t.Fatalf("%s: value %d: %v", what, i, err)
		}
		if fmt.Sprint(got[i]) != fmt.Sprint(w) {
			t.Errorf("%s: element %d (C order) is %v, NumPy has %v", what, i, got[i], w)
		}
	}
}

// source says where a test loads an array from: a .npy file or a member of
// an archive.
type source struct {
	path string
	ar   *Archive
	name string
}

func loadFrom[T ndarray.Elem](s source) (*ndarray.Array[T], error) {
	if s.ar != nil {
		return LoadFrom[T](s.ar, s.name)
	}
	return LoadFile[T](s.path)
}

// loadAndCheck loads s as T and compares it with want; then it saves the
// array again and returns the bytes, for byte-for-byte comparisons.
func loadAndCheck[T ndarray.Elem](t *testing.T, s source, want arrayDesc) []byte {
	t.Helper()
	what := s.path + s.name
	a, err := loadFrom[T](s)
	if err != nil {
		t.Errorf("%s: %v", what, err)
		return nil
	}
	checkArray(t, what, a, want)
	var buf bytes.Buffer
	if err := Save(&buf, a); err != nil {
		t.Errorf("%s: saving again: %v", what, err)
	}
	return buf.Bytes()
}

// byDescr loads and checks an array as the Go type that matches descr's
// kind and size.
var byDescr = map[string]func(*testing.T, source, arrayDesc) []byte{
	"b1": loadAndCheck[bool], "i1": loadAndCheck[int8], "u1": loadAndCheck[uint8],
	"i2": loadAndCheck[int16], "u2": loadAndCheck[uint16],
	"i4": loadAndCheck[int32], "u4": loadAndCheck[uint32],
	"i8": loadAndCheck[int64], "u8": loadAndCheck[uint64],
	"f4": loadAndCheck[float32], "f8": loadAndCheck[float64],
	"c8": loadAndCheck[complex64], "c16": loadAndCheck[complex128],
}

// checkAny loads s as the Go type its descr calls for.
func checkAny(t *testing.T, s source, want arrayDesc) []byte {
	t.Helper()
	f := byDescr[want.Descr[1:]]
	if f == nil {
		t.Fatalf("%s%s: no Go type for descr %q", s.path, s.name, want.Descr)
	}
	return f(t, s, want)
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
