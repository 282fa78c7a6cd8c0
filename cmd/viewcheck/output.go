package main

import (
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"strings"

	"github.com/viewcheck/viewcheck/analyzer"
)

// docsURL is where docs/checks.md is published; each check has an anchor
// named after its lower-case ID (#vc1001).
const docsURL = "https://github.com/viewcheck/viewcheck/blob/main/docs/checks.md"

// checkURL returns the documentation address of a check.
func checkURL(id string) string {
	return docsURL + "#" + strings.ToLower(id)
}

// printFindings writes findings in the given format.
func printFindings(findings []*finding, format string, w io.Writer) error {
	switch format {
	case "json":
		return writeJSON(findings, w)
	case "sarif":
		return writeSARIF(findings, w)
	default:
		return writeText(findings, w)
	}
}

// writeText writes one line per finding, file:line:col: message (VC1001),
// the form compilers use and editors parse.
func writeText(findings []*finding, w io.Writer) error {
	for _, f := range findings {
		if _, err := fmt.Fprintf(w, "%s: %s\n", posString(f.pos), f.diag.Message); err != nil {
			return err
		}
	}
	return nil
}

// posString formats a position as file:line:col with the file name
// relative to the working directory where possible.
func posString(p token.Position) string {
	p.Filename = relPath(p.Filename)
	return p.String()
}

// The JSON format: an array of findings, [] when there are none.
type jsonFinding struct {
	Check   string        `json:"check"`             // "VC1001"
	Name    string        `json:"name,omitempty"`    // "view-write"
	Posn    string        `json:"posn"`              // "file.go:12:3"
	File    string        `json:"file"`              // as in posn
	Line    int           `json:"line"`              // 1-based
	Column  int           `json:"column"`            // 1-based, in bytes
	End     *jsonPosition `json:"end,omitempty"`     // end of the reported range
	Message string        `json:"message"`           // ends with " (VC1001)"
	URL     string        `json:"url,omitempty"`     // the check's documentation
	Related []jsonRelated `json:"related,omitempty"` // where the view was made, the later read
	Fixes   []jsonFix     `json:"suggested_fixes,omitempty"`
}

type jsonPosition struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Offset int    `json:"offset"`
}

type jsonRelated struct {
	Posn    string `json:"posn"`
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

// A jsonEdit replaces the bytes [start.offset, end.offset) of a file by New.
type jsonEdit struct {
	File  string       `json:"file"`
	Start jsonPosition `json:"start"`
	End   jsonPosition `json:"end"`
	New   string       `json:"new"`
}

func toJSONPosition(p token.Position) jsonPosition {
	return jsonPosition{File: relPath(p.Filename), Line: p.Line, Column: p.Column, Offset: p.Offset}
}

func writeJSON(findings []*finding, w io.Writer) error {
	out := make([]jsonFinding, 0, len(findings))
	for _, f := range findings {
		j := jsonFinding{
			Check:   f.diag.Category,
			Posn:    posString(f.pos),
			File:    relPath(f.pos.Filename),
			Line:    f.pos.Line,
			Column:  f.pos.Column,
			Message: f.diag.Message,
		}
		if c := analyzer.CheckByID(f.diag.Category); c != nil {
			j.Name = c.Name
			j.URL = checkURL(c.ID)
		}
		if f.end.IsValid() {
			e := toJSONPosition(f.end)
			j.End = &e
		}
		for _, r := range f.diag.Related {
			p := f.fset.Position(r.Pos)
			j.Related = append(j.Related, jsonRelated{
				Posn: posString(p), File: relPath(p.Filename), Line: p.Line, Column: p.Column, Message: r.Message,
			})
		}
		for _, fix := range f.diag.SuggestedFixes {
			jf := jsonFix{Message: fix.Message, Edits: []jsonEdit{}}
			for _, e := range fix.TextEdits {
				start := f.fset.Position(e.Pos)
				end := start
				if e.End.IsValid() {
					end = f.fset.Position(e.End)
				}
				jf.Edits = append(jf.Edits, jsonEdit{
					File: relPath(start.Filename), Start: toJSONPosition(start), End: toJSONPosition(end), New: string(e.NewText),
				})
			}
			j.Fixes = append(j.Fixes, jf)
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
