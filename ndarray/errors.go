package ndarray

import (
	"errors"
	"fmt"
)

// The kinds of programmer error ndarray panics with. Recover the panic value,
// which is an *Error, and test it with errors.Is.
var (
	ErrIndex    = errors.New("index out of range")
	ErrShape    = errors.New("shape mismatch")
	ErrAxis     = errors.New("bad axis")
	ErrReadOnly = errors.New("read-only array")
	ErrValue    = errors.New("bad value")
)

// Error is the panic value of every programmer error ndarray detects: an
// index out of range, shapes that do not broadcast, a bad axis, a write to a
// read-only view. Kind is one of the Err variables above.
type Error struct {
	Op   string // the function or method, for example "Reshape"
	Kind error
	Msg  string // names the shapes, axes and indices involved
}

// Error returns the message, prefixed with "ndarray: " and the operation.
//
//viewcheck:reads
func (e *Error) Error() string { return "ndarray: " + e.Op + ": " + e.Msg }

// Unwrap returns e.Kind, so that errors.Is(e, ErrShape) works.
//
//viewcheck:reads
func (e *Error) Unwrap() error { return e.Kind }

func newError(op string, kind error, format string, args ...any) *Error {
	return &Error{Op: op, Kind: kind, Msg: fmt.Sprintf(format, args...)}
}
