package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io"
	"os"
	"sort"
	"strings"
)

// An edit replaces the bytes [start, end) of a file's original content.
type edit struct {
	start, end int
	text       string
}

// applyFixes applies the first suggested fix of each finding, or with diff
// prints the changes as a unified diff and leaves the files alone. A fix
// is applied whole or not at all: one whose edits overlap an accepted
// fix's edits (other than identical ones, which two reports of the same
// problem give) is skipped, as are fixes to generated files. It returns
// the findings that were not fixed.
func applyFixes(findings []*finding, diff bool, stdout, stderr io.Writer) ([]*finding, error) {
	accepted := make(map[string][]edit) // by file name
	content := make(map[string][]byte)
	var unfixed []*finding
	fixed := 0

	for _, f := range findings {
		if len(f.diag.SuggestedFixes) == 0 {
			unfixed = append(unfixed, f)
			continue
		}
		fix := f.diag.SuggestedFixes[0]
		proposed := make(map[string][]edit)
		ok := true
		for _, e := range fix.TextEdits {
			start := f.fset.Position(e.Pos)
			end := start
			if e.End.IsValid() {
				end = f.fset.Position(e.End)
			}
			name := start.Filename
			if _, seen := content[name]; !seen {
				data, err := os.ReadFile(name)
				if err != nil {
					return nil, fmt.Errorf("reading %s for a fix: %v", relPath(name), err)
				}
				if tf := f.fset.File(e.Pos); tf != nil && tf.Size() != len(data) {
					return nil, fmt.Errorf("%s changed on disk during the analysis; no fixes applied", relPath(name))
				}
				content[name] = data
			}
			if isGenerated(name, content[name]) || end.Filename != name || end.Offset < start.Offset || end.Offset > len(content[name]) {
				ok = false
				break
			}
			proposed[name] = append(proposed[name], edit{start.Offset, end.Offset, string(e.NewText)})
		}
		if ok {
			for name, edits := range proposed {
				if conflicts(accepted[name], edits) {
					ok = false
					break
				}
			}
		}
		if !ok {
			unfixed = append(unfixed, f)
			continue
		}
		for name, edits := range proposed {
			for _, e := range edits {
				if !contains(accepted[name], e) {
					accepted[name] = append(accepted[name], e)
				}
			}
		}
		fixed++
	}

	names := make([]string, 0, len(accepted))
	for name := range accepted {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		edits := accepted[name]
		sort.Slice(edits, func(i, j int) bool {
			if edits[i].start != edits[j].start {
				return edits[i].start < edits[j].start
			}
			return edits[i].end < edits[j].end
		})
		old := content[name]
		updated := apply(old, edits)
		// Keep a gofmt-clean file gofmt-clean; leave the layout of a file
		// that was not formatted to its author.
		if formatted, err := format.Source(old); err == nil && bytes.Equal(formatted, old) {
			if f, err := format.Source(updated); err == nil {
				updated = f
			}
		}
		if diff {
			if _, err := io.WriteString(stdout, unifiedDiff(relPath(name), old, updated)); err != nil {
				return nil, err
			}
			continue
		}
		mode := os.FileMode(0o644)
		if fi, err := os.Stat(name); err == nil {
			mode = fi.Mode().Perm()
		}
		if err := os.WriteFile(name, updated, mode); err != nil {
			return nil, err
		}
	}
	if !diff && fixed > 0 {
		fmt.Fprintf(stderr, "viewcheck: applied %d %s in %d %s\n", fixed, plural(fixed, "fix", "fixes"), len(names), plural(len(names), "file", "files"))
	}
	return unfixed, nil
}

// conflicts reports whether some edit of b overlaps some edit of a without
// being identical to it. Two insertions at the same offset conflict too:
// their order would be arbitrary.
func conflicts(a, b []edit) bool {
	for _, x := range b {
		for _, y := range a {
			if x == y {
				continue
			}
			if x.start < y.end && y.start < x.end {
				return true
			}
			if x.start == y.start && (x.start == x.end || y.start == y.end) {
				return true
			}
		}
	}
	for i, x := range b {
		for _, y := range b[i+1:] {
			if x != y && x.start < y.end && y.start < x.end {
				return true
			}
		}
	}
	return false
}

func contains(edits []edit, e edit) bool {
	for _, x := range edits {
		if x == e {
			return true
		}
	}
	return false
}

// apply applies sorted, non-overlapping edits to src.
func apply(src []byte, edits []edit) []byte {
	var b bytes.Buffer
	last := 0
	for _, e := range edits {
		b.Write(src[last:e.start])
		b.WriteString(e.text)
		last = e.end
	}
	b.Write(src[last:])
	return b.Bytes()
}

// isGenerated reports whether a Go file carries the standard "Code
// generated ... DO NOT EDIT." comment; fixes to it would be overwritten.
func isGenerated(name string, src []byte) bool {
	f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.ParseComments|parser.PackageClauseOnly)
	return err == nil && ast.IsGenerated(f)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// unifiedDiff returns the unified diff (3 lines of context) between old
// and new versions of the file name, or "" when they are equal.
func unifiedDiff(name string, old, new []byte) string {
	if bytes.Equal(old, new) {
		return ""
	}
	a, b := splitLines(string(old)), splitLines(string(new))
	ops := diffLines(a, b)
	const context = 3

	var out strings.Builder
	fmt.Fprintf(&out, "--- a/%s\n+++ b/%s\n", name, name)
	// Group the operations into hunks: runs of changes with at most
	// 2*context equal lines between them.
	i := 0
	for i < len(ops) {
		for i < len(ops) && ops[i].kind == ' ' {
			i++
		}
		if i == len(ops) {
			break
		}
		start := max(i-context, 0)
		end := i
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			run := end
			for run < len(ops) && ops[run].kind == ' ' {
				run++
			}
			if run == len(ops) || run-end > 2*context {
				end = min(end+context, len(ops))
				break
			}
			end = run
		}
		hunk := ops[start:end]
		aStart, bStart := hunk[0].aLine, hunk[0].bLine
		aCount, bCount := 0, 0
		for _, op := range hunk {
			if op.kind != '+' {
				aCount++
			}
			if op.kind != '-' {
				bCount++
			}
		}
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", hunkRange(aStart, aCount), hunkRange(bStart, bCount))
		for _, op := range hunk {
			out.WriteByte(op.kind)
			out.WriteString(op.text)
			if !strings.HasSuffix(op.text, "\n") {
				out.WriteString("\n\\ No newline at end of file\n")
			}
		}
		i = end
	}
	return out.String()
}

func hunkRange(start, count int) string {
	if count == 0 {
		return fmt.Sprintf("%d,0", start) // the line before an empty range
	}
	if count == 1 {
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, count)
}

// splitLines splits s after each newline, keeping the newlines.
func splitLines(s string) []string {
	var lines []string
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			lines = append(lines, s)
			break
		}
		lines = append(lines, s[:i+1])
		s = s[i+1:]
	}
	return lines
}

// A diffOp is one line of a diff: ' ' kept, '-' removed, '+' added, with
// the 0-based line numbers in a and b where it stands.
type diffOp struct {
	kind         byte
	text         string
	aLine, bLine int
}

// diffLines computes a line diff. Fixes change few lines, so after
// trimming the common prefix and suffix a quadratic LCS over the rest is
// cheap; a middle too large for it is shown as one replaced block.
func diffLines(a, b []string) []diffOp {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	am, bm := a[pre:len(a)-suf], b[pre:len(b)-suf]

	var ops []diffOp
	for i := 0; i < pre; i++ {
		ops = append(ops, diffOp{' ', a[i], i, i})
	}
	ai, bi := pre, pre
	emit := func(kind byte, text string) {
		ops = append(ops, diffOp{kind, text, ai, bi})
		switch kind {
		case ' ':
			ai++
			bi++
		case '-':
			ai++
		case '+':
			bi++
		}
	}
	if len(am)*len(bm) > 4_000_000 {
		for _, l := range am {
			emit('-', l)
		}
		for _, l := range bm {
			emit('+', l)
		}
	} else {
		// lcs[i][j] is the LCS length of am[i:] and bm[j:].
		lcs := make([][]int32, len(am)+1)
		for i := range lcs {
			lcs[i] = make([]int32, len(bm)+1)
		}
		for i := len(am) - 1; i >= 0; i-- {
			for j := len(bm) - 1; j >= 0; j-- {
				if am[i] == bm[j] {
					lcs[i][j] = lcs[i+1][j+1] + 1
				} else {
					lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
				}
			}
		}
		i, j := 0, 0
		for i < len(am) || j < len(bm) {
			switch {
			case i < len(am) && j < len(bm) && am[i] == bm[j]:
				emit(' ', am[i])
				i++
				j++
			case i < len(am) && (j == len(bm) || lcs[i+1][j] >= lcs[i][j+1]):
				emit('-', am[i])
				i++
			default:
				emit('+', bm[j])
				j++
			}
		}
	}
	for k := len(a) - suf; k < len(a); k++ {
		emit(' ', a[k])
	}
	return ops
}
