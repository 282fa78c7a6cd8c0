// Package contract reads aliasing contracts from files, for code that
// cannot carry //viewcheck: directives: the standard library, gonum, and
// anyone's third-party packages.
//
// A contracts file has one function, method or type per line: its full
// name as go/types prints it (types.Func.FullName), then the words of one
// or more directives, separated by semicolons. Everything after a # is a
// comment.
//
//	# functions and methods
//	bytes.TrimSpace                              view s
//	(*bufio.Scanner).Bytes                       borrowed until Scan
//	(*gonum.org/v1/gonum/mat.Dense).RowView      view
//	gonum.org/v1/gonum/mat.NewDense              view data; keeps data
//	(gonum.org/v1/gonum/mat.Vector).AtVec        reads
//	# types whose values are arrays
//	gonum.org/v1/gonum/mat.Dense                 array
//	# builtins
//	copy                                         writes dst
//
// The words are those of package directive, with the same meaning.
// Parameters are named as in the function's declaration; the receiver may
// also be called recv. A method of a generic type is named without its
// type parameters: (*example.com/list.List).Front.
package contract

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/viewcheck/viewcheck/analyzer/internal/directive"
)

// FileName is the conventional name of a module's own contracts file: at
// the module root, next to go.mod, it is read without flags.
const FileName = "viewcheck.contracts"

// An Entry is the contract of one function, method, type or builtin.
type Entry struct {
	Name  string
	Words []directive.Directive
	File  string
	Line  int
}

// Where returns the entry's position, file:line.
func (e *Entry) Where() string { return fmt.Sprintf("%s:%d", e.File, e.Line) }

// IsType reports whether the entry declares a type whose values are arrays.
func (e *Entry) IsType() bool {
	return len(e.Words) == 1 && e.Words[0].Kind == directive.Array
}

// A Set is a collection of contracts, by name.
type Set struct {
	byName map[string]*Entry
}

// Len returns the number of entries.
func (s *Set) Len() int {
	if s == nil {
		return 0
	}
	return len(s.byName)
}

// Lookup returns the contract of a function, method or builtin by its
// full name, or nil.
func (s *Set) Lookup(name string) *Entry {
	if s == nil {
		return nil
	}
	e := s.byName[normalize(name)]
	if e == nil || e.IsType() {
		return nil
	}
	return e
}

// IsArray reports whether the set declares the type with the given full
// name (package path, dot, name) an array type.
func (s *Set) IsArray(typeName string) bool {
	if s == nil {
		return false
	}
	e := s.byName[typeName]
	return e != nil && e.IsType()
}

// ArrayPackages returns the paths of the packages the set declares array
// types in.
func (s *Set) ArrayPackages() map[string]bool {
	out := make(map[string]bool)
	if s == nil {
		return out
	}
	for name, e := range s.byName {
		if e.IsType() {
			if i := strings.LastIndex(name, "."); i > 0 {
				out[name[:i]] = true
			}
		}
	}
	return out
}

// Entries returns every entry, sorted by name.
func (s *Set) Entries() []*Entry {
	if s == nil {
		return nil
	}
	out := make([]*Entry, 0, len(s.byName))
	for _, e := range s.byName {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Merge returns a set with the entries of every set; an entry of a later
// set replaces the earlier entry of the same name, so that a user's file
// can correct a built-in contract.
func Merge(sets ...*Set) *Set {
	out := &Set{byName: make(map[string]*Entry)}
	for _, s := range sets {
		if s == nil {
			continue
		}
		for name, e := range s.byName {
			out.byName[name] = e
		}
	}
	return out
}

// Parse parses a contracts file. The error, if any, names every bad line
// as file:line and says what is wrong with it.
func Parse(file string, src []byte) (*Set, error) {
	s := &Set{byName: make(map[string]*Entry)}
	var errs []error
	bad := func(line int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", file, line, fmt.Sprintf(format, args...)))
	}
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(nil, 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if i := strings.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		text = strings.TrimSpace(text)
		if text == "" {
			continue
		}
		name, rest, _ := strings.Cut(text, " ")
		if j := strings.IndexAny(name, "\t"); j >= 0 {
			name, rest = name[:j], name[j+1:]+" "+rest
		}
		if err := checkName(name); err != nil {
			bad(line, "%v", err)
			continue
		}
		e := &Entry{Name: normalize(name), File: file, Line: line}
		ok := true
		for _, part := range strings.Split(rest, ";") {
			words := strings.Fields(part)
			if len(words) == 0 {
				bad(line, "%s: an empty directive (nothing between semicolons, or no words after the name)", name)
				ok = false
				break
			}
			d, err := directive.ParseWords(words)
			if err != nil {
				bad(line, "%s: %s", name, strings.TrimPrefix(err.Error(), directive.Prefix))
				ok = false
				break
			}
			e.Words = append(e.Words, d)
		}
		if !ok {
			continue
		}
		if err := checkWords(e); err != nil {
			bad(line, "%s: %v", name, err)
			continue
		}
		if old := s.byName[e.Name]; old != nil {
			bad(line, "%s already has a contract, at line %d", name, old.Line)
			continue
		}
		s.byName[e.Name] = e
	}
	if err := sc.Err(); err != nil {
		bad(line+1, "%v", err)
	}
	return s, errors.Join(errs...)
}

// checkName checks the shape of a full name: a builtin, pkg/path.Name, or
// (pkg/path.Type).Method with an optional * before the type.
func checkName(name string) error {
	if builtins[name] != nil {
		return nil
	}
	bare := name
	if strings.HasPrefix(name, "(") {
		end := strings.Index(name, ").")
		if end < 0 {
			return fmt.Errorf("%q: a method is written (pkg/path.Type).Method or (*pkg/path.Type).Method", name)
		}
		recv := strings.TrimPrefix(name[1:end], "*")
		if err := checkQualified(normalize(recv)); err != nil {
			return fmt.Errorf("%q: receiver: %v", name, err)
		}
		if !isIdent(name[end+2:]) {
			return fmt.Errorf("%q: %q is not a method name", name, name[end+2:])
		}
		return nil
	}
	if err := checkQualified(normalize(bare)); err != nil {
		return fmt.Errorf("%q: %v (or a builtin: %s)", name, err, strings.Join(builtinNames(), ", "))
	}
	return nil
}

func checkQualified(s string) error {
	dot := strings.LastIndex(s, ".")
	slash := strings.LastIndex(s, "/")
	if dot < 0 || dot < slash {
		return fmt.Errorf("not a qualified name: want pkg/path.Name")
	}
	pkg, id := s[:dot], s[dot+1:]
	if pkg == "" || strings.ContainsAny(pkg, " ()*[]") || strings.HasPrefix(pkg, "/") || strings.HasSuffix(pkg, "/") {
		return fmt.Errorf("%q is not a package path", pkg)
	}
	if !isIdent(id) {
		return fmt.Errorf("%q is not an identifier", id)
	}
	return nil
}

func isIdent(s string) bool {
	for i, r := range s {
		if !(r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && '0' <= r && r <= '9' || r > 127) {
			return false
		}
	}
	return s != ""
}

// normalize drops the type parameters go/types prints after a generic
// receiver type ((*pkg.List[T]).Front).
func normalize(name string) string {
	for {
		i := strings.IndexByte(name, '[')
		if i < 0 {
			return name
		}
		depth, j := 0, i
		for ; j < len(name); j++ {
			if name[j] == '[' {
				depth++
			} else if name[j] == ']' {
				depth--
				if depth == 0 {
					break
				}
			}
		}
		if j >= len(name) {
			return name // unbalanced: checkName reports it
		}
		name = name[:i] + name[j+1:]
	}
}

// resultKinds are the words that say what a function returns; a contract
// says at most one of them.
var resultKinds = map[string]bool{
	directive.Fresh: true, directive.Copy: true, directive.View: true, directive.BaseDir: true,
	directive.ReadOnly: true, directive.MayView: true, directive.CapView: true,
}

// checkWords checks that an entry's words fit together.
func checkWords(e *Entry) error {
	result := ""
	for _, d := range e.Words {
		switch {
		case d.Kind == directive.Array:
			if len(e.Words) > 1 {
				return fmt.Errorf("array declares a type and takes no other word")
			}
			if strings.HasPrefix(e.Name, "(") || builtins[e.Name] != nil {
				return fmt.Errorf("array names a type (pkg/path.Type), not a method or builtin")
			}
		case d.Kind == directive.IndexDir:
			return fmt.Errorf("index describes ndarray-style index constructors; state it with a //viewcheck: directive in the library's source")
		case resultKinds[d.Kind] || d.Kind == directive.Borrowed && !strings.HasPrefix(strings.Join(d.Args, " "), "into "):
			if result != "" {
				return fmt.Errorf("%s and %s both say what the result is; give one", result, d.Kind)
			}
			result = d.Kind
		}
	}
	if b := builtins[e.Name]; b != nil {
		for _, d := range e.Words {
			for _, p := range paramArgs(d) {
				if !contains(b, p) {
					return fmt.Errorf("%s names %q, which is not a parameter of the builtin (%s)", d.Kind, p, strings.Join(b, ", "))
				}
			}
		}
	}
	return nil
}

// paramArgs returns the parameter names a directive mentions.
func paramArgs(d directive.Directive) []string {
	switch d.Kind {
	case directive.View, directive.BaseDir, directive.ReadOnly, directive.MayView, directive.CapView,
		directive.Copy, directive.Writes, directive.Keeps:
		return d.Args
	case directive.Borrowed:
		if into, _ := d.Borrow(); into != "" {
			return []string{into}
		}
	case directive.Overlap:
		return d.Args[1:]
	case directive.Resets:
		return d.Args
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// builtins names the parameters of the builtins a contract may describe,
// as the Go specification does.
var builtins = map[string][]string{
	"append": {"s", "x"},
	"copy":   {"dst", "src"},
	"clear":  {"t"},
}

// BuiltinParams returns the parameter names of a builtin, or nil.
func BuiltinParams(name string) []string { return builtins[name] }

func builtinNames() []string {
	var out []string
	for n := range builtins {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

//go:embed contracts/*.contracts
var builtinFiles embed.FS

var builtinSet struct {
	once sync.Once
	set  *Set
	err  error
}

// Builtin returns the contracts that ship with viewcheck: the standard
// library's and gonum's (contracts/*.contracts).
func Builtin() (*Set, error) {
	builtinSet.once.Do(func() {
		var sets []*Set
		var errs []error
		files, _ := fs.Glob(builtinFiles, "contracts/*.contracts")
		for _, f := range files {
			src, err := builtinFiles.ReadFile(f)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			s, err := Parse(path.Join("viewcheck", f), src)
			errs = append(errs, err)
			sets = append(sets, s)
		}
		builtinSet.set, builtinSet.err = Merge(sets...), errors.Join(errs...)
	})
	return builtinSet.set, builtinSet.err
}

var fileCache sync.Map // path -> *cached

type cached struct {
	once sync.Once
	set  *Set
	err  error
}

// ReadFile reads and parses a contracts file, once per process.
func ReadFile(file string) (*Set, error) {
	v, _ := fileCache.LoadOrStore(file, new(cached))
	c := v.(*cached)
	c.once.Do(func() {
		src, err := os.ReadFile(file)
		if err != nil {
			c.err = fmt.Errorf("contracts: %v", err)
			return
		}
		c.set, c.err = Parse(file, src)
	})
	return c.set, c.err
}

var rootCache sync.Map // dir -> string (the contracts file at its module root, or "")

// ForDir returns the path of the contracts file at the root of the module
// that holds dir (the nearest directory upwards with a go.mod), or "" when
// there is none.
func ForDir(dir string) string {
	if v, ok := rootCache.Load(dir); ok {
		return v.(string)
	}
	found := ""
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			f := filepath.Join(d, FileName)
			if st, err := os.Stat(f); err == nil && !st.IsDir() {
				found = f
			}
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	rootCache.Store(dir, found)
	return found
}
