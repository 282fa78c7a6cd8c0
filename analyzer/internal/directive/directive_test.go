package directive

import (
	"go/ast"
	"reflect"
	"strings"
	"testing"
)

func doc(lines ...string) *ast.CommentGroup {
	g := &ast.CommentGroup{}
	for _, l := range lines {
		g.List = append(g.List, &ast.Comment{Text: l})
	}
	return g
}

func TestParse(t *testing.T) {
	tests := []struct {
		lines   []string
		want    []string // kind and args joined by spaces
		wantErr string
	}{
		{lines: []string{"// Slice returns a view.", "//", "//viewcheck:view"}, want: []string{"view"}},
		{lines: []string{"//viewcheck:view data"}, want: []string{"view data"}},
		{lines: []string{"//viewcheck:readonly", "//viewcheck:layout strided"}, want: []string{"readonly", "layout strided"}},
		{lines: []string{"//viewcheck:writes dst src"}, want: []string{"writes dst src"}},
		{lines: []string{"//viewcheck:fresh", "//viewcheck:layout any"}, want: []string{"fresh", "layout any"}},
		{lines: []string{"// plain comment"}, want: nil},
		{lines: []string{"//viewcheck:fresh x"}, wantErr: "takes no arguments"},
		{lines: []string{"//viewcheck:view a b"}, wantErr: "at most one parameter"},
		{lines: []string{"//viewcheck:layout diagonal"}, wantErr: "strided, contiguous or any"},
		{lines: []string{"//viewcheck:writes"}, wantErr: "needs the names"},
		{lines: []string{"//viewcheck:aliases"}, wantErr: "unknown directive"},
		{lines: []string{"//viewcheck:"}, wantErr: "empty"},
	}
	for _, tt := range tests {
		ds, err := Parse(doc(tt.lines...))
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Parse(%q) error = %v, want one containing %q", tt.lines, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.lines, err)
			continue
		}
		var got []string
		for _, d := range ds {
			got = append(got, strings.TrimSpace(d.Kind+" "+strings.Join(d.Args, " ")))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%q) = %q, want %q", tt.lines, got, tt.want)
		}
	}
}

func TestHasAny(t *testing.T) {
	with := &ast.File{Comments: []*ast.CommentGroup{doc("// x"), doc("//viewcheck:reads")}}
	without := &ast.File{Comments: []*ast.CommentGroup{doc("// viewcheck:reads is prose here")}}
	if !HasAny(with) || HasAny(without) {
		t.Errorf("HasAny = %v, %v; want true, false", HasAny(with), HasAny(without))
	}
}
