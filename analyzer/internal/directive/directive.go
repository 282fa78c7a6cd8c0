// Package directive parses the //viewcheck: lines with which an array
// library states the aliasing contract of its API.
//
// A directive is a line comment of the form
//
//	//viewcheck:KIND [ARGS...]
//
// in the doc comment of a function, method or type. The kinds:
//
//	fresh              the result owns new memory the caller knows is new (constructors, Copy);
//	                   on a function returning a Go slice, the slice is a new buffer
//	                   (an allocation helper that make would otherwise be)
//	copy [param]       the result is a copy of param (default: the receiver, or the first
//	                   parameter) that a user may mistake for a view (Take, Mask)
//	view [param]       the result is a view of param (default: the receiver, or the first parameter)
//	base [param]       the result is the array param is a view of: it shares param's memory
//	                   and may cover more of it (Base)
//	readonly [param]   the result is a read-only view of param
//	mayview [param]    the result is a view or a copy of param depending on its memory layout
//	axes SEL...        (with view) what the view selects on its input's axes, one
//	                   SEL per axis: lo:hi (a range), i (one position, the axis
//	                   dropped) or : (the whole axis); lo, hi and i are parameter
//	                   names or integer constants (gonum's Slice: axes i:k j:l),
//	                   so that the analyzer can tell views that do not meet apart
//	layout strided     the result is in general not C-contiguous; on an index
//	                   constructor (no array result): views sliced with its
//	                   indices are strided unless its last argument (the
//	                   step) is the constant 1
//	layout any         (with fresh) the new array's layout depends on its input,
//	                   as for an array loaded from a Fortran-order file
//	capview [param]    the result is a view of param while its capacity lasts and new
//	                   memory once it has to grow (append, gonum's Grow)
//	writes p...        the function writes through the named parameters (the receiver counts)
//	keeps p...         the function keeps the named parameters where they outlive the call
//	                   (a constructor storing the caller's slice): later writes to them
//	                   change what it kept
//	borrowed until M...
//	                   the result is a view of the receiver's buffer that the next call
//	                   of a named method on the same receiver overwrites (Scanner.Bytes
//	                   until Scan)
//	borrowed into p until M...
//	                   the same, for what the function stores through pointer
//	                   parameter p (sql.Rows.Scan into a *RawBytes)
//	overlap panics p q...
//	overlap corrupts p q...
//	                   the function writes p, which must not share memory with any
//	                   of q... unless it is the same value: the function panics when
//	                   it does (gonum's "mat: bad region: overlap"), or silently
//	                   computes wrong values
//	resets [p]         the function empties p's header (default: the receiver) and
//	                   keeps its backing memory for the next use, which writes it
//	                   (gonum's Reset)
//	reads              the function only reads: it returns no shared memory and writes nothing
//	meta               the function reads only metadata (shape, strides, flags), not elements
//	array              (on a type) values of this type, through a pointer, are arrays
//	index KIND         (on an index constructor) what its Index selects on an axis:
//	                   range (start, stop[, step] arguments), int (one position),
//	                   all, or newaxis; lets the analyzer tell disjoint slices apart
package directive

import (
	"fmt"
	"go/ast"
	"go/token"
	"strconv"
	"strings"
)

// Prefix starts every directive line.
const Prefix = "//viewcheck:"

// Kinds of result a directive can declare.
const (
	Fresh    = "fresh"
	Copy     = "copy"
	View     = "view"
	BaseDir  = "base"
	ReadOnly = "readonly"
	MayView  = "mayview"
	Layout   = "layout"
	Writes   = "writes"
	Reads    = "reads"
	Meta     = "meta"
	IndexDir = "index"
	Array    = "array"
	CapView  = "capview"
	Keeps    = "keeps"
	Borrowed = "borrowed"
	Axes     = "axes"
	Overlap  = "overlap"
	Resets   = "resets"
)

// Kinds lists every kind, in the order the package doc gives them.
var Kinds = []string{Fresh, Copy, View, BaseDir, ReadOnly, MayView, CapView, Axes, Layout, Writes, Keeps,
	Borrowed, Overlap, Resets, Reads, Meta, Array, IndexDir}

// A Directive is one parsed directive line.
type Directive struct {
	Pos  token.Pos
	Kind string
	Args []string
}

// Parse returns the directives of a doc comment, and an error for the
// first malformed one.
func Parse(doc *ast.CommentGroup) ([]Directive, error) {
	if doc == nil {
		return nil, nil
	}
	var out []Directive
	for _, c := range doc.List {
		if !strings.HasPrefix(c.Text, Prefix) {
			continue
		}
		d, err := ParseWords(strings.Fields(c.Text[len(Prefix):]))
		if err != nil {
			return out, err
		}
		d.Pos = c.Pos()
		out = append(out, d)
	}
	return out, nil
}

// ParseWords parses one directive from its words (the kind, then its
// arguments), as they follow the prefix of a //viewcheck: line or a
// function's name on a line of a contracts file.
func ParseWords(fields []string) (Directive, error) {
	if len(fields) == 0 {
		return Directive{}, fmt.Errorf("empty %s directive", Prefix)
	}
	d := Directive{Kind: fields[0], Args: fields[1:]}
	return d, d.validate()
}

// Borrow returns, for a borrowed directive, the pointer parameter the
// borrowed memory is stored through ("" for the results) and the methods
// whose next call on the same receiver overwrites it.
func (d Directive) Borrow() (into string, until []string) {
	args := d.Args
	if len(args) >= 2 && args[0] == "into" {
		into, args = args[1], args[2:]
	}
	if len(args) > 0 && args[0] == "until" {
		until = args[1:]
	}
	return into, until
}

func (d Directive) validate() error {
	switch d.Kind {
	case CapView:
		if len(d.Args) > 1 {
			return fmt.Errorf("%s%s takes at most one parameter name", Prefix, d.Kind)
		}
	case Axes:
		if len(d.Args) == 0 {
			return fmt.Errorf("%saxes needs one selection per axis: lo:hi, i or :", Prefix)
		}
		for _, a := range d.Args {
			if a == ":" {
				continue
			}
			lo, hi, isRange := strings.Cut(a, ":")
			if !isBound(lo) || isRange && !isBound(hi) {
				return fmt.Errorf("%saxes: %q is not lo:hi, i or : (bounds are parameter names or integers)", Prefix, a)
			}
		}
	case Overlap:
		if len(d.Args) < 3 || d.Args[0] != "panics" && d.Args[0] != "corrupts" {
			return fmt.Errorf("%soverlap needs what happens, the parameter written and the ones it must not share memory with: overlap panics|corrupts p q...", Prefix)
		}
	case Resets:
		if len(d.Args) > 1 {
			return fmt.Errorf("%sresets takes at most one parameter name", Prefix)
		}
	case Keeps:
		if len(d.Args) == 0 {
			return fmt.Errorf("%skeeps needs the names of the parameters kept", Prefix)
		}
	case Borrowed:
		args := d.Args
		if len(args) >= 1 && args[0] == "into" {
			if len(args) < 2 || args[1] == "until" {
				return fmt.Errorf("%sborrowed into needs a parameter name: borrowed into p until M...", Prefix)
			}
			args = args[2:]
		}
		if len(args) < 2 || args[0] != "until" {
			return fmt.Errorf("%sborrowed needs the methods that end the loan: borrowed [into p] until M...", Prefix)
		}
		for _, m := range args[1:] {
			if !isIdent(m) {
				return fmt.Errorf("%sborrowed: %q is not a method name", Prefix, m)
			}
		}
	case Fresh, Reads, Meta, Array:
		if len(d.Args) != 0 {
			return fmt.Errorf("%s%s takes no arguments", Prefix, d.Kind)
		}
	case Copy, View, BaseDir, ReadOnly, MayView:
		if len(d.Args) > 1 {
			return fmt.Errorf("%s%s takes at most one parameter name", Prefix, d.Kind)
		}
	case Layout:
		if len(d.Args) != 1 || (d.Args[0] != "strided" && d.Args[0] != "contiguous" && d.Args[0] != "any") {
			return fmt.Errorf("%slayout takes one argument: strided, contiguous or any", Prefix)
		}
	case IndexDir:
		if len(d.Args) != 1 || (d.Args[0] != "range" && d.Args[0] != "int" && d.Args[0] != "all" && d.Args[0] != "newaxis") {
			return fmt.Errorf("%sindex takes one argument: range, int, all or newaxis", Prefix)
		}
	case Writes:
		if len(d.Args) == 0 {
			return fmt.Errorf("%swrites needs the names of the parameters written", Prefix)
		}
	default:
		return fmt.Errorf("unknown directive %s%s", Prefix, d.Kind)
	}
	return nil
}

func isBound(s string) bool {
	if _, err := strconv.Atoi(s); err == nil {
		return true
	}
	return isIdent(s)
}

func isIdent(s string) bool {
	for i, r := range s {
		if !(r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && '0' <= r && r <= '9' || r > 127) {
			return false
		}
	}
	return s != ""
}

// HasAny reports whether any comment of file mentions a directive; it is a
// cheap test to skip files (and packages) with none.
func HasAny(file *ast.File) bool {
	for _, g := range file.Comments {
		for _, c := range g.List {
			if strings.HasPrefix(c.Text, Prefix) {
				return true
			}
		}
	}
	return false
}
