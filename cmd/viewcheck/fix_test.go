package main

import (
	"fmt"
	"strings"
	"testing"
)

func numbered(n int, change map[int]string) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		if s, ok := change[i]; ok {
			b.WriteString(s)
			continue
		}
		fmt.Fprintf(&b, "line %d\n", i)
	}
	return b.String()
}

func TestUnifiedDiff(t *testing.T) {
	old := numbered(20, nil)
	for _, tc := range []struct {
		name string
		new  string
		want string
	}{
		{"same", old, ""},
		{"added line", numbered(20, map[int]string{10: "line 10\nline ten\n"}), `--- a/f.go
+++ b/f.go
@@ -8,6 +8,7 @@
 line 8
 line 9
 line 10
+line ten
 line 11
 line 12
 line 13
`},
		{"insert at start", "new\n" + old, `--- a/f.go
+++ b/f.go
@@ -1,3 +1,4 @@
+new
 line 1
 line 2
 line 3
`},
		{"two hunks", numbered(20, map[int]string{2: "two\n", 18: "eighteen\n"}), `--- a/f.go
+++ b/f.go
@@ -1,5 +1,5 @@
 line 1
-line 2
+two
 line 3
 line 4
 line 5
@@ -15,6 +15,6 @@
 line 15
 line 16
 line 17
-line 18
+eighteen
 line 19
 line 20
`},
		{"one hunk for close changes", numbered(20, map[int]string{5: "five\n", 11: "eleven\n"}), `--- a/f.go
+++ b/f.go
@@ -2,13 +2,13 @@
 line 2
 line 3
 line 4
-line 5
+five
 line 6
 line 7
 line 8
 line 9
 line 10
-line 11
+eleven
 line 12
 line 13
 line 14
`},
	} {
		if got := unifiedDiff("f.go", []byte(old), []byte(tc.new)); got != tc.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, got, tc.want)
		}
	}
}

func TestUnifiedDiffNoFinalNewline(t *testing.T) {
	got := unifiedDiff("f.go", []byte("a\nb"), []byte("a\nc"))
	want := "--- a/f.go\n+++ b/f.go\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestConflicts(t *testing.T) {
	insert := edit{10, 10, ".Copy()"}
	for _, tc := range []struct {
		a, b []edit
		want bool
	}{
		{[]edit{insert}, []edit{insert}, false},                      // the same fix twice
		{[]edit{insert}, []edit{{10, 10, ".View()"}}, true},          // two insertions at one place
		{[]edit{{0, 5, "x"}}, []edit{{3, 8, "y"}}, true},             // overlapping replacements
		{[]edit{{0, 5, "x"}}, []edit{{5, 8, "y"}}, false},            // adjacent replacements
		{nil, []edit{{0, 5, "x"}, {4, 6, "y"}}, true},                // a fix that overlaps itself
		{[]edit{{20, 30, ""}}, []edit{insert, {40, 41, "z"}}, false}, // disjoint
	} {
		if got := conflicts(tc.a, tc.b); got != tc.want {
			t.Errorf("conflicts(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestApply(t *testing.T) {
	src := []byte("s := arr.Slice(x)\n")
	got := apply(src, []edit{{0, 1, "v"}, {17, 17, ".Copy()"}})
	if want := "v := arr.Slice(x).Copy()\n"; string(got) != want {
		t.Errorf("apply = %q, want %q", got, want)
	}
}
