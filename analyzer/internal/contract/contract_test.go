package contract

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		src     string
		lookup  string // a name that must have a contract
		words   string // its words, kind and args joined by spaces, directives by "; "
		wantErr string // a substring of the error; "" for none
	}{
		{src: "bytes.TrimSpace view s", lookup: "bytes.TrimSpace", words: "view s"},
		{src: "(*bufio.Scanner).Bytes  borrowed until Scan Buffer # a comment", lookup: "(*bufio.Scanner).Bytes", words: "borrowed until Scan Buffer"},
		{src: "gonum.org/v1/gonum/mat.NewDense\tview data; keeps data", lookup: "gonum.org/v1/gonum/mat.NewDense", words: "view data; keeps data"},
		{src: "(*example.com/list.List[T]).Front view", lookup: "(*example.com/list.List).Front", words: "view"},
		{src: "(example.com/m.Vector).AtVec reads", lookup: "(example.com/m.Vector).AtVec", words: "reads"},
		{src: "copy writes dst", lookup: "copy", words: "writes dst"},
		{src: "append capview s", lookup: "append", words: "capview s"},
		{src: "(*database/sql.Rows).Scan borrowed into dest until Next Scan Close", lookup: "(*database/sql.Rows).Scan", words: "borrowed into dest until Next Scan Close"},
		{src: "(*m.Dense).Slice view; axes i:k j:l", lookup: "(*m.Dense).Slice", words: "view; axes i:k j:l"},
		{src: "(*m.Dense).ColView view; axes : 0", lookup: "(*m.Dense).ColView", words: "view; axes : 0"},
		{src: "\n\n# only comments\n   \n", lookup: "", words: ""},

		{src: "bytes.TrimSpace", wantErr: "c:1: bytes.TrimSpace: an empty directive"},
		{src: "bytes.TrimSpace shares s", wantErr: "c:1: bytes.TrimSpace: unknown directive"},
		{src: "bytes.TrimSpace view s t", wantErr: "at most one parameter"},
		{src: "x\n\nbytes.TrimSpace fresh x", wantErr: "c:3: bytes.TrimSpace: fresh takes no arguments"},
		{src: "TrimSpace view", wantErr: "c:1: \"TrimSpace\": not a qualified name"},
		{src: "(*bufio.Scanner.Bytes view", wantErr: "a method is written"},
		{src: "(bufio).Bytes view", wantErr: "receiver"},
		{src: "(*bufio.Scanner).1x view", wantErr: "not a method name"},
		{src: "a.F view;", wantErr: "empty directive"},
		{src: "a.F view; fresh", wantErr: "view and fresh both say what the result is"},
		{src: "a.F fresh\na.F view", wantErr: "c:2: a.F already has a contract, at line 1"},
		{src: "(*a.T).M array", wantErr: "array names a type"},
		{src: "a.T array; view", wantErr: "array declares a type and takes no other word"},
		{src: "copy writes d", wantErr: "writes names \"d\", which is not a parameter of the builtin (dst, src)"},
		{src: "(*a.T).M borrowed", wantErr: "borrowed needs the methods"},
		{src: "(*a.T).M borrowed until", wantErr: "borrowed needs the methods"},
		{src: "(*a.T).M borrowed into until Scan", wantErr: "borrowed into needs a parameter"},
		{src: "(*a.T).M borrowed until Scan()", wantErr: "not a method name"},
		{src: "a.F index range", wantErr: "index describes ndarray-style"},
		{src: "a.F keeps", wantErr: "keeps needs the names"},
		{src: "a.F view; axes", wantErr: "axes needs one selection per axis"},
		{src: "a.F view; axes i:", wantErr: "is not lo:hi, i or :"},
		{src: "a.F view; axes i::k", wantErr: "is not lo:hi, i or :"},
		{src: "a/.F view", wantErr: "not a package path"},
	}
	for _, tt := range tests {
		s, err := Parse("c", []byte(tt.src))
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Parse(%q): error %v, want one containing %q", tt.src, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.src, err)
			continue
		}
		if tt.lookup == "" {
			if s.Len() != 0 {
				t.Errorf("Parse(%q): %d entries, want none", tt.src, s.Len())
			}
			continue
		}
		e := s.Lookup(tt.lookup)
		if e == nil {
			t.Errorf("Parse(%q): no contract for %s", tt.src, tt.lookup)
			continue
		}
		var parts []string
		for _, d := range e.Words {
			parts = append(parts, strings.Join(append([]string{d.Kind}, d.Args...), " "))
		}
		if got := strings.Join(parts, "; "); got != tt.words {
			t.Errorf("Parse(%q): %s has %q, want %q", tt.src, tt.lookup, got, tt.words)
		}
	}
}

// Every bad line is named, not only the first.
func TestParseReportsEveryBadLine(t *testing.T) {
	_, err := Parse("lib.contracts", []byte("a.F view\nb.G nonsense\nc.H fresh\nd.I view x y\n"))
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"lib.contracts:2:", "lib.contracts:4:"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %s", err, want)
		}
	}
	if strings.Contains(err.Error(), "lib.contracts:1:") || strings.Contains(err.Error(), "lib.contracts:3:") {
		t.Errorf("error %q names a good line", err)
	}
}

func TestTypesAndPackages(t *testing.T) {
	s, err := Parse("c", []byte("example.com/m.Dense array\nexample.com/m.Vector array\n(*example.com/m.Dense).T view\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !s.IsArray("example.com/m.Dense") || s.IsArray("example.com/m.Other") {
		t.Error("IsArray does not follow the array lines")
	}
	if s.Lookup("example.com/m.Dense") != nil {
		t.Error("a type line answers Lookup, which is for functions")
	}
	if pkgs := s.ArrayPackages(); len(pkgs) != 1 || !pkgs["example.com/m"] {
		t.Errorf("ArrayPackages = %v, want example.com/m", pkgs)
	}
}

func TestMergeLaterWins(t *testing.T) {
	a, _ := Parse("a", []byte("x.F fresh\nx.G view"))
	b, _ := Parse("b", []byte("x.F view"))
	m := Merge(a, b)
	if e := m.Lookup("x.F"); e == nil || e.Words[0].Kind != "view" || e.File != "b" {
		t.Errorf("x.F after merge = %+v, want b's view", e)
	}
	if m.Lookup("x.G") == nil {
		t.Error("merge lost x.G")
	}
}

func TestBuiltinSetsParse(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"append", "copy", "sort.Float64s", "(*bufio.Scanner).Bytes", "slices.Clone", "bytes.TrimSpace"} {
		if s.Lookup(name) == nil {
			t.Errorf("built-in contracts lack %s", name)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("bytes.TrimSpace view s\n(*bufio.Scanner).Bytes borrowed until Scan\n"))
	f.Add([]byte("(*a.T[K, V]).M view; keeps x # c\n"))
	f.Add([]byte("a.T array\n(((\n"))
	f.Add([]byte("(*database/sql.Rows).Scan borrowed into dest until Next\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		s, err := Parse("fuzz", src)
		if s == nil {
			t.Fatal("Parse returned a nil set")
		}
		if err != nil && !strings.Contains(err.Error(), "fuzz:") {
			t.Fatalf("error %q does not name the file", err)
		}
		for _, e := range s.Entries() {
			if s.Lookup(e.Name) == nil && !e.IsType() {
				t.Fatalf("entry %q is not found by its own name", e.Name)
			}
		}
	})
}
