// Package npy reads and writes NumPy's .npy and .npz files as ndarray
// arrays.
//
// # Arrays
//
// Load, LoadFile and ReadData read one array; Save and SaveFile write one:
//
//	a, err := npy.LoadFile[float64]("weights.npy")
//	err = npy.SaveFile("out.npy", a)
//
// The element type T is chosen by the caller and must match the file's dtype
// in kind and size: "<f8" loads as float64 (or any type whose underlying
// type is float64), "|b1" as bool, "<i8" as int64 or, on 64-bit machines,
// int. The Go types map to dtypes as follows:
//
//	bool        b1     int8   i1    uint8   u1    float32     f4
//	int         i8*    int16  i2    uint16  u2    float64     f8
//	uint        u8*    int32  i4    uint32  u4    complex64   c8
//	                   int64  i8    uint64  u8    complex128  c16
//
// (* i4 and u4 on 32-bit machines.) Loading into another type is an error that
// names both types; to load a file whose type is not known in advance, read
// its Header with ReadHeader, look at Header.DType, and call ReadData with
// the matching type.
//
// Every byte order loads ('<', '>', '|'), and so do format versions 1.0, 2.0
// and 3.0, 0-d arrays and arrays with a zero dimension. A file in Fortran
// order loads as the transposed view NumPy gives (a view of the loaded
// memory, not C-contiguous); a C-order file loads C-contiguous. Either way
// the memory is new and shared with nothing else. It is a Go slice that Load
// allocated and wrapped (ndarray.Wrap) to avoid a copy, so OwnsData reports
// false and Base nil.
//
// Save writes what numpy.save writes, byte for byte: version 1.0, the
// header padded to a multiple of 64 bytes, this machine's byte order. A
// C-contiguous array, or a Fortran-contiguous one such as a transposed
// array, is written straight from its memory (the latter with
// fortran_order True, as NumPy does); any other view is written in C
// order.
//
// # Archives
//
// An .npz file is a zip archive of .npy files, one per named array, stored
// (numpy.savez) or deflated (numpy.savez_compressed). OpenArchive (or
// NewArchive over any io.ReaderAt) lists the names and LoadFrom loads one;
// CreateArchive (or NewArchiveWriter) and SaveTo write one:
//
//	ar, err := npy.OpenArchive("model.npz")
//	defer ar.Close()
//	w, err := npy.LoadFrom[float32](ar, "weights")
//
//	aw, err := npy.CreateArchive("out.npz", npy.Deflated)
//	err = npy.SaveTo(aw, "weights", w)
//	err = aw.Close()
//
// # Untrusted files
//
// Loading is safe on files from anywhere. The header is parsed as a
// literal, never evaluated, by a parser that accepts only dicts, lists,
// tuples, strings, integers, True, False and None, nested at most 16
// deep; the header may be at most MaxHeaderLen (10000) bytes, NumPy's own
// limit, and is refused before it is read when it claims more. The dict
// must hold exactly descr, fortran_order and shape. Object arrays (which
// NumPy stores as pickles), structured dtypes, strings, dates, float16 and
// long doubles are refused with an error that says so. The element count
// times the item size must fit in an int.
//
// No load allocates more memory than the input holds: when the reader can
// tell its length (a regular *os.File or other io.Seeker, or a reader with
// a Len method such as *bytes.Reader; stored .npz members too) the data
// size is checked against it before anything is allocated; otherwise the
// data is read in chunks that grow with what has arrived. A file that ends
// early fails with an error such as
//
//	npy: array data: file too short: need 8000000000000 bytes, got 100 (7999999999900 missing)
//
// which wraps io.ErrUnexpectedEOF. Bool data is normalised: NumPy reads any
// nonzero byte as True, and so does Load, which stores it as a proper Go
// true.
//
// Deflated .npz members are the one way a small file can legitimately
// produce a large array: their data is decompressed as it is read, and
// only as much as the header claims.
//
// # Speed
//
// Loading a file in this machine's byte order reads straight into the
// array's memory, with one read call for a regular file; the other byte
// order is read in 256 KiB chunks and swapped while in cache. Saving a
// contiguous array hands its memory to the writer in one call. See
// docs/benchmarks.md for figures beside numpy.load and numpy.save.
package npy
