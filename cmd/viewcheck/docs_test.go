package main

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/viewcheck/viewcheck/analyzer"
)

var update = flag.Bool("update", false, "rewrite docs/checks.md from analyzer.Checks")

// checksDoc is docs/checks.md, relative to this package.
var checksDoc = filepath.Join("..", "..", "docs", "checks.md")

// TestChecksDoc keeps docs/checks.md equal to what analyzer.Checks
// generates, so that the page and -explain never drift apart. Run
// "go generate ./cmd/viewcheck" after changing a check's text.
func TestChecksDoc(t *testing.T) {
	want := checksMarkdown()
	if *update {
		if err := os.WriteFile(checksDoc, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(checksDoc)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s is out of date with analyzer.Checks (analyzer/vc*.go); run: go generate ./cmd/viewcheck", checksDoc)
	}
}

// TestChecksDocumented checks that every check has the parts its
// documentation promises: what it finds, why it matters, what it does not
// report, a before and after example, and the fix.
func TestChecksDocumented(t *testing.T) {
	doc := checksMarkdown()
	for _, c := range analyzer.Checks {
		if c.Title == "" || c.Text == "" || c.Before == "" || c.After == "" || c.Fix == "" {
			t.Errorf("%s: Title, Text, Before, After and Fix must all be set", c.ID)
		}
		if !strings.Contains(c.Text, "Why it matters") {
			t.Errorf("%s: Text does not say why it matters", c.ID)
		}
		if !strings.Contains(c.Text, "ot reported") && !strings.Contains(c.Text, "left out") {
			t.Errorf("%s: Text does not say what it deliberately does not report", c.ID)
		}
		if !strings.Contains(c.Before, c.ID) {
			t.Errorf("%s: Before does not mark the reported line with the check ID", c.ID)
		}
		if !strings.Contains(doc, "\n## "+c.ID+"\n") {
			t.Errorf("docs/checks.md has no section headed %q (anchor #%s)", c.ID, strings.ToLower(c.ID))
		}
		if (c.SliceBefore == "") != (c.SliceAfter == "") {
			t.Errorf("%s: SliceBefore and SliceAfter go together", c.ID)
		}
		if c.SliceBefore != "" && !strings.Contains(c.SliceBefore, c.ID) {
			t.Errorf("%s: SliceBefore does not mark the reported line with the check ID", c.ID)
		}
		for _, letter := range c.Slices {
			if !slices.ContainsFunc(analyzer.SliceClasses, func(k analyzer.SliceClass) bool { return k.Letter == letter }) {
				t.Errorf("%s: Slices names class %q, which analyzer.SliceClasses does not define", c.ID, letter)
			}
		}
		explain := explainText(c)
		for _, part := range []string{c.Title, firstParagraph(c.Text)[:40], checkURL(c.ID)} {
			if !strings.Contains(strings.Join(strings.Fields(explain), " "), part) {
				t.Errorf("-explain %s does not contain %q", c.ID, part)
			}
		}
	}
}

// TestSliceClassesCovered asks for a check for every class of Go-slice bug,
// and for a Go-slice example (Before, or SliceBefore) in each such check.
func TestSliceClassesCovered(t *testing.T) {
	for _, class := range analyzer.SliceClasses {
		found := false
		for _, c := range analyzer.Checks {
			if slices.Contains(c.Slices, class.Letter) {
				found = true
				if c.Library != "" {
					t.Errorf("%s finds Go-slice class %s but is marked as a %s check", c.ID, class.Letter, c.Library)
				}
			}
		}
		if !found {
			t.Errorf("no check finds Go-slice class %s (%s)", class.Letter, class.Title)
		}
	}
	doc := checksMarkdown()
	if !strings.Contains(doc, "\n## Go slices\n") {
		t.Error("docs/checks.md has no Go slices section")
	}
}
