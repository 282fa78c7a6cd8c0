package npy

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// magic starts every .npy file; the format version follows it.
const magic = "\x93NUMPY"

// MaxHeaderLen is the longest header Load and ReadHeader accept, in bytes:
// NumPy's default max_header_size. A header of a supported dtype needs a few
// hundred bytes; longer ones belong to structured dtypes, which are not
// supported, or to files built to make the parser work hard.
const MaxHeaderLen = 10000

// MaxDims is the most dimensions a file may have: NumPy 2's limit
// (NumPy 1 allows 32).
const MaxDims = 64

// arrayAlign is the multiple NumPy pads magic, length and header to, so
// that the data starts aligned for memory mapping.
const arrayAlign = 64

// growthDigits is NumPy's room for the first (C order) or last (Fortran
// order) dimension to grow in place: len(str(8*2**64-1)).
const growthDigits = 21

// Header is what a .npy file says about the array it holds.
type Header struct {
	// Major and Minor are the format version: 1.0, 2.0 or 3.0. They differ
	// only in how long the header may be and in its text encoding.
	Major, Minor int
	// Descr is the element type as NumPy wrote it: a byte order ('<'
	// little-endian, '>' big-endian, '|' not applicable), a kind and a size
	// in bytes, for example "<f8" or "|b1".
	Descr string
	// FortranOrder says the data is stored column-major. Load gives such a
	// file as the transposed view NumPy gives.
	FortranOrder bool
	// Shape is the array's shape; empty for a 0-d array.
	Shape []int

	dt    dtype
	count int // elements
}

// DType returns NumPy's name of the element type, for example "float64".
func (h *Header) DType() string { return h.dt.name() }

// ItemSize returns the size of one element in bytes.
func (h *Header) ItemSize() int { return h.dt.size }

// Size returns the number of elements: the product of Shape, 1 for a 0-d
// array.
func (h *Header) Size() int { return h.count }

// DataLen returns the number of bytes of array data that follow the header.
func (h *Header) DataLen() int64 { return int64(h.count) * int64(h.dt.size) }

// ReadHeader reads the magic string, the version and the header of a .npy
// file from r, checks them and leaves r at the first byte of the array data,
// so that ReadData can follow. It reads exactly the header's bytes.
//
// It accepts only what Load can load: every error says what was wrong, and
// none comes from evaluating the header, which is parsed as a literal.
func ReadHeader(r io.Reader) (*Header, error) {
	var pre [8]byte
	if err := readFull(r, pre[:], "magic string", 0, int64(len(pre))); err != nil {
		return nil, err
	}
	if string(pre[:6]) != magic {
		if string(pre[:4]) == "PK\x03\x04" {
			return nil, errors.New("npy: this is a zip file (an .npz archive?), not a .npy file: use OpenArchive")
		}
		return nil, fmt.Errorf("npy: not a .npy file: it starts with %q, not %q", pre[:6], magic)
	}
	h := &Header{Major: int(pre[6]), Minor: int(pre[7])}
	// The length stays unsigned until checked: on 32-bit systems a
	// 4-byte length past 2 GiB would turn negative as an int.
	var hlen uint32
	switch {
	case h.Major == 1 && h.Minor == 0:
		var b [2]byte
		if err := readFull(r, b[:], "header length", 0, int64(len(b))); err != nil {
			return nil, err
		}
		hlen = uint32(binary.LittleEndian.Uint16(b[:]))
	case (h.Major == 2 || h.Major == 3) && h.Minor == 0:
		var b [4]byte
		if err := readFull(r, b[:], "header length", 0, int64(len(b))); err != nil {
			return nil, err
		}
		hlen = binary.LittleEndian.Uint32(b[:])
	default:
		return nil, fmt.Errorf("npy: unsupported format version %d.%d (want 1.0, 2.0 or 3.0)", h.Major, h.Minor)
	}
	if hlen > MaxHeaderLen {
		return nil, fmt.Errorf("npy: header is %d bytes, more than the %d allowed: not a plain array of a supported dtype, or not safe to parse", hlen, MaxHeaderLen)
	}
	text := make([]byte, hlen)
	if err := readFull(r, text, "header", 0, int64(hlen)); err != nil {
		return nil, err
	}
	if err := h.parse(text); err != nil {
		return nil, err
	}
	return h, nil
}

// readFull fills b, a piece of the part of the file named what that starts
// done bytes into the part's need bytes. A short read becomes an error that
// names the part and says how much of it was missing.
func readFull(r io.Reader, b []byte, what string, done, need int64) error {
	n, err := io.ReadFull(r, b)
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return &shortError{what: what, need: need, got: done + int64(n)}
	}
	if err != nil {
		return fmt.Errorf("npy: reading %s: %w", what, err)
	}
	return nil
}

// shortError reports a file that ends before the header or data it
// announces. It wraps io.ErrUnexpectedEOF.
type shortError struct {
	what      string
	need, got int64
}

func (e *shortError) Error() string {
	return fmt.Sprintf("npy: %s: file too short: need %d bytes, got %d (%d missing)", e.what, e.need, e.got, e.need-e.got)
}

func (e *shortError) Unwrap() error { return io.ErrUnexpectedEOF }

// parse checks the header text and fills in h from it.
func (h *Header) parse(text []byte) error {
	// Versions 1.0 and 2.0 are Latin-1, 3.0 is UTF-8. Outside strings a
	// valid header is ASCII, and strings are only compared with ASCII
	// names, so the bytes are parsed as they are.
	if h.Major == 3 && !utf8.Valid(text) {
		return errors.New("npy: version 3.0 header is not valid UTF-8")
	}
	v, err := parseLiteral(string(text), h.Major < 3)
	if err != nil {
		return err
	}
	d, ok := v.(*pyDict)
	if !ok {
		return fmt.Errorf("npy: header is not a dict: %s", clip(text))
	}
	if len(d.keys) != 3 || d.vals["descr"] == nil || d.vals["fortran_order"] == nil || d.vals["shape"] == nil {
		return fmt.Errorf("npy: header keys are %q, want exactly descr, fortran_order and shape", d.keys)
	}
	switch descr := d.vals["descr"].(type) {
	case string:
		if h.dt, err = parseDescr(descr); err != nil {
			return err
		}
		h.Descr = descr
	case pyList:
		return fmt.Errorf("npy: descr is a structured dtype (%d fields): not supported; ndarray holds one scalar type per array, so save each field as its own array", len(descr))
	default:
		return fmt.Errorf("npy: descr is %s, want a type string such as '<f8'", pyType(descr))
	}
	fortran, ok := d.vals["fortran_order"].(bool)
	if !ok {
		return fmt.Errorf("npy: fortran_order is %s, want True or False", pyType(d.vals["fortran_order"]))
	}
	h.FortranOrder = fortran
	shape, ok := d.vals["shape"].(pyTuple)
	if !ok {
		return fmt.Errorf("npy: shape is %s, want a tuple of integers", pyType(d.vals["shape"]))
	}
	if len(shape) > MaxDims {
		return fmt.Errorf("npy: shape has %d dimensions, more than the %d allowed", len(shape), MaxDims)
	}
	h.Shape = make([]int, len(shape))
	for i, s := range shape {
		n, ok := s.(int64)
		if !ok {
			return fmt.Errorf("npy: shape[%d] is %s, want an integer", i, pyType(s))
		}
		if int64(int(n)) != n {
			return fmt.Errorf("npy: dimension %d of shape %v does not fit in an int", n, shape)
		}
		h.Shape[i] = int(n)
	}
	h.count, err = checkedSize(h.Shape, h.dt.size)
	return err
}

// checkedSize returns the number of elements of shape. Like NumPy it
// rejects shapes whose nonzero dimensions times the item size overflow,
// even when another dimension is zero.
func checkedSize(shape []int, itemSize int) (int, error) {
	const maxInt = int(^uint(0) >> 1)
	bytes, count := itemSize, 1
	for _, d := range shape {
		if d < 0 {
			return 0, fmt.Errorf("npy: shape %v has a negative dimension", shape)
		}
		if d == 0 {
			count = 0
			continue
		}
		if bytes > maxInt/d {
			return 0, fmt.Errorf("npy: shape %v of %d-byte elements is too big: more than %d bytes", shape, itemSize, maxInt)
		}
		bytes *= d
		count *= d
	}
	return count, nil
}

// pyType names the Python type of a parsed literal, for error messages.
func pyType(v any) string {
	switch v := v.(type) {
	case string:
		return "a string " + strconv.Quote(v)
	case int64:
		return "an integer " + strconv.FormatInt(v, 10)
	case bool:
		return "a bool"
	case pyTuple:
		return "a tuple"
	case pyList:
		return "a list"
	case *pyDict:
		return "a dict"
	case pyNone:
		return "None"
	}
	return fmt.Sprintf("%T", v)
}

// clip quotes at most the first 80 bytes of b for an error message.
func clip(b []byte) string {
	if len(b) > 80 {
		return strconv.Quote(string(b[:80])) + "..."
	}
	return strconv.Quote(string(b))
}

// headerBytes returns the magic string, version, length and header that
// numpy.save writes for an array, byte for byte: the keys sorted, spare
// room for the growing axis, padded with spaces and a newline to a multiple
// of 64 bytes; version 1.0 unless the header is too long for it.
func headerBytes(descr string, fortran bool, shape []int) []byte {
	var b strings.Builder
	b.WriteString("{'descr': '")
	b.WriteString(descr)
	b.WriteString("', 'fortran_order': ")
	if fortran {
		b.WriteString("True")
	} else {
		b.WriteString("False")
	}
	b.WriteString(", 'shape': ")
	b.WriteString(shapeRepr(shape))
	b.WriteString(", }")
	if len(shape) > 0 {
		grow := shape[0]
		if fortran {
			grow = shape[len(shape)-1]
		}
		b.WriteString(strings.Repeat(" ", max(0, growthDigits-len(strconv.Itoa(grow)))))
	}
	return wrapHeader(b.String())
}

// wrapHeader adds the prefix and the padding to a header dict, choosing
// version 1.0 when its length fits in 16 bits and 2.0 otherwise.
func wrapHeader(dict string) []byte {
	major, lenBytes := 1, 2
	hlen := len(dict) + 1 // the final newline
	pad := arrayAlign - (len(magic)+2+lenBytes+hlen)%arrayAlign
	if hlen+pad > 0xffff {
		major, lenBytes = 2, 4
		pad = arrayAlign - (len(magic)+2+lenBytes+hlen)%arrayAlign
	}
	var out bytes.Buffer
	out.WriteString(magic)
	out.WriteByte(byte(major))
	out.WriteByte(0)
	if lenBytes == 2 {
		out.Write(binary.LittleEndian.AppendUint16(nil, uint16(hlen+pad)))
	} else {
		out.Write(binary.LittleEndian.AppendUint32(nil, uint32(hlen+pad)))
	}
	out.WriteString(dict)
	out.WriteString(strings.Repeat(" ", pad))
	out.WriteByte('\n')
	return out.Bytes()
}

// shapeRepr formats shape as Python's repr of a tuple: (), (5,), (3, 4).
func shapeRepr(shape []int) string {
	if len(shape) == 1 {
		return "(" + strconv.Itoa(shape[0]) + ",)"
	}
	parts := make([]string, len(shape))
	for i, d := range shape {
		parts[i] = strconv.Itoa(d)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}
