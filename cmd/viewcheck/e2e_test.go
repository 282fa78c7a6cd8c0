package main

// End-to-end tests: they build the viewcheck binary once and run it, and
// go vet with it, the way a user would, on temporary modules that require
// this one through a replace directive.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/viewcheck/viewcheck/analyzer"
)

var (
	buildOnce sync.Once
	binDir    string
	binPath   string
	buildErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// viewcheckBinary builds cmd/viewcheck once per test run and returns its path.
func viewcheckBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		binDir, buildErr = os.MkdirTemp("", "viewcheck-e2e-bin")
		if buildErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "viewcheck")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// repoRoot is the root of this module, which the temporary modules replace
// github.com/viewcheck/viewcheck with.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// newModule writes a module example.com/user that requires this one, with
// the given files, and returns its directory.
// goModExtra, as a key of newModule's files, holds lines to add to go.mod.
const goModExtra = "go.mod+"

func newModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	gomod := fmt.Sprintf(`module example.com/user

go 1.26.0

require github.com/viewcheck/viewcheck v0.0.0

replace github.com/viewcheck/viewcheck => %s
`, repoRoot(t))
	if extra, ok := files[goModExtra]; ok {
		gomod += "\n" + extra
		delete(files, goModExtra)
	}
	files["go.mod"] = gomod
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// result is what a command printed and its exit status.
type result struct {
	stdout, stderr string
	code           int
}

func (r result) String() string {
	return fmt.Sprintf("exit status %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
}

// runIn runs a command in dir without network access to modules, so that
// the test uses this checkout and the module cache only.
func runIn(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	var exitErr *exec.ExitError
	switch {
	case errors.As(err, &exitErr):
		r.code = exitErr.ExitCode()
	case err != nil:
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return r
}

// viewcheck runs the binary in dir.
func viewcheck(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return runIn(t, dir, viewcheckBinary(t), args...)
}

// buggy is the tutorial view write: s is a view of arr, so the write
// through s changes arr, which is printed afterwards (VC1001 on line 12).
const buggy = `package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	arr := ndarray.FromSlice([]int{2, 4, 6, 8, 10})
	s := arr.Slice(ndarray.S(1, 3))
	s.Set(100, 0)
	fmt.Println(arr)
}
`

const buggyLine = 12

// textFinding matches the text format's line for the seeded bug.
var textFinding = regexp.MustCompile(`(?m)^main\.go:12:\d+: .+ \(VC1001\)$`)

func TestVetToolReportsFinding(t *testing.T) {
	t.Parallel()
	dir := newModule(t, map[string]string{"main.go": buggy})
	r := runIn(t, dir, "go", "vet", "-vettool="+viewcheckBinary(t), "./...")
	if r.code != 1 {
		t.Fatalf("go vet -vettool: want exit status 1\n%v", r)
	}
	if !textFinding.MatchString(r.stderr) {
		t.Errorf("go vet -vettool: no VC1001 finding on main.go:%d\n%v", buggyLine, r)
	}
}

func TestVetToolJSON(t *testing.T) {
	t.Parallel()
	dir := newModule(t, map[string]string{"main.go": buggy})
	r := runIn(t, dir, "go", "vet", "-vettool="+viewcheckBinary(t), "-json", "./...")
	var tree map[string]map[string][]struct {
		Category string `json:"category"`
		Posn     string `json:"posn"`
		Message  string `json:"message"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &tree); err != nil {
		t.Fatalf("go vet -json output is not the expected JSON: %v\n%v", err, r)
	}
	diags := tree["example.com/user"]["viewcheck"]
	if len(diags) != 1 || diags[0].Category != "VC1001" || !strings.HasSuffix(diags[0].Message, "(VC1001)") ||
		!strings.Contains(diags[0].Posn, fmt.Sprintf("main.go:%d:", buggyLine)) {
		t.Errorf("go vet -json: want one VC1001 diagnostic at main.go:%d, got %+v", buggyLine, diags)
	}
}

// checkFixed checks that a fixed module takes the copy, is gofmt-clean,
// builds, prints the unchanged array, and gives no more findings.
func checkFixed(t *testing.T, dir string) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(dir, "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), "s := arr.Slice(ndarray.S(1, 3)).Copy()") {
		t.Errorf("fixed file does not copy the view:\n%s", src)
	}
	if r := runIn(t, dir, "gofmt", "-l", "."); r.code != 0 || r.stdout != "" {
		t.Errorf("fixed file is not gofmt-clean:\n%v", r)
	}
	if r := runIn(t, dir, "go", "run", "."); r.code != 0 || r.stdout != "[2 4 6 8 10]\n" {
		t.Errorf("fixed program: want it to build and print [2 4 6 8 10]\n%v", r)
	}
	if r := viewcheck(t, dir, "./..."); r.code != 0 || r.stdout != "" {
		t.Errorf("viewcheck after the fix: want exit status 0 and no findings\n%v", r)
	}
	if r := runIn(t, dir, "go", "vet", "-vettool="+viewcheckBinary(t), "./..."); r.code != 0 {
		t.Errorf("go vet after the fix: want exit status 0\n%v", r)
	}
}

func TestFix(t *testing.T) {
	t.Parallel()
	dir := newModule(t, map[string]string{"main.go": buggy})
	r := viewcheck(t, dir, "-fix", "./...")
	if r.code != 0 {
		t.Fatalf("viewcheck -fix: want exit status 0 (every finding fixed)\n%v", r)
	}
	if !strings.Contains(r.stderr, "applied 1 fix in 1 file") {
		t.Errorf("viewcheck -fix does not say what it did\n%v", r)
	}
	checkFixed(t, dir)
}

func TestVetToolFix(t *testing.T) {
	t.Parallel()
	dir := newModule(t, map[string]string{"main.go": buggy})
	r := runIn(t, dir, "go", "vet", "-vettool="+viewcheckBinary(t), "-fix", "./...")
	if r.code != 0 {
		t.Fatalf("go vet -vettool -fix: want exit status 0\n%v", r)
	}
	checkFixed(t, dir)
}

func TestDiff(t *testing.T) {
	t.Parallel()
	dir := newModule(t, map[string]string{"main.go": buggy})
	r := viewcheck(t, dir, "-diff", "./...")
	if r.code != 1 {
		t.Errorf("viewcheck -diff: want exit status 1 (the finding still stands)\n%v", r)
	}
	for _, want := range []string{
		"--- a/main.go\n+++ b/main.go\n",
		"-\ts := arr.Slice(ndarray.S(1, 3))\n",
		"+\ts := arr.Slice(ndarray.S(1, 3)).Copy()\n",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("viewcheck -diff: output lacks %q\n%v", want, r)
		}
	}
	if src, _ := os.ReadFile(filepath.Join(dir, "main.go")); string(src) != buggy {
		t.Errorf("viewcheck -diff changed main.go:\n%s", src)
	}
}

func TestText(t *testing.T) {
	t.Parallel()
	dir := newModule(t, map[string]string{"main.go": buggy})
	r := viewcheck(t, dir, "./...")
	if r.code != 1 {
		t.Errorf("viewcheck: want exit status 1 for a finding\n%v", r)
	}
	if lines := strings.Split(strings.TrimSpace(r.stdout), "\n"); len(lines) != 1 || !textFinding.MatchString(lines[0]) {
		t.Errorf("viewcheck: want exactly one line main.go:%d:col: ... (VC1001)\n%v", buggyLine, r)
	}
}

func TestJSON(t *testing.T) {
	t.Parallel()
	dir := newModule(t, map[string]string{"main.go": buggy})
	r := viewcheck(t, dir, "-f", "json", "./...")
	if r.code != 1 {
		t.Errorf("viewcheck -f json: want exit status 1 for a finding\n%v", r)
	}
	var findings []jsonFinding
	if err := json.Unmarshal([]byte(r.stdout), &findings); err != nil {
		t.Fatalf("viewcheck -f json: invalid JSON: %v\n%v", err, r)
	}
	if len(findings) != 1 {
		t.Fatalf("viewcheck -f json: want 1 finding, got %d\n%v", len(findings), r)
	}
	f := findings[0]
	if f.Check != "VC1001" || f.Name != "view-write" || f.File != "main.go" || f.Line != buggyLine ||
		!strings.HasSuffix(f.Message, " (VC1001)") || !strings.HasSuffix(f.URL, "docs/checks.md#vc1001") {
		t.Errorf("viewcheck -f json: unexpected finding %+v", f)
	}
	if len(f.Related) == 0 {
		t.Errorf("viewcheck -f json: the finding has no related locations: %+v", f)
	}
	if len(f.Fixes) == 0 || len(f.Fixes[0].Edits) == 0 || f.Fixes[0].Edits[0].New != ".Copy()" {
		t.Errorf("viewcheck -f json: want a fix that inserts .Copy(), got %+v", f.Fixes)
	}
}

func TestSARIF(t *testing.T) {
	t.Parallel()
	dir := newModule(t, map[string]string{"main.go": buggy})
	r := viewcheck(t, dir, "-f", "sarif", "./...")
	if r.code != 1 {
		t.Errorf("viewcheck -f sarif: want exit status 1 for a finding\n%v", r)
	}
	validateSARIF(t, []byte(r.stdout))
	validateSARIFWithMultitool(t, []byte(r.stdout))

	var log sarifLog
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != len(analyzer.Checks) {
		t.Errorf("want a rule per check, got %d rules", len(run.Tool.Driver.Rules))
	}
	for i, c := range analyzer.Checks {
		rule := run.Tool.Driver.Rules[i]
		if rule.ID != c.ID || rule.HelpURI != checkURL(c.ID) || !strings.Contains(rule.Help.Text, c.Title) ||
			!strings.Contains(rule.Help.Markdown, "```go") || rule.FullDescription.Text == "" {
			t.Errorf("rule %d: want %s with our help text and a help URI into docs/checks.md, got %+v", i, c.ID, rule)
		}
		if strings.Contains(rule.HelpURI, "staticcheck") || strings.Contains(rule.Help.Text, "staticcheck.dev") {
			t.Errorf("rule %s links to staticcheck: %+v", c.ID, rule)
		}
	}
	if len(run.Results) != 1 {
		t.Fatalf("want 1 result, got %d", len(run.Results))
	}
	res := run.Results[0]
	loc := res.Locations[0].PhysicalLocation
	if res.RuleID != "VC1001" || run.Tool.Driver.Rules[res.RuleIndex].ID != "VC1001" ||
		loc.ArtifactLocation.URI != "main.go" || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || loc.Region.StartLine != buggyLine {
		t.Errorf("unexpected result %+v", res)
	}
	if len(res.RelatedLocations) == 0 || res.RelatedLocations[0].Message == nil || res.RelatedLocations[0].Message.Text == "" {
		t.Errorf("the result has no related locations with messages: %+v", res.RelatedLocations)
	}
	if len(res.Fixes) != 1 || res.Fixes[0].ArtifactChanges[0].Replacements[0].InsertedContent == nil ||
		res.Fixes[0].ArtifactChanges[0].Replacements[0].InsertedContent.Text != ".Copy()" {
		t.Errorf("the result has no fix inserting .Copy(): %+v", res.Fixes)
	}
	if base := run.OriginalURIBaseIDs["%SRCROOT%"].URI; !strings.HasPrefix(base, "file:///") || !strings.HasSuffix(base, "/") {
		t.Errorf("%%SRCROOT%% is %q, want a file URI of the working directory ending in /", base)
	}
}

// validateSARIF checks the SARIF 2.1.0 schema's requirements on the
// objects this command writes: required properties, minimum values and
// item counts, and that references (ruleIndex, uriBaseId) resolve.
func validateSARIF(t *testing.T, data []byte) {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("SARIF output is not JSON: %v\n%s", err, data)
	}
	errs := sarifErrors(doc)
	for _, e := range errs {
		t.Errorf("invalid SARIF: %s", e)
	}
}

func sarifErrors(doc map[string]any) []string {
	var errs []string
	fail := func(path, format string, args ...any) {
		errs = append(errs, path+": "+fmt.Sprintf(format, args...))
	}
	obj := func(v any, path string) map[string]any {
		m, ok := v.(map[string]any)
		if !ok {
			fail(path, "want an object, got %T", v)
		}
		return m
	}
	arr := func(v any, path string, minItems int) []any {
		a, ok := v.([]any)
		if !ok {
			fail(path, "want an array, got %T", v)
			return nil
		}
		if len(a) < minItems {
			fail(path, "want at least %d items, got %d", minItems, len(a))
		}
		return a
	}
	str := func(m map[string]any, key, path string) string {
		s, ok := m[key].(string)
		if !ok {
			fail(path+"."+key, "required string missing")
		}
		return s
	}
	intAtLeast := func(m map[string]any, key, path string, min int, required bool) {
		v, ok := m[key]
		if !ok {
			if required {
				fail(path+"."+key, "required integer missing")
			}
			return
		}
		f, ok := v.(float64)
		if !ok || f != float64(int(f)) || int(f) < min {
			fail(path+"."+key, "want an integer >= %d, got %v", min, v)
		}
	}
	message := func(v any, path string) {
		m := obj(v, path)
		if m != nil {
			if _, ok := m["text"].(string); !ok {
				fail(path, "a message needs text")
			}
		}
	}
	region := func(v any, path string) {
		m := obj(v, path)
		if m == nil {
			return
		}
		intAtLeast(m, "startLine", path, 1, true)
		intAtLeast(m, "startColumn", path, 1, false)
		intAtLeast(m, "endLine", path, 1, false)
		intAtLeast(m, "endColumn", path, 1, false)
	}
	var baseIDs map[string]any
	artifactLocation := func(v any, path string) {
		m := obj(v, path)
		if m == nil {
			return
		}
		str(m, "uri", path)
		if id, ok := m["uriBaseId"].(string); ok {
			if _, ok := baseIDs[id]; !ok {
				fail(path, "uriBaseId %q is not in originalUriBaseIds", id)
			}
		}
	}
	location := func(v any, path string) {
		m := obj(v, path)
		if m == nil {
			return
		}
		pl := obj(m["physicalLocation"], path+".physicalLocation")
		if pl != nil {
			artifactLocation(pl["artifactLocation"], path+".physicalLocation.artifactLocation")
			region(pl["region"], path+".physicalLocation.region")
		}
		if msg, ok := m["message"]; ok {
			message(msg, path+".message")
		}
	}

	if doc["version"] != "2.1.0" {
		fail("version", "want 2.1.0, got %v", doc["version"])
	}
	if s, _ := doc["$schema"].(string); !strings.Contains(s, "sarif-2.1.0") {
		fail("$schema", "want the SARIF 2.1.0 schema, got %q", s)
	}
	for i, rv := range arr(doc["runs"], "runs", 1) {
		rp := fmt.Sprintf("runs[%d]", i)
		run := obj(rv, rp)
		if run == nil {
			continue
		}
		baseIDs, _ = run["originalUriBaseIds"].(map[string]any)
		driver := obj(obj(run["tool"], rp+".tool")["driver"], rp+".tool.driver")
		str(driver, "name", rp+".tool.driver")
		rules := arr(driver["rules"], rp+".tool.driver.rules", 1)
		for j, rule := range rules {
			p := fmt.Sprintf("%s.tool.driver.rules[%d]", rp, j)
			m := obj(rule, p)
			str(m, "id", p)
			for _, k := range []string{"shortDescription", "fullDescription", "help"} {
				message(m[k], p+"."+k)
			}
			if u := str(m, "helpUri", p); !strings.HasPrefix(u, "https://") {
				fail(p+".helpUri", "want an absolute URI, got %q", u)
			}
		}
		for j, resv := range arr(run["results"], rp+".results", 0) {
			p := fmt.Sprintf("%s.results[%d]", rp, j)
			res := obj(resv, p)
			message(res["message"], p+".message")
			id := str(res, "ruleId", p)
			if idx, ok := res["ruleIndex"].(float64); ok && idx >= 0 {
				if int(idx) >= len(rules) || obj(rules[int(idx)], p)["id"] != id {
					fail(p+".ruleIndex", "does not refer to rule %s", id)
				}
			}
			switch lvl := res["level"]; lvl {
			case "none", "note", "warning", "error":
			default:
				fail(p+".level", "invalid level %v", lvl)
			}
			for k, l := range arr(res["locations"], p+".locations", 1) {
				location(l, fmt.Sprintf("%s.locations[%d]", p, k))
			}
			if rel, ok := res["relatedLocations"]; ok {
				for k, l := range arr(rel, p+".relatedLocations", 1) {
					location(l, fmt.Sprintf("%s.relatedLocations[%d]", p, k))
				}
			}
			if fixes, ok := res["fixes"]; ok {
				for k, fv := range arr(fixes, p+".fixes", 1) {
					fp := fmt.Sprintf("%s.fixes[%d]", p, k)
					fix := obj(fv, fp)
					if d, ok := fix["description"]; ok {
						message(d, fp+".description")
					}
					for c, cv := range arr(fix["artifactChanges"], fp+".artifactChanges", 1) {
						cp := fmt.Sprintf("%s.artifactChanges[%d]", fp, c)
						change := obj(cv, cp)
						artifactLocation(change["artifactLocation"], cp+".artifactLocation")
						for rpl, repv := range arr(change["replacements"], cp+".replacements", 1) {
							pp := fmt.Sprintf("%s.replacements[%d]", cp, rpl)
							rep := obj(repv, pp)
							region(rep["deletedRegion"], pp+".deletedRegion")
							if ic, ok := rep["insertedContent"]; ok {
								if _, ok := obj(ic, pp+".insertedContent")["text"].(string); !ok {
									fail(pp+".insertedContent", "needs text")
								}
							}
						}
					}
				}
			}
		}
		for j, inv := range arr(run["invocations"], rp+".invocations", 0) {
			if _, ok := obj(inv, fmt.Sprintf("%s.invocations[%d]", rp, j))["executionSuccessful"].(bool); !ok {
				fail(fmt.Sprintf("%s.invocations[%d]", rp, j), "executionSuccessful is required")
			}
		}
	}
	return errs
}

// TestValidateSARIFRejects shows that validateSARIF catches the mistakes
// it is there for, so that TestSARIF cannot pass vacuously.
func TestValidateSARIFRejects(t *testing.T) {
	t.Parallel()
	good := `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"viewcheck","rules":[{"id":"VC1001","shortDescription":{"text":"a"},"fullDescription":{"text":"b"},"help":{"text":"c"},"helpUri":"https://x/docs/checks.md#vc1001"}]}},"originalUriBaseIds":{"%SRCROOT%":{"uri":"file:///w/"}},"results":[{"ruleId":"VC1001","ruleIndex":0,"level":"warning","message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"main.go","uriBaseId":"%SRCROOT%"},"region":{"startLine":3,"startColumn":2}}}]}],"invocations":[{"executionSuccessful":true}]}]}`
	var doc map[string]any
	if err := json.Unmarshal([]byte(good), &doc); err != nil {
		t.Fatal(err)
	}
	if errs := sarifErrors(doc); len(errs) != 0 {
		t.Fatalf("a valid log was rejected: %v", errs)
	}
	for _, bad := range []struct{ from, to string }{
		{`"version":"2.1.0"`, `"version":"2.0.0"`},
		{`"message":{"text":"m"}`, `"message":{}`},
		{`"startLine":3`, `"startLine":0`},
		{`"uriBaseId":"%SRCROOT%"`, `"uriBaseId":"%OTHER%"`},
		{`"ruleIndex":0`, `"ruleIndex":1`},
		{`"level":"warning"`, `"level":"fatal"`},
		{`"executionSuccessful":true`, `"exitCode":0`},
	} {
		var doc map[string]any
		if err := json.Unmarshal([]byte(strings.Replace(good, bad.from, bad.to, 1)), &doc); err != nil {
			t.Fatal(err)
		}
		if errs := sarifErrors(doc); len(errs) == 0 {
			t.Errorf("replacing %s by %s: the invalid log was accepted", bad.from, bad.to)
		}
	}
}

// validateSARIFWithMultitool runs Microsoft's SARIF validator, the
// reference implementation of the schema and the spec's rules, when it is
// installed (npm install @microsoft/sarif-multitool; its command is found
// through $SARIF_MULTITOOL or on $PATH). It is optional: validateSARIF
// covers the schema's requirements without it.
func validateSARIFWithMultitool(t *testing.T, data []byte) {
	t.Helper()
	tool := os.Getenv("SARIF_MULTITOOL")
	if tool == "" {
		tool, _ = exec.LookPath("sarif-multitool")
	}
	if tool == "" {
		t.Log("sarif-multitool not installed (npm install -g @microsoft/sarif-multitool): validated against the schema's rules in Go only")
		return
	}
	file := filepath.Join(t.TempDir(), "out.sarif")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "validate", file).CombinedOutput()
	if err != nil {
		t.Fatalf("sarif-multitool validate: %v\n%s", err, out)
	}
	if regexp.MustCompile(`: error [A-Z]+[0-9]+:`).Match(out) {
		t.Errorf("sarif-multitool validate reports errors:\n%s", out)
	}
}

// ignored is buggy with the finding suppressed.
var ignored = strings.Replace(buggy, "\ts.Set(100, 0)\n",
	"\t//lint:ignore VC1001 the demo prints the changed base on purpose\n\ts.Set(100, 0)\n", 1)

func TestIgnoreDirective(t *testing.T) {
	t.Parallel()
	for name, src := range map[string]string{
		"line": ignored,
		"file": strings.Replace(buggy, "package main\n", "//lint:file-ignore VC1001 a demo of views\n\npackage main\n", 1),
	} {
		t.Run(name, func(t *testing.T) {
			dir := newModule(t, map[string]string{"main.go": src})
			if r := runIn(t, dir, "go", "vet", "-vettool="+viewcheckBinary(t), "./..."); r.code != 0 || strings.Contains(r.stderr, "VC1001") {
				t.Errorf("go vet: want the finding suppressed\n%v", r)
			}
			if r := viewcheck(t, dir, "./..."); r.code != 0 || r.stdout != "" {
				t.Errorf("text: want the finding suppressed\n%v", r)
			}
			if r := viewcheck(t, dir, "-f", "json", "./..."); r.code != 0 || strings.TrimSpace(r.stdout) != "[]" {
				t.Errorf("json: want [] and exit status 0\n%v", r)
			}
			r := viewcheck(t, dir, "-f", "sarif", "./...")
			var log sarifLog
			if err := json.Unmarshal([]byte(r.stdout), &log); err != nil || r.code != 0 || len(log.Runs) != 1 || len(log.Runs[0].Results) != 0 {
				t.Errorf("sarif: want no results and exit status 0 (%v)\n%v", err, r)
			}
			if r := viewcheck(t, dir, "-fix", "./..."); r.code != 0 {
				t.Errorf("-fix: want exit status 0\n%v", r)
			}
			if got, _ := os.ReadFile(filepath.Join(dir, "main.go")); string(got) != src {
				t.Errorf("-fix changed a file whose finding is suppressed:\n%s", got)
			}
		})
	}
}

func TestIgnoreDirectiveNeedsReason(t *testing.T) {
	t.Parallel()
	src := strings.Replace(buggy, "\ts.Set(100, 0)\n", "\t//lint:ignore VC1001\n\ts.Set(100, 0)\n", 1)
	dir := newModule(t, map[string]string{"main.go": src})
	r := viewcheck(t, dir, "./...")
	if r.code != 1 || !strings.Contains(r.stdout, "(VC1000)") {
		t.Errorf("a directive without a reason: want a VC1000 finding\n%v", r)
	}
	// docs/checks.md#vc1000 says such a directive suppresses nothing.
	if !strings.Contains(r.stdout, "(VC1001)") {
		t.Errorf("a directive without a reason must not suppress the finding\n%v", r)
	}
}

func TestChecksFlag(t *testing.T) {
	t.Parallel()
	dir := newModule(t, map[string]string{"main.go": buggy})
	for _, tc := range []struct {
		checks string
		code   int
	}{
		{"all,-VC1004", 1},
		{"-VC1004", 1},
		{"-VC1001", 0},
		{"all,-view-write", 0},
		{"VC1003,VC1005", 0},
		{"VC9999", 2},
	} {
		r := viewcheck(t, dir, "-checks="+tc.checks, "./...")
		if r.code != tc.code {
			t.Errorf("-checks=%s: want exit status %d\n%v", tc.checks, tc.code, r)
		}
	}
	r := runIn(t, dir, "go", "vet", "-vettool="+viewcheckBinary(t), "-checks=-VC1001,VC1003", "./...")
	if r.code != 0 || strings.Contains(r.stderr, "VC1001") {
		t.Errorf("go vet -checks: want VC1001 turned off\n%v", r)
	}
}

// TestVerbose checks that -verbose, in both modes, names a call the
// analyzer does not follow, and that without it nothing is said.
func TestVerbose(t *testing.T) {
	t.Parallel()
	dir := newModule(t, map[string]string{"main.go": `package main

import "github.com/viewcheck/viewcheck/ndarray"

func apply(a *ndarray.Array[float64], edit func(*ndarray.Array[float64])) {
	edit(a)
}

func main() {
	apply(ndarray.Zeros[float64](2), func(a *ndarray.Array[float64]) { a.Fill(1) })
}
`})
	const note = "main.go:6:6: not followed: an array passed to a function value"
	r := viewcheck(t, dir, "-verbose", "./...")
	if r.code != 0 || !strings.Contains(r.stderr, note) {
		t.Errorf("viewcheck -verbose: want exit status 0 and %q on stderr\n%v", note, r)
	}
	if r := viewcheck(t, dir, "./..."); strings.Contains(r.stderr, "not followed") {
		t.Errorf("viewcheck without -verbose explains what it skipped\n%v", r)
	}
	r = runIn(t, dir, "go", "vet", "-vettool="+viewcheckBinary(t), "-verbose", "./...")
	if r.code != 0 || !strings.Contains(r.stderr, note) {
		t.Errorf("go vet -verbose: want exit status 0 and %q on stderr\n%v", note, r)
	}
}

func TestTypeError(t *testing.T) {
	t.Parallel()
	dir := newModule(t, map[string]string{
		"main.go": buggy,
		"bad/bad.go": `package bad

var N int = "three"
`,
		"uses/uses.go": `package uses

import "example.com/user/bad"

var M = bad.N
`,
	})
	r := viewcheck(t, dir, "./...")
	if r.code != 2 {
		t.Errorf("want exit status 2 for a package that does not compile\n%v", r)
	}
	for _, want := range []string{
		"example.com/user/bad does not compile", "bad/bad.go:3:", `"three"`,
		"example.com/user/uses not analyzed: it imports a package that does not compile",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("the error does not say %q\n%v", want, r)
		}
	}
	// The package that compiles is still checked.
	if !textFinding.MatchString(r.stdout) {
		t.Errorf("the finding in the package that compiles is missing\n%v", r)
	}
}

func TestUsageErrors(t *testing.T) {
	t.Parallel()
	dir := newModule(t, map[string]string{"main.go": buggy})
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"./nothing/..."}, "nothing"},
		{[]string{"example.com/user/missing"}, "example.com/user/missing"},
		{[]string{"-f", "xml", "./..."}, `unknown format`},
		{[]string{"-no-such-flag", "./..."}, "flag provided but not defined"},
	} {
		r := viewcheck(t, dir, tc.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("viewcheck %s: want exit status 2 and a message containing %q\n%v", strings.Join(tc.args, " "), tc.want, r)
		}
	}
	// No pattern means the package in the current directory, as for go vet.
	if r := viewcheck(t, dir); r.code != 1 || !textFinding.MatchString(r.stdout) {
		t.Errorf("viewcheck with no arguments: want the finding in .\n%v", r)
	}
	// An empty directory is a pattern that matches nothing.
	if err := os.Mkdir(filepath.Join(dir, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	if r := viewcheck(t, dir, "./empty/..."); r.code != 2 || !strings.Contains(r.stderr, "pattern ./empty/... matches no packages") {
		t.Errorf("viewcheck ./empty/...: want exit status 2 and a message\n%v", r)
	}
}

func TestExplain(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, c := range analyzer.Checks {
		for _, arg := range []string{c.ID, strings.ToLower(c.ID), c.Name} {
			r := viewcheck(t, dir, "-explain", arg)
			if r.code != 0 {
				t.Errorf("-explain %s: exit status %d\n%v", arg, r.code, r)
				continue
			}
			for _, want := range []string{c.Title, strings.Split(c.Text, "\n")[0], strings.Split(c.Before, "\n")[0], checkURL(c.ID)} {
				if !strings.Contains(r.stdout, want) {
					t.Errorf("-explain %s does not print %q\n%v", arg, want, r)
				}
			}
		}
	}
	if r := viewcheck(t, dir, "-explain", "VC1000"); r.code != 0 || !strings.Contains(r.stdout, "needs") && !strings.Contains(r.stdout, "reason") {
		t.Errorf("-explain VC1000\n%v", r)
	}
	if r := viewcheck(t, dir, "-explain", "VC1999"); r.code != 2 || !strings.Contains(r.stderr, `unknown check "VC1999"`) {
		t.Errorf("-explain VC1999: want exit status 2 and an error\n%v", r)
	}
}

func TestListChecksAndVersion(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	r := viewcheck(t, dir, "-list-checks")
	for _, c := range analyzer.Checks {
		if !regexp.MustCompile(`(?m)^` + c.ID + `\s+` + regexp.QuoteMeta(c.Name) + `\s`).MatchString(r.stdout) {
			t.Errorf("-list-checks does not list %s %s\n%v", c.ID, c.Name, r)
		}
	}
	if r := viewcheck(t, dir, "-version"); r.code != 0 || !strings.HasPrefix(r.stdout, "viewcheck ") {
		t.Errorf("-version\n%v", r)
	}
}

// TestExamples runs the README's command on docs/examples: one finding of
// the right check per bug example, none for the clean one, exit status 1.
func TestExamples(t *testing.T) {
	t.Parallel()
	r := viewcheck(t, repoRoot(t), "-f", "json", "./docs/examples/...")
	if r.code != 1 {
		t.Errorf("viewcheck ./docs/examples/...: want exit status 1\n%v", r)
	}
	var findings []jsonFinding
	if err := json.Unmarshal([]byte(r.stdout), &findings); err != nil {
		t.Fatalf("%v\n%v", err, r)
	}
	got := make(map[string][]string) // example directory -> checks found
	for _, f := range findings {
		dir := filepath.Base(filepath.Dir(f.File))
		got[dir] = append(got[dir], f.Check)
	}
	// The examples of checks on a library's contracts are a module of
	// their own per library, which requires it.
	libraries := make(map[string]bool)
	for _, c := range analyzer.Checks {
		if c.Library != "" && !libraries[c.Library] {
			libraries[c.Library] = true
			lib := filepath.Join(repoRoot(t), "docs", "examples", c.Library)
			download := exec.Command("go", "mod", "download")
			download.Dir = lib
			if out, err := download.CombinedOutput(); err != nil {
				t.Fatalf("go mod download in %s: %v\n%s", lib, err, out)
			}
			r := viewcheck(t, lib, "-f", "json", "./...")
			var fs []jsonFinding
			if err := json.Unmarshal([]byte(r.stdout), &fs); err != nil {
				t.Fatalf("%v\n%v", err, r)
			}
			for _, f := range fs {
				dir := c.Library + "/" + filepath.Base(filepath.Dir(f.File))
				got[dir] = append(got[dir], f.Check)
			}
		}
	}
	for _, c := range analyzer.Checks {
		dir := exampleDir(c)
		if dir == "" {
			continue
		}
		if _, err := os.Stat(filepath.Join(repoRoot(t), "docs", "examples", dir, "main.go")); err != nil {
			t.Errorf("no example for %s: %v", c.ID, err)
			continue
		}
		if len(got[dir]) != 1 || got[dir][0] != c.ID {
			t.Errorf("docs/examples/%s: want exactly one %s finding, got %v", dir, c.ID, got[dir])
		}
		// A check whose example is about an array library shows its
		// Go-slice side in a second one.
		if c.SliceBefore != "" {
			if dir := sliceExampleDir(c); len(got[dir]) != 1 || got[dir][0] != c.ID {
				t.Errorf("docs/examples/%s: want exactly one %s finding, got %v", dir, c.ID, got[dir])
			}
		}
	}
	if len(got["clean"]) != 0 {
		t.Errorf("docs/examples/clean: want no findings, got %v", got["clean"])
	}
}

// TestFixExamples applies every suggested fix to a copy of docs/examples:
// the fixed programs must be gofmt-clean, build, and give no findings.
func TestFixExamples(t *testing.T) {
	t.Parallel()
	files := make(map[string]string)
	matches, err := filepath.Glob(filepath.Join(repoRoot(t), "docs", "examples", "*", "main.go"))
	if err != nil || len(matches) == 0 {
		t.Fatalf("no examples found: %v", err)
	}
	for _, m := range matches {
		src, err := os.ReadFile(m)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Join("examples", filepath.Base(filepath.Dir(m)), "main.go")] = string(src)
	}
	dir := newModule(t, files)
	if r := viewcheck(t, dir, "-fix", "./..."); r.code != 0 {
		t.Fatalf("viewcheck -fix on the examples: want exit status 0 (every finding fixed)\n%v", r)
	}
	if r := runIn(t, dir, "gofmt", "-l", "."); r.code != 0 || r.stdout != "" {
		t.Errorf("fixed examples are not gofmt-clean:\n%v", r)
	}
	if r := runIn(t, dir, "go", "build", "./..."); r.code != 0 {
		t.Errorf("fixed examples do not build:\n%v", r)
	}
	if r := viewcheck(t, dir, "./..."); r.code != 0 || r.stdout != "" {
		t.Errorf("fixed examples still have findings:\n%v", r)
	}
}

// TestTestsAndTags checks -tests and -tags: a bug in a test file is found
// unless -tests=false, and one in a file with a build tag only with -tags.
func TestTestsAndTags(t *testing.T) {
	t.Parallel()
	body := func(name string) string {
		return "func " + name + "() {\n\tarr := ndarray.FromSlice([]int{2, 4, 6, 8, 10})\n\ts := arr.Slice(ndarray.S(1, 3))\n\ts.Set(100, 0)\n\tfmt.Println(arr)\n}\n"
	}
	imports := "import (\n\t\"fmt\"\n\n\t\"github.com/viewcheck/viewcheck/ndarray\"\n)\n\n"
	dir := newModule(t, map[string]string{
		"p/p.go":         "package p\n",
		"p/p_test.go":    "package p\n\n" + imports + body("inTest"),
		"p/p_special.go": "//go:build special\n\npackage p\n\n" + imports + body("inTagged"),
	})
	for _, tc := range []struct {
		args []string
		want string // the file with the finding; "" for none
	}{
		{[]string{"./..."}, "p/p_test.go"},
		{[]string{"-tests=false", "./..."}, ""},
		{[]string{"-tests=false", "-tags=special", "./..."}, "p/p_special.go"},
	} {
		r := viewcheck(t, dir, tc.args...)
		switch {
		case tc.want == "" && (r.code != 0 || r.stdout != ""):
			t.Errorf("viewcheck %s: want no findings\n%v", strings.Join(tc.args, " "), r)
		case tc.want != "" && (r.code != 1 || !strings.HasPrefix(r.stdout, tc.want+":") || strings.Count(r.stdout, "\n") != 1):
			t.Errorf("viewcheck %s: want one finding in %s\n%v", strings.Join(tc.args, " "), tc.want, r)
		}
	}
}
