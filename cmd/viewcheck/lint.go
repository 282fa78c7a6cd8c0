package main

import (
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/viewcheck/viewcheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Exit statuses of the standalone linter.
const (
	exitClean    = 0
	exitFindings = 1
	exitError    = 2
)

// options are the standalone linter's flags.
type options struct {
	format     string
	checks     string
	explain    string
	listChecks bool
	fix        bool
	diff       bool
	tests      bool
	tags       string
	version    bool
	verbose    bool
	contracts  string
}

const usageText = `viewcheck reports aliasing bugs of array views and copies (ndarray, gonum, Go slices).

Usage:
  viewcheck [flags] [packages]         lint packages (patterns as for go build; default .)
  viewcheck -explain VC1001            explain a check
  viewcheck -list-checks               list the checks
  go vet -vettool=$(which viewcheck) [-fix] [-diff] [-json] packages...

Exit status: 0 nothing found, 1 findings, 2 usage or load error.

Flags:
`

// runLinter runs the standalone linter and returns its exit status.
func runLinter(args []string, stdout, stderr io.Writer) int {
	var o options
	fs := flag.NewFlagSet("viewcheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.format, "f", "text", "output `format`: text, json or sarif")
	// The analyzer's own description: the list means what it means there.
	fs.StringVar(&o.checks, "checks", "", analyzer.Analyzer.Flags.Lookup("checks").Usage)
	fs.StringVar(&o.explain, "explain", "", "print the documentation of a `check` (VC1001 or view-write) and exit")
	fs.BoolVar(&o.listChecks, "list-checks", false, "list the checks and exit")
	fs.BoolVar(&o.fix, "fix", false, "apply the suggested fixes to the source files")
	fs.BoolVar(&o.diff, "diff", false, "print the suggested fixes as a unified diff instead of applying them")
	fs.BoolVar(&o.tests, "tests", true, "analyze test files too")
	fs.StringVar(&o.tags, "tags", "", "comma-separated `list` of build tags")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.StringVar(&o.contracts, "contracts", "", "comma-separated contracts `files` for libraries without //viewcheck: directives (docs/contracts.md); viewcheck.contracts at the module root is read without it")
	fs.BoolVar(&o.verbose, "verbose", false, "explain on stderr what the analyzer skipped and why (calls it does not follow, code it cannot support)")
	fs.Usage = func() {
		fmt.Fprint(stderr, usageText)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}

	switch {
	case o.version:
		fmt.Fprintln(stdout, versionString())
		return exitClean
	case o.listChecks:
		listChecks(stdout)
		return exitClean
	case o.explain != "":
		c, err := explainCheck(o.explain)
		if err != nil {
			fmt.Fprintf(stderr, "viewcheck: -explain: %v\n", err)
			return exitError
		}
		fmt.Fprint(stdout, explainText(c))
		return exitClean
	}

	switch o.format {
	case "text", "json", "sarif":
	default:
		fmt.Fprintf(stderr, "viewcheck: -f %q: unknown format (want text, json or sarif)\n", o.format)
		return exitError
	}
	// The analyzer reads the list and drops the findings of the checks it
	// turns off, as under go vet and golangci-lint; setting its flag checks
	// the list before any package is loaded.
	if err := analyzer.Analyzer.Flags.Set("checks", o.checks); err != nil {
		fmt.Fprintf(stderr, "viewcheck: -checks: %v\n", err)
		return exitError
	}
	if o.contracts != "" {
		if err := analyzer.Analyzer.Flags.Set("contracts", o.contracts); err != nil {
			fmt.Fprintf(stderr, "viewcheck: -contracts: %v\n", err)
			return exitError
		}
	}
	if o.verbose {
		if err := analyzer.Analyzer.Flags.Set("verbose", "true"); err != nil {
			fmt.Fprintf(stderr, "viewcheck: -verbose: %v\n", err)
			return exitError
		}
	}
	patterns := fs.Args()
	if len(patterns) == 1 && patterns[0] == "help" {
		fs.SetOutput(stdout)
		fmt.Fprint(stdout, usageText)
		fs.PrintDefaults()
		return exitClean
	}
	if len(patterns) == 0 {
		// Like go vet: the package in the current directory. Editors that
		// run a lint tool in the file's directory rely on it.
		patterns = []string{"."}
	}

	prog := newProgress(stderr)
	defer prog.stop()

	prog.setf("loading packages: %s", strings.Join(patterns, " "))
	pkgs, err := load(patterns, o)
	if err != nil {
		prog.stop()
		fmt.Fprintf(stderr, "viewcheck: %v\n", err)
		return exitError
	}
	loadErrs := packageErrors(pkgs)
	loadErrs = append(loadErrs, unmatchedPatterns(patterns, pkgs)...)

	a := analyzer.Analyzer
	if prog.enabled() {
		a = prog.wrap(a, pkgs)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	prog.stop()
	if err != nil {
		fmt.Fprintf(stderr, "viewcheck: %v\n", err)
		return exitError
	}
	findings, analysisErrs := collect(graph)

	code := exitClean
	if len(findings) > 0 {
		code = exitFindings
	}
	toPrint := findings
	if o.fix || o.diff {
		unfixed, err := applyFixes(findings, o.diff, stdout, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "viewcheck: %v\n", err)
			return exitError
		}
		toPrint = unfixed
		if o.fix && !o.diff && len(unfixed) == 0 {
			code = exitClean
		}
	}
	if o.diff {
		// Standard output holds the patch; the findings that it does not
		// fix go to standard error so that the patch stays applicable.
		if err := printFindings(toPrint, "text", stderr); err != nil {
			fmt.Fprintf(stderr, "viewcheck: %v\n", err)
			return exitError
		}
	} else if err := printFindings(toPrint, o.format, stdout); err != nil {
		fmt.Fprintf(stderr, "viewcheck: %v\n", err)
		return exitError
	}

	printed := make(map[string]bool) // a package and its test variant fail alike
	for _, e := range append(loadErrs, analysisErrs...) {
		if !printed[e] {
			printed[e] = true
			fmt.Fprintf(stderr, "viewcheck: %s\n", e)
		}
	}
	if len(loadErrs)+len(analysisErrs) > 0 {
		code = exitError
	}
	return code
}

// load loads the packages matching patterns with everything the checker
// needs: syntax and types for every package, since the analyzer's facts
// are computed for dependencies too.
func load(patterns []string, o options) ([]*packages.Package, error) {
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax | packages.NeedModule,
		Tests: o.tests,
	}
	if o.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + o.tags}
	}
	goroot := goRoot()
	if goroot != "" {
		goroot += string(filepath.Separator)
		cfg.ParseFile = parseFileSkippingStdBodies(goroot, stdRootFiles(cfg, patterns, goroot))
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	if goroot != "" {
		forgiveStrippedBodies(pkgs, goroot)
	}
	if o.tests {
		pkgs = dropTestDuplicates(pkgs)
	}
	return pkgs, nil
}

// stdRootFiles lists the files of the standard library packages that the
// patterns match (viewcheck std, or run inside GOROOT/src): those are
// analyzed, so they keep their bodies. It asks the go command for file
// names only, which costs a fraction of the load.
func stdRootFiles(cfg *packages.Config, patterns []string, goroot string) map[string]bool {
	roots, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedFiles, Tests: cfg.Tests, BuildFlags: cfg.BuildFlags}, patterns...)
	files := make(map[string]bool)
	if err != nil {
		return files
	}
	for _, p := range roots {
		for _, f := range p.GoFiles {
			if strings.HasPrefix(f, goroot) {
				files[f] = true
			}
		}
	}
	return files
}

// parseFileSkippingStdBodies returns a parser for packages.Config that
// drops the function bodies of files under goroot, except those of the
// packages being analyzed (keep). The checker needs the standard library's
// packages type-checked from source for their types, and without bodies
// that takes a fraction of the time and memory. What is lost is the facts
// a standard library body would give (a function that reorders or keeps
// its argument): the shipped contracts (std.contracts) state those for the
// functions that matter, and go vet, which analyzes every dependency in
// full, gives the same findings.
func parseFileSkippingStdBodies(goroot string, keep map[string]bool) func(*token.FileSet, string, []byte) (*ast.File, error) {
	return func(fset *token.FileSet, filename string, src []byte) (*ast.File, error) {
		if !strings.HasPrefix(filename, goroot) || keep[filename] {
			return parser.ParseFile(fset, filename, src, parser.AllErrors|parser.ParseComments)
		}
		f, err := parser.ParseFile(fset, filename, src, parser.SkipObjectResolution)
		if f != nil {
			for _, d := range f.Decls {
				// A generic function without a body is an error, not a
				// declaration of an external function; keep those.
				if fn, ok := d.(*ast.FuncDecl); ok && fn.Type.TypeParams == nil && !hasTypeParams(fn.Recv) {
					fn.Body = nil
				}
			}
		}
		return f, err
	}
}

// hasTypeParams reports whether a method's receiver is a generic type,
// T[P] or T[P, Q], possibly behind a pointer.
func hasTypeParams(recv *ast.FieldList) bool {
	if recv == nil || len(recv.List) == 0 {
		return false
	}
	t := recv.List[0].Type
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	switch t.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

// forgiveStrippedBodies clears the errors that dropping function bodies
// causes in standard library packages (imports used only in bodies are
// now unused). Those errors are soft: the package's types are complete.
// A package with any other error keeps all of them.
func forgiveStrippedBodies(pkgs []*packages.Package, goroot string) {
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		// Post-order: the imports are settled first, and a package is
		// ill-typed if it has errors or imports an ill-typed package.
		if len(p.Errors) > 0 && len(p.GoFiles) > 0 && strings.HasPrefix(p.GoFiles[0], goroot) && allSoft(p) {
			p.Errors, p.TypeErrors = nil, nil
		}
		p.IllTyped = len(p.Errors) > 0
		for _, imp := range p.Imports {
			if imp.IllTyped {
				p.IllTyped = true
			}
		}
	})
}

// allSoft reports whether all of a package's errors are soft type errors.
func allSoft(p *packages.Package) bool {
	if len(p.TypeErrors) != len(p.Errors) {
		return false
	}
	for _, e := range p.TypeErrors {
		if !e.Soft {
			return false
		}
	}
	return true
}

// goRoot returns the GOROOT of the go command that loads the packages,
// which need not be the one this binary was built with.
func goRoot() string {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// dropTestDuplicates removes, when test variants were loaded, the packages
// that a test variant contains entirely (p when "p [p.test]" exists) and
// the generated test mains, so that no file is analyzed twice.
func dropTestDuplicates(pkgs []*packages.Package) []*packages.Package {
	hasTestVariant := make(map[string]bool)
	for _, p := range pkgs {
		if p.ForTest != "" && p.PkgPath == p.ForTest {
			hasTestVariant[p.PkgPath] = true
		}
	}
	var out []*packages.Package
	for _, p := range pkgs {
		if p.ForTest == "" && hasTestVariant[p.PkgPath] {
			continue
		}
		if p.Name == "main" && strings.HasSuffix(p.ID, ".test") && strings.HasSuffix(p.PkgPath, ".test") {
			continue
		}
		out = append(out, p)
	}
	return out
}

// packageErrors describes the packages that could not be loaded or do not
// compile, each with its first few errors, in a form that says what went
// wrong: "package example.com/m/p does not compile: p.go:5:9: undefined: x".
func packageErrors(pkgs []*packages.Package) []string {
	var out []string
	seen := make(map[string]bool)
	for _, p := range pkgs {
		if len(p.Errors) == 0 || seen[p.PkgPath] {
			continue
		}
		seen[p.PkgPath] = true
		kind := "cannot be loaded"
		for _, e := range p.Errors {
			if e.Kind == packages.TypeError || e.Kind == packages.ParseError {
				kind = "does not compile"
				break
			}
		}
		var msgs []string
		for i, e := range p.Errors {
			if i == 5 {
				msgs = append(msgs, fmt.Sprintf("... and %d more errors", len(p.Errors)-i))
				break
			}
			msg := e.Msg
			if e.Pos != "" && e.Pos != "-" {
				msg = relPath(e.Pos) + ": " + msg
			}
			msgs = append(msgs, msg)
		}
		name := p.PkgPath
		if name == "" {
			name = p.ID
		}
		out = append(out, fmt.Sprintf("package %s %s:\n\t%s", name, kind, strings.Join(msgs, "\n\t")))
	}
	sort.Strings(out)
	return out
}

// unmatchedPatterns reports the patterns that matched no package. The go
// command only warns about them, but a lint step that silently checks
// nothing would pass for the wrong reason.
func unmatchedPatterns(patterns []string, pkgs []*packages.Package) []string {
	var out []string
	errorPkg := make(map[string]bool)
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			errorPkg[p.ID] = true
		}
	}
	for _, pat := range patterns {
		// A pattern the go command could not resolve comes back as a
		// package with an error, which packageErrors reports.
		if !errorPkg[pat] && !patternMatchesAny(pat, pkgs) {
			out = append(out, fmt.Sprintf("pattern %s matches no packages", pat))
		}
	}
	return out
}

// patternMatchesAny reports whether some loaded package matches pat. Meta
// patterns (all, std, cmd, tool, work) are taken as matching.
func patternMatchesAny(pat string, pkgs []*packages.Package) bool {
	switch pat {
	case "all", "std", "cmd", "tool", "work":
		return true
	}
	if strings.HasSuffix(pat, ".go") {
		return len(pkgs) > 0 // command-line-arguments
	}
	if filepath.IsAbs(pat) || pat == "." || pat == ".." || strings.HasPrefix(pat, "./") || strings.HasPrefix(pat, "../") {
		abs, err := filepath.Abs(pat)
		if err != nil {
			return true
		}
		// "..." may stand anywhere in a path pattern (./vw... matches
		// ./vwsplit), as in the go command.
		re := importPatternRegexp(filepath.ToSlash(abs))
		for _, p := range pkgs {
			if re.MatchString(filepath.ToSlash(packageDir(p))) {
				return true
			}
		}
		return false
	}
	re := importPatternRegexp(pat)
	for _, p := range pkgs {
		if re.MatchString(p.PkgPath) {
			return true
		}
	}
	return false
}

// packageDir returns the directory of a loaded package, which may be known
// only from its files.
func packageDir(p *packages.Package) string {
	if p.Dir != "" {
		return p.Dir
	}
	for _, f := range append(append([]string{}, p.GoFiles...), p.CompiledGoFiles...) {
		return filepath.Dir(f)
	}
	return ""
}

// importPatternRegexp compiles an import path pattern as the go command
// interprets it: "..." matches any string, and "x/..." matches x too.
func importPatternRegexp(pat string) *regexp.Regexp {
	re := regexp.QuoteMeta(pat)
	re = strings.ReplaceAll(re, `\.\.\.`, `.*`)
	if strings.HasSuffix(re, `/.*`) {
		re = strings.TrimSuffix(re, `/.*`) + `(/.*)?`
	}
	return regexp.MustCompile(`^` + re + `$`)
}

// A finding is one diagnostic with the file set it was reported against.
type finding struct {
	diag analysis.Diagnostic
	fset *token.FileSet
	pos  token.Position
	end  token.Position
}

// rootCause returns the error of the first failed action under act that
// failed on its own (not for a failed prerequisite): a bad contracts file
// fails every package, and "failed prerequisites: fmt" would hide why.
func rootCause(act *checker.Action) error {
	seen := make(map[*checker.Action]bool)
	var find func(a *checker.Action) error
	find = func(a *checker.Action) error {
		if seen[a] || a.Err == nil {
			return nil
		}
		seen[a] = true
		for _, dep := range a.Deps {
			if err := find(dep); err != nil {
				return err
			}
		}
		return a.Err
	}
	if err := find(act); err != nil {
		return err
	}
	return act.Err
}

// collect gathers the root actions' diagnostics, sorted by position and
// without the duplicates that a file in several packages (p and its test
// variant) would give, and the analysis errors.
func collect(graph *checker.Graph) ([]*finding, []string) {
	type key struct {
		pos     token.Position
		message string
	}
	seen := make(map[key]bool)
	var out []*finding
	var errs []string
	for _, act := range graph.Roots {
		if act.Err != nil {
			switch {
			case len(act.Package.Errors) > 0:
				// packageErrors reports the package's own errors.
			case act.Package.IllTyped:
				errs = append(errs, fmt.Sprintf("package %s not analyzed: it imports a package that does not compile", act.Package.PkgPath))
			default:
				errs = append(errs, fmt.Sprintf("analyzing %s: %v", act.Package.PkgPath, rootCause(act)))
			}
			continue
		}
		for _, d := range act.Diagnostics {
			f := &finding{diag: d, fset: act.Package.Fset, pos: act.Package.Fset.Position(d.Pos)}
			if d.End.IsValid() {
				f.end = act.Package.Fset.Position(d.End)
			}
			k := key{f.pos, d.Message}
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].pos, out[j].pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	return out, errs
}

// versionString describes this binary: the module version it was built
// from (a tag with go install ...@v0.1.0, "(devel)" in a checkout) and the
// Go version that built it.
func versionString() string {
	version := "(devel)"
	goVersion := ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			version = bi.Main.Version
		}
		goVersion = bi.GoVersion
	}
	return fmt.Sprintf("viewcheck %s (%s)", version, goVersion)
}

// relPath returns a "file:line:col" or file name relative to the working
// directory when it lies under it, as go build prints them.
func relPath(s string) string {
	wd, err := os.Getwd()
	if err != nil || !filepath.IsAbs(s) {
		return s
	}
	rel, err := filepath.Rel(wd, s)
	if err != nil || strings.HasPrefix(rel, "..") {
		return s
	}
	return rel
}
