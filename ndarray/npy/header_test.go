package npy

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// npyFile builds a .npy file of the given version around a header dict,
// padded as NumPy pads it, followed by data.
func npyFile(major byte, dict string, data []byte) []byte {
	var b bytes.Buffer
	b.WriteString(magic)
	b.WriteByte(major)
	b.WriteByte(0)
	lenBytes := 2
	if major > 1 {
		lenBytes = 4
	}
	hlen := len(dict) + 1
	pad := (arrayAlign - (len(magic)+2+lenBytes+hlen)%arrayAlign) % arrayAlign
	if major == 1 {
		b.Write(binary.LittleEndian.AppendUint16(nil, uint16(hlen+pad)))
	} else {
		b.Write(binary.LittleEndian.AppendUint32(nil, uint32(hlen+pad)))
	}
	b.WriteString(dict)
	b.WriteString(strings.Repeat(" ", pad))
	b.WriteByte('\n')
	b.Write(data)
	return b.Bytes()
}

func TestReadHeaderAccepts(t *testing.T) {
	cases := []struct {
		major   byte
		dict    string
		descr   string
		fortran bool
		shape   []int
	}{
		{1, `{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }`, "<f8", false, []int{3, 4}},
		{1, `{"shape": (), "descr": ">i2", "fortran_order": True}`, ">i2", true, []int{}},
		{1, "{\n 'descr' : '|b1' ,\t'fortran_order':False,'shape':(5,)}", "|b1", false, []int{5}},
		{1, `{'descr': 'f4', 'fortran_order': False, 'shape': (0, 7)}`, "f4", false, []int{0, 7}},
		{1, `{'descr': '=u8', 'fortran_order': False, 'shape': ((2), 3,)}`, "=u8", false, []int{2, 3}},
		// Python 2 wrote long integers with an L; NumPy still reads them
		// from version 1.0 and 2.0 files.
		{1, `{'descr': '<c16', 'fortran_order': False, 'shape': (2L, 3L), }`, "<c16", false, []int{2, 3}},
		{2, `{'descr': '<i8', 'fortran_order': False, 'shape': (1, 2, 3), }`, "<i8", false, []int{1, 2, 3}},
		{3, `{'descr': '<c8', 'fortran_order': False, 'shape': (+4,), }`, "<c8", false, []int{4}},
	}
	for _, c := range cases {
		h, err := ReadHeader(bytes.NewReader(npyFile(c.major, c.dict, nil)))
		if err != nil {
			t.Errorf("%s: %v", c.dict, err)
			continue
		}
		if h.Major != int(c.major) || h.Descr != c.descr || h.FortranOrder != c.fortran || !slices.Equal(h.Shape, c.shape) {
			t.Errorf("%s: got %+v", c.dict, h)
		}
	}
}

func TestReadHeaderRejects(t *testing.T) {
	const ok = `'descr': '<f8', 'fortran_order': False`
	// Sizes past what an int holds: on 32-bit systems one dimension
	// already does not fit.
	tooBig := "too big"
	if strconv.IntSize == 32 {
		tooBig = "does not fit in an int"
	}
	cases := []struct {
		major byte
		dict  string
		want  string // a part of the error message
	}{
		{1, `{` + ok + `, 'shape': (3), }`, "shape is an integer 3, want a tuple"},
		{1, `{` + ok + `, 'shape': [3, 4], }`, "shape is a list"},
		{1, `{` + ok + `, 'shape': (3, -1), }`, "negative dimension"},
		{1, `{` + ok + `, 'shape': (3, 4.0), }`, "only decimal integers"},
		{1, `{` + ok + `, 'shape': (0x10,), }`, "only decimal integers"},
		{1, `{` + ok + `, 'shape': (1e3,), }`, "only decimal integers"},
		{1, `{` + ok + `, 'shape': (010,), }`, "leading zero"},
		{1, `{` + ok + `, 'shape': (99999999999999999999,), }`, "out of range"},
		{1, `{` + ok + `, 'shape': ('3',), }`, "shape[0] is a string"},
		{1, `{` + ok + `, 'shape': (True,), }`, "shape[0] is a bool"},
		{1, `{` + ok + `, 'shape': (4294967296, 4294967296), }`, tooBig},
		// NumPy refuses these too: the nonzero dimensions overflow.
		{1, `{` + ok + `, 'shape': (0, 4611686018427387904, 4), }`, tooBig},
		{1, `{` + ok + `, 'shape': (` + strings.Repeat("1, ", 65) + `), }`, "65 dimensions"},
		{3, `{` + ok + `, 'shape': (3L,), }`, "only decimal integers"},
		{1, `{'descr': '<f8', 'fortran_order': 0, 'shape': (), }`, "fortran_order is an integer 0, want True or False"},
		{1, `{'descr': '<f8', 'shape': (), }`, "want exactly descr, fortran_order and shape"},
		{1, `{` + ok + `, 'shape': (), 'extra': 1}`, "want exactly descr, fortran_order and shape"},
		{1, `{` + ok + `, 'shape': (), 'shape': ()}`, `key "shape" appears twice`},
		{1, `{'descr': '<f8', 'fortran_order': False, 3: (), }`, "dict key is not a string"},
		{1, `{'descr': '<f8', 'fortran_order': False, 'shape': __import__('os').system('true')}`, `name "__import__" is not a literal`},
		{1, `{` + ok + `, 'shape': (), } junk`, "after the literal"},
		{1, `['descr', 'fortran_order', 'shape']`, "header is not a dict"},
		{1, `{` + ok + `, 'shape': (), `, "unexpected end of header"},
		{1, `{'descr' = '<f8', 'fortran_order': False, 'shape': ()}`, `expected ':' after key "descr", found '='`},
		{1, `{'descr': '<f8, 'fortran_order': False, 'shape': ()}`, "expected ',' or '}' in dict, found 'f'"},
		{1, `{'descr': '<f8\q', 'fortran_order': False, 'shape': ()}`, `unsupported escape \q`},
		{1, `{'descr': None, 'fortran_order': False, 'shape': ()}`, "descr is None"},
		{1, `{'descr': [('x', '<f4'), ('y', '<i4')], 'fortran_order': False, 'shape': (3,), }`, "structured dtype (2 fields)"},
		{1, `{'descr': '|O', 'fortran_order': False, 'shape': (3,), }`, "object array"},
		{1, `{'descr': '<U3', 'fortran_order': False, 'shape': (3,), }`, "string dtype"},
		{1, `{'descr': '<M8[s]', 'fortran_order': False, 'shape': (3,), }`, "datetime"},
		{1, `{'descr': '<f2', 'fortran_order': False, 'shape': (3,), }`, "float16"},
		{1, `{'descr': '<f16', 'fortran_order': False, 'shape': (3,), }`, "float128"},
		{1, `{'descr': '<c32', 'fortran_order': False, 'shape': (3,), }`, "complex256"},
		{1, `{'descr': '<b2', 'fortran_order': False, 'shape': (3,), }`, "not a supported dtype"},
		{1, `{'descr': '<i3', 'fortran_order': False, 'shape': (3,), }`, "not a supported dtype"},
		{1, `{'descr': '<i+8', 'fortran_order': False, 'shape': (3,), }`, "not a supported dtype"},
		{1, `{'descr': 'b01', 'fortran_order': False, 'shape': (3,), }`, "not a supported dtype"},
		{1, `{'descr': '<f 8', 'fortran_order': False, 'shape': (3,), }`, "not a supported dtype"},
		{1, `{'descr': '<', 'fortran_order': False, 'shape': (3,), }`, "has no type"},
		{1, `{'descr': '', 'fortran_order': False, 'shape': (3,), }`, "empty descr"},
		{1, `{` + ok + `, 'shape': ` + strings.Repeat("(", 40) + strings.Repeat(")", 40) + `}`, "nested more than 16 deep"},
		{1, `{'descr': 'fortran_order': False, 'shape': ()}`, "expected ',' or '}'"},
		{1, "{'descr': '<f8\n', 'fortran_order': False, 'shape': ()}", "newline in a string"},
	}
	for _, c := range cases {
		_, err := ReadHeader(bytes.NewReader(npyFile(c.major, c.dict, nil)))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s:\n got error %v\nwant one containing %q", c.dict, err, c.want)
		}
	}
}

func TestReadHeaderPrefix(t *testing.T) {
	valid := npyFile(1, `{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }`, nil)
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"bad magic", []byte("\x93NUMPZ\x01\x00\x10\x00"), "not a .npy file"},
		{"text", []byte("descr,shape\n1,2\n"), "not a .npy file"},
		{"zip", []byte("PK\x03\x04\x14\x00\x00\x00\x00\x00"), "use OpenArchive"},
		{"version 4.0", append([]byte(magic+"\x04\x00"), valid[8:]...), "unsupported format version 4.0"},
		{"version 1.1", append([]byte(magic+"\x01\x01"), valid[8:]...), "unsupported format version 1.1"},
		// A 4 GiB header length must fail at once, without reading or
		// allocating it.
		{"huge header length", []byte(magic + "\x02\x00\xff\xff\xff\xff{"), "header is 4294967295 bytes, more than the 10000 allowed"},
		{"long header", []byte(magic + "\x01\x00\x11\x27{"), "header is 10001 bytes"},
		{"v3 not UTF-8", npyFile(3, "{'descr': '<f8', 'fortran_order': False, 'shape': (), '\xff': 1}", nil), "not valid UTF-8"},
	}
	for _, c := range cases {
		_, err := ReadHeader(bytes.NewReader(c.data))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
}

// TestReadHeaderShort cuts a valid file at every length short of its
// header: each must fail as a short file that says what was missing.
func TestReadHeaderShort(t *testing.T) {
	for _, major := range []byte{1, 2} {
		valid := npyFile(major, `{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }`, nil)
		for n := 0; n < len(valid); n++ {
			_, err := ReadHeader(bytes.NewReader(valid[:n]))
			if !errors.Is(err, io.ErrUnexpectedEOF) || !strings.Contains(err.Error(), "file too short: need ") {
				t.Errorf("version %d cut at %d of %d bytes: error %v, want a short-file error", major, n, len(valid), err)
			}
		}
	}
	// The message names the part and the numbers.
	valid := npyFile(1, `{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }`, nil)
	_, err := ReadHeader(bytes.NewReader(valid[:50]))
	if want := "npy: header: file too short: need 118 bytes, got 40 (78 missing)"; err == nil || err.Error() != want {
		t.Errorf("cut at 50: error %v, want %q", err, want)
	}
}

// TestHeaderBytes checks the header layout numpy.save produces, which the
// NumPy fixtures also check byte for byte.
func TestHeaderBytes(t *testing.T) {
	cases := []struct {
		descr   string
		fortran bool
		shape   []int
		dict    string
	}{
		{"<f8", false, []int{3, 4}, "{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }" + strings.Repeat(" ", 20)},
		{"|b1", false, []int{}, "{'descr': '|b1', 'fortran_order': False, 'shape': (), }"},
		{"<i4", true, []int{2, 1000}, "{'descr': '<i4', 'fortran_order': True, 'shape': (2, 1000), }" + strings.Repeat(" ", 17)},
		{"<c16", false, []int{12345}, "{'descr': '<c16', 'fortran_order': False, 'shape': (12345,), }" + strings.Repeat(" ", 16)},
	}
	for _, c := range cases {
		b := headerBytes(c.descr, c.fortran, c.shape)
		if len(b)%64 != 0 || b[len(b)-1] != '\n' {
			t.Errorf("%v: header of %d bytes does not end with a newline at a multiple of 64", c.shape, len(b))
		}
		if string(b[:8]) != magic+"\x01\x00" || int(binary.LittleEndian.Uint16(b[8:])) != len(b)-10 {
			t.Errorf("%v: prefix %q does not give version 1.0 and the header length %d", c.shape, b[:10], len(b)-10)
		}
		if got := strings.TrimRight(string(b[10:]), " \n"); got != strings.TrimRight(c.dict, " ") {
			t.Errorf("header dict %q, want %q", got, c.dict)
		}
		if !strings.HasPrefix(string(b[10:]), c.dict) {
			t.Errorf("header %q does not start with %q (growth padding)", b[10:], c.dict)
		}
	}
}

// TestWrapHeaderVersion2 gives wrapHeader a dict too long for version 1.0's
// 16-bit length, as a structured dtype with many fields would be.
func TestWrapHeaderVersion2(t *testing.T) {
	dict := "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }" + strings.Repeat(" ", 70000)
	b := wrapHeader(dict)
	if string(b[:8]) != magic+"\x02\x00" {
		t.Fatalf("prefix %q, want version 2.0", b[:8])
	}
	if n := int(binary.LittleEndian.Uint32(b[8:])); n != len(b)-12 || len(b)%64 != 0 {
		t.Errorf("length field %d for %d bytes after a 12-byte prefix, total %d", n, len(b)-12, len(b))
	}
	short := wrapHeader("{}")
	if len(short) != 64 || short[6] != 1 {
		t.Errorf("short header: %d bytes, version %d; want 64 bytes, version 1", len(short), short[6])
	}
}

func TestShapeRepr(t *testing.T) {
	for shape, want := range map[string]string{"": "()", "5": "(5,)", "3 4": "(3, 4)", "0 1 2": "(0, 1, 2)"} {
		var s []int
		for _, f := range strings.Fields(shape) {
			s = append(s, int(f[0]-'0'))
		}
		if got := shapeRepr(s); got != want {
			t.Errorf("shapeRepr(%v) = %q, want %q", s, got, want)
		}
	}
}
