package main

import (
	"encoding/json"
	"go/token"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/viewcheck/viewcheck/analyzer"
)

// SARIF 2.1.0 (OASIS), the subset this command writes. Every property that
// the schema requires is present; optional ones are omitted when empty.
const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	srcRoot      = "%SRCROOT%"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                        `json:"tool"`
	OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
	ColumnKind         string                           `json:"columnKind"`
	Results            []sarifResult                    `json:"results"`
	Invocations        []sarifInvocation                `json:"invocations"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	Name                 string             `json:"name"`
	ShortDescription     sarifMessage       `json:"shortDescription"`
	FullDescription      sarifMessage       `json:"fullDescription"`
	Help                 sarifMessage       `json:"help"`
	HelpURI              string             `json:"helpUri"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
	Properties           *sarifProperties   `json:"properties,omitempty"`
}

type sarifProperties struct {
	Tags      []string `json:"tags,omitempty"`
	Precision string   `json:"precision,omitempty"`
}

type sarifConfiguration struct {
	Enabled bool   `json:"enabled"`
	Level   string `json:"level"`
}

type sarifMessage struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifResult struct {
	RuleID           string          `json:"ruleId"`
	RuleIndex        int             `json:"ruleIndex"`
	Level            string          `json:"level"`
	Message          sarifMessage    `json:"message"`
	Locations        []sarifLocation `json:"locations"`
	RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
	Fixes            []sarifFix      `json:"fixes,omitempty"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifMessage         `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// A sarifRegion's columns count UTF-16 code units (the run's columnKind),
// starting at 1; EndColumn is exclusive.
type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifFix struct {
	Description     sarifMessage          `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion           `json:"deletedRegion"`
	InsertedContent *sarifArtifactContent `json:"insertedContent,omitempty"`
}

type sarifArtifactContent struct {
	Text string `json:"text"`
}

type sarifInvocation struct {
	ExecutionSuccessful bool `json:"executionSuccessful"`
}

// sarifLevel is the level of a check's results: a certain panic is an
// error, the other checks are likely bugs, warnings, and a comment the
// analyzer cannot follow is a note.
func sarifLevel(id string) string {
	switch id {
	case analyzer.ReadonlyWrite:
		return "error"
	case analyzer.BadDirective:
		return "note"
	}
	return "warning"
}

// sarifTags are the tags of a check's rule.
func sarifTags(id string) []string {
	if id == analyzer.BadDirective {
		return []string{"correctness", "directives"}
	}
	return []string{"correctness", "aliasing"}
}

// sarifRules describes every check, with the same text as -explain and
// docs/checks.md, and a help address into docs/checks.md.
func sarifRules() ([]sarifRule, map[string]int) {
	var rules []sarifRule
	index := make(map[string]int)
	for _, c := range analyzer.Checks {
		index[c.ID] = len(rules)
		rules = append(rules, sarifRule{
			ID:                   c.ID,
			Name:                 c.Name,
			ShortDescription:     sarifMessage{Text: c.Title},
			FullDescription:      sarifMessage{Text: firstParagraph(c.Text)},
			Help:                 sarifMessage{Text: explainText(c), Markdown: checkMarkdown(c, false)},
			HelpURI:              checkURL(c.ID),
			DefaultConfiguration: sarifConfiguration{Enabled: c.Default, Level: sarifLevel(c.ID)},
			Properties:           &sarifProperties{Tags: sarifTags(c.ID), Precision: "high"},
		})
	}
	return rules, index
}

func writeSARIF(findings []*finding, w io.Writer) error {
	rules, ruleIndex := sarifRules()
	wd, _ := os.Getwd()
	cols := newColumnConverter()
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "viewcheck",
			Version:        strings.TrimPrefix(moduleVersion(), "v"),
			InformationURI: "https://github.com/viewcheck/viewcheck",
			Rules:          rules,
		}},
		ColumnKind:  "utf16CodeUnits",
		Results:     []sarifResult{},
		Invocations: []sarifInvocation{{ExecutionSuccessful: true}},
	}
	if wd != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{
			srcRoot: {URI: fileURI(wd) + "/"},
		}
	}
	for _, f := range findings {
		id := f.diag.Category
		idx, ok := ruleIndex[id]
		if !ok {
			idx = -1 // not one of the known rules; SARIF allows -1
		}
		res := sarifResult{
			RuleID:    id,
			RuleIndex: idx,
			Level:     sarifLevel(id),
			Message:   sarifMessage{Text: f.diag.Message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: artifactLocation(f.pos.Filename, wd),
				Region:           cols.region(f.pos, f.end),
			}}},
		}
		for i, r := range f.diag.Related {
			id := i + 1
			p := f.fset.Position(r.Pos)
			var end token.Position
			if r.End.IsValid() {
				end = f.fset.Position(r.End)
			}
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
				ID: &id,
				PhysicalLocation: sarifPhysicalLocation{
					ArtifactLocation: artifactLocation(p.Filename, wd),
					Region:           cols.region(p, end),
				},
				Message: &sarifMessage{Text: r.Message},
			})
		}
		for _, fix := range f.diag.SuggestedFixes {
			sf := sarifFix{Description: sarifMessage{Text: fix.Message}}
			byFile := make(map[string]int)
			for _, e := range fix.TextEdits {
				start := f.fset.Position(e.Pos)
				end := start
				if e.End.IsValid() {
					end = f.fset.Position(e.End)
				}
				i, ok := byFile[start.Filename]
				if !ok {
					i = len(sf.ArtifactChanges)
					byFile[start.Filename] = i
					sf.ArtifactChanges = append(sf.ArtifactChanges, sarifArtifactChange{
						ArtifactLocation: artifactLocation(start.Filename, wd),
					})
				}
				rep := sarifReplacement{DeletedRegion: cols.region(start, end)}
				if len(e.NewText) > 0 {
					rep.InsertedContent = &sarifArtifactContent{Text: string(e.NewText)}
				}
				sf.ArtifactChanges[i].Replacements = append(sf.ArtifactChanges[i].Replacements, rep)
			}
			if len(sf.ArtifactChanges) > 0 {
				res.Fixes = append(res.Fixes, sf)
			}
		}
		run.Results = append(run.Results, res)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

// artifactLocation names a file relative to %SRCROOT% (the working
// directory, which code scanning maps to the repository root) when it is
// under it, and by an absolute file URI otherwise.
func artifactLocation(filename, wd string) sarifArtifactLocation {
	if wd != "" {
		if rel, err := filepath.Rel(wd, filename); err == nil && !strings.HasPrefix(rel, "..") && !filepath.IsAbs(rel) {
			return sarifArtifactLocation{URI: (&url.URL{Path: filepath.ToSlash(rel)}).String(), URIBaseID: srcRoot}
		}
	}
	return sarifArtifactLocation{URI: fileURI(filename)}
}

func fileURI(path string) string {
	path = filepath.ToSlash(path)
	if !strings.HasPrefix(path, "/") {
		path = "/" + path // a Windows drive letter
	}
	return (&url.URL{Scheme: "file", Path: path}).String()
}

// A columnConverter turns the byte columns of token.Position into the
// UTF-16 columns SARIF viewers count by default, reading each file once.
type columnConverter struct {
	lines map[string][]string
}

func newColumnConverter() *columnConverter {
	return &columnConverter{lines: make(map[string][]string)}
}

func (c *columnConverter) column(p token.Position) int {
	lines, ok := c.lines[p.Filename]
	if !ok {
		data, err := os.ReadFile(p.Filename)
		if err == nil {
			lines = strings.Split(string(data), "\n")
		}
		c.lines[p.Filename] = lines
	}
	if p.Line < 1 || p.Line > len(lines) || p.Column < 1 {
		return max(p.Column, 1)
	}
	prefix := lines[p.Line-1]
	if p.Column-1 < len(prefix) {
		prefix = prefix[:p.Column-1]
	}
	n := 0
	for len(prefix) > 0 {
		// An invalid byte decodes as one replacement character.
		r, size := utf8.DecodeRuneInString(prefix)
		n += utf16.RuneLen(r)
		prefix = prefix[size:]
	}
	return n + 1
}

func (c *columnConverter) region(start, end token.Position) sarifRegion {
	r := sarifRegion{StartLine: max(start.Line, 1), StartColumn: c.column(start)}
	if end.IsValid() && end.Line >= start.Line {
		r.EndLine = end.Line
		r.EndColumn = c.column(end)
	}
	return r
}

// moduleVersion is the version of the viewcheck module in this binary.
func moduleVersion() string {
	v := versionString()
	v = strings.TrimPrefix(v, "viewcheck ")
	if i := strings.Index(v, " "); i >= 0 {
		v = v[:i]
	}
	if v == "(devel)" {
		return "0.0.0-devel" // built from a checkout, not a tagged module version
	}
	return v
}
