package analyzer

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"reflect"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
	"github.com/viewcheck/viewcheck/analyzer/internal/contract"
)

// Analyzer reports the aliasing bugs of array views and copies. Every
// diagnostic's Category is its check ID and its message ends with the ID in
// parentheses, for example "(VC1001)".
var Analyzer = &analysis.Analyzer{
	Name:  "viewcheck",
	Doc:   "report aliasing bugs of array views and copies and of Go slices (writes through views, lost writes into copies, stale views, append aliasing, borrowed buffers kept too long)",
	URL:   "https://github.com/viewcheck/viewcheck/blob/main/docs/checks.md",
	Run:   run,
	Flags: flags(),
	// One fact type per line: the checks that run in every package each
	// add theirs.
	FactTypes: []analysis.Fact{
		new(alias.Summary),
		new(alias.ArrayType),
		new(alias.Involved),
		new(alias.Reorders),
		new(alias.WritesSlices),
		new(alias.Appends),
		new(alias.Lends),
		new(SliceRefsFact),
		new(KeepsSlice),
	},
	// A package is analyzed only when it can hold an array; the rest
	// cost a look at their imports' facts.
	ResultType: reflect.TypeFor[*Result](),
}

// Result is the analyzer's result for other passes: the model of every
// function of the package (nil when the package cannot hold an array).
type Result struct {
	Funcs []*alias.Func
}

// FactsOnly makes the pass compute and export its facts and skip the
// search for findings. A build system that runs the analyzer on a
// dependency only for the facts its importers need, and drops its
// diagnostics (go vet's VetxOnly packages: most packages of a go vet run),
// sets it; cmd/viewcheck does, from the vet configuration. The facts are
// the same either way.
var FactsOnly = false

var (
	checksFlag    = "" // the -checks list as given; see ParseChecks
	debugFlag     = false
	contractsFlag = ""
)

func flags() flag.FlagSet {
	var fs flag.FlagSet
	fs.Var(checksValue{&checksFlag}, "checks", "comma-separated `list` of checks to run, applied left to right: all, VC1001, view-write; -VC1004 turns a check off, and a list that starts with such an item edits the default checks (empty: the default checks)")
	fs.StringVar(&contractsFlag, "contracts", "", "comma-separated contracts files for libraries without //viewcheck: directives (docs/contracts.md); "+contract.FileName+" at the module root is read without this flag")
	fs.BoolVar(&debugFlag, "verbose", false, "explain on stderr what was skipped and why (unsupported code, recovered failures)")
	return fs
}

func debugf(format string, args ...any) {
	if debugFlag {
		fmt.Fprintf(os.Stderr, "viewcheck: "+format+"\n", args...)
	}
}

// checksValue is the -checks flag. It refuses a bad list when the flag is
// set, so that go vet, golangci-lint and nogo stop at the configuration
// instead of failing every package. run parses the list again: it is a
// few items, and each pass, concurrent with others, gets its own set.
type checksValue struct{ spec *string }

func (v checksValue) String() string {
	if v.spec == nil { // the zero value the flag package makes for defaults
		return ""
	}
	return *v.spec
}

func (v checksValue) Set(s string) error {
	if _, err := ParseChecks(s); err != nil {
		return err
	}
	*v.spec = s
	return nil
}

// run is the pass over one package (docs/architecture.md). The data flows
// in one direction: contracts and directives say which types are arrays
// and what library calls do; a package that cannot hold an array stops
// there, after the checks that need only syntax; the others are built in
// SSA form and modelled (package alias), their summaries exported as facts
// for the packages that import them, and the checks run over the models
// (dispatch.go). The packageEnd hooks (malformed suppressions) come last.
func run(pass *analysis.Pass) (res any, err error) {
	defer func() {
		if r := recover(); r != nil {
			debugf("%s: internal error, package skipped: %v\n%s", pass.Pkg.Path(), r, debug.Stack())
			res, err = &Result{}, nil
		}
	}()
	enabled, err := ParseChecks(checksFlag)
	if err != nil {
		return nil, err
	}
	contracts, err := loadContracts(pass)
	if err != nil {
		return nil, err
	}
	c := newChecker(pass, enabled, contracts)
	declares := c.readDirectives()
	involved := declares || contracts.involve() || importsInvolved(pass)
	c.runSyntaxChecks()
	if !involved {
		c.finishPackage()
		return &Result{}, nil
	}
	pass.ExportPackageFact(new(alias.Involved))
	funcs := c.buildSSA()
	if funcs == nil {
		return &Result{}, nil
	}
	c.makeModels(funcs)
	// Contracts are looked up as the models need them: one that does
	// not fit what it names shows only now.
	if len(contracts.errs) > 0 {
		return nil, errors.Join(contracts.errs...)
	}
	c.exportSummaries()
	if c.factsOnly {
		return &Result{Funcs: c.funcs}, nil
	}
	c.runChecks()
	c.finishPackage()
	return &Result{Funcs: c.funcs}, nil
}

// importsInvolved reports whether a package this one imports can hold an
// array (its Involved fact).
func importsInvolved(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, new(alias.Involved)) {
			return true
		}
	}
	return false
}
