package npy

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/viewcheck/viewcheck/ndarray"
)

// Archive is an open .npz file: a zip archive of .npy files, as written by
// numpy.savez (stored) and numpy.savez_compressed (deflated). Arrays are
// read on demand with LoadFrom.
type Archive struct {
	zr     *zip.Reader
	size   int64
	closer io.Closer
	names  []string
	files  map[string]*zip.File // by name without ".npy"
}

// OpenArchive opens the .npz file name. Close it when done.
func OpenArchive(name string) (*Archive, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	ar, err := NewArchive(f, fi.Size())
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	ar.closer = f
	return ar, nil
}

// NewArchive reads the directory of the .npz archive in r, which holds size
// bytes.
func NewArchive(r io.ReaderAt, size int64) (*Archive, error) {
	zr, err := zip.NewReader(r, size)
	// Entry names are only looked up, never used as paths, so names that
	// would be unsafe to extract are harmless here.
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fmt.Errorf("npy: reading .npz archive: %w", err)
	}
	ar := &Archive{zr: zr, size: size, files: map[string]*zip.File{}}
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, "/") {
			continue
		}
		name := strings.TrimSuffix(f.Name, ".npy")
		if _, dup := ar.files[name]; dup {
			return nil, fmt.Errorf("npy: .npz archive holds %q twice", name)
		}
		ar.files[name] = f
		ar.names = append(ar.names, name)
	}
	return ar, nil
}

// Names returns the names of the archive's arrays, in archive order, without
// the ".npy" that each entry's name ends with (as numpy.load's NpzFile.files
// does).
func (ar *Archive) Names() []string { return slices.Clone(ar.names) }

// Close closes the file opened by OpenArchive; for an Archive from
// NewArchive it does nothing.
func (ar *Archive) Close() error {
	if ar.closer == nil {
		return nil
	}
	return ar.closer.Close()
}

// Header reads the header of the array name without loading its data.
func (ar *Archive) Header(name string) (*Header, error) {
	rc, err := ar.open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	h, err := ReadHeader(rc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return h, nil
}

// LoadFrom loads the array name (with or without ".npy") from ar, as Load
// does. The result's memory is new and shared with nothing else.
//
//viewcheck:fresh
//viewcheck:layout any
func LoadFrom[T ndarray.Elem](ar *Archive, name string) (*ndarray.Array[T], error) {
	rc, err := ar.open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	a, err := Load[T](rc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return a, nil
}

func (ar *Archive) open(name string) (io.ReadCloser, error) {
	f, ok := ar.files[name]
	if !ok {
		f, ok = ar.files[strings.TrimSuffix(name, ".npy")]
	}
	if !ok {
		return nil, fmt.Errorf("npy: no array %q in the archive (it has %q)", name, ar.names)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("npy: %s: %w", name, err)
	}
	if f.Method != zip.Store {
		// A deflated entry's stated size is only a claim: Load reads it
		// in chunks.
		return rc, nil
	}
	// A stored entry's bytes lie in the archive itself, so its length is
	// known for certain: no more than its stated sizes, nor than what the
	// archive holds after the entry's start. Load can then check the
	// header against it and read straight into the array.
	off, err := f.DataOffset()
	if err != nil {
		rc.Close()
		return nil, fmt.Errorf("npy: %s: %w", name, err)
	}
	n := max(0, ar.size-off)
	if f.CompressedSize64 < uint64(n) {
		n = int64(f.CompressedSize64)
	}
	if f.UncompressedSize64 < uint64(n) {
		n = int64(f.UncompressedSize64)
	}
	return &sizedReader{rc: rc, left: n}, nil
}

// sizedReader is a stored zip entry that knows how many bytes are left.
type sizedReader struct {
	rc   io.ReadCloser
	left int64
}

func (s *sizedReader) Read(p []byte) (int, error) {
	n, err := s.rc.Read(p)
	s.left -= int64(n)
	return n, err
}

// Len reports the bytes left, as bytes.Reader does, for Load's size check.
func (s *sizedReader) Len() int {
	const maxInt = int64(^uint(0) >> 1)
	return int(min(max(0, s.left), maxInt))
}

func (s *sizedReader) Close() error { return s.rc.Close() }

// Compression says how an ArchiveWriter stores arrays.
type Compression int

const (
	// Stored writes the .npy files as they are, like numpy.savez.
	Stored Compression = iota
	// Deflated compresses them, like numpy.savez_compressed.
	Deflated
)

// ArchiveWriter writes a .npz archive: add arrays with SaveTo, then Close.
type ArchiveWriter struct {
	zw     *zip.Writer
	method uint16
	closer io.Closer
	names  map[string]bool
}

// NewArchiveWriter returns an ArchiveWriter that writes to w.
func NewArchiveWriter(w io.Writer, c Compression) *ArchiveWriter {
	method := zip.Store
	if c == Deflated {
		method = zip.Deflate
	}
	return &ArchiveWriter{zw: zip.NewWriter(w), method: method, names: map[string]bool{}}
}

// CreateArchive creates or truncates the .npz file name; Close closes it.
func CreateArchive(name string, c Compression) (*ArchiveWriter, error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	aw := NewArchiveWriter(f, c)
	aw.closer = f
	return aw, nil
}

// SaveTo adds a to the archive as name + ".npy", written as Save writes it.
// numpy.load(path)[name] reads it back. Each name may be used once.
//
//viewcheck:reads
func SaveTo[T ndarray.Elem](aw *ArchiveWriter, name string, a *ndarray.Array[T]) error {
	if name == "" || strings.HasSuffix(name, "/") {
		return fmt.Errorf("npy: bad array name %q", name)
	}
	name = strings.TrimSuffix(name, ".npy")
	if aw.names[name] {
		return fmt.Errorf("npy: the archive already holds an array %q", name)
	}
	aw.names[name] = true
	w, err := aw.zw.CreateHeader(&zip.FileHeader{Name: name + ".npy", Method: aw.method, Modified: time.Now()})
	if err != nil {
		return fmt.Errorf("npy: adding %q to the archive: %w", name, err)
	}
	return Save(w, a)
}

// Close finishes the archive (writing its directory) and closes the file
// CreateArchive opened.
func (aw *ArchiveWriter) Close() error {
	err := aw.zw.Close()
	if aw.closer != nil {
		if cerr := aw.closer.Close(); err == nil {
			err = cerr
		}
	}
	return err
}
