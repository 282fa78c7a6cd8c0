package npy

import (
	"fmt"
	"io"
	"os"

	"github.com/viewcheck/viewcheck/ndarray"
)

// Save writes a to w in the .npy format, as numpy.save writes it: version
// 1.0, the same header byte for byte, this machine's byte order ("<f8" on
// x86 and arm64). It reads a's memory and does not copy it when a is
// contiguous in C or Fortran order: a C-contiguous array is written as it
// is, a Fortran-contiguous one (the transpose of a C-contiguous array) with
// fortran_order True, like NumPy; any other view is written in C order.
//
//viewcheck:reads
func Save[T ndarray.Elem](w io.Writer, a *ndarray.Array[T]) error {
	if a.Ndim() > MaxDims {
		return fmt.Errorf("npy: array has %d dimensions; NumPy reads at most %d", a.Ndim(), MaxDims)
	}
	src, fortran := a, false
	if !a.IsContiguous() && a.Ndim() > 1 {
		// NumPy checks C order first, so an array that is both (a row or
		// a column) is written as C.
		if t := a.Transpose(); t.IsContiguous() {
			src, fortran = t, true
		}
	}
	if _, err := w.Write(headerBytes(dtypeOf[T]().descr(), fortran, a.Shape())); err != nil {
		return fmt.Errorf("npy: writing header: %w", err)
	}
	if err := writeChunks(w, src); err != nil {
		return fmt.Errorf("npy: writing array data: %w", err)
	}
	return nil
}

// SaveFile writes a to the file name with Save, creating or truncating it.
// Unlike numpy.save it does not add a ".npy" extension.
//
//viewcheck:reads
func SaveFile[T ndarray.Elem](name string, a *ndarray.Array[T]) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	err = Save(f, a)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// writeBuf is the size of the buffer that gathers short runs of a strided
// array into fewer writes.
const writeBuf = 256 << 10

// writeChunks writes a's elements in C order. Runs at least half a buffer
// long go to w directly from a's memory; shorter ones are gathered first.
func writeChunks[T ndarray.Elem](w io.Writer, a *ndarray.Array[T]) error {
	var buf []byte
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		_, err := w.Write(buf)
		buf = buf[:0]
		return err
	}
	for run := range a.Chunks() {
		b := bytesOf(run)
		if len(b) >= writeBuf/2 {
			if err := flush(); err != nil {
				return err
			}
			if _, err := w.Write(b); err != nil {
				return err
			}
			continue
		}
		if buf == nil {
			buf = make([]byte, 0, writeBuf)
		}
		if len(buf)+len(b) > cap(buf) {
			if err := flush(); err != nil {
				return err
			}
		}
		buf = append(buf, b...)
	}
	return flush()
}
