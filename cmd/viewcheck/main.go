// Command viewcheck reports aliasing bugs in Go array code: in code that
// uses github.com/viewcheck/viewcheck/ndarray or gonum's mat (through
// contracts, docs/contracts.md), writes through views that change data the
// program still treats as unchanged, writes into copies that are lost,
// views kept as snapshots that go stale; in any Go code, functions that
// reorder their caller's slice and writes lost in copies; and the rest of
// the checks in docs/checks.md.
//
// It is one binary with two modes.
//
// As a vet tool it speaks the go vet protocol (-V=full, -flags, one *.cfg
// file per package) through golang.org/x/tools/go/analysis/unitchecker, so
// the go command drives it, caches its results and passes facts between
// packages:
//
//	go vet -vettool=$(which viewcheck) ./...
//	go vet -vettool=$(which viewcheck) -fix ./...   # also -diff, -json
//
// Run directly on package patterns it is a standalone linter:
//
//	viewcheck [flags] [packages]   (default: the package in the current directory)
//
//	-f text|json|sarif  output format (text: file:line:col: message (VC1001))
//	-checks list        checks to run: "all", "VC1001,VC1003", "all,-VC1004", "-VC1004"
//	                    (a list that starts with -ID edits the default checks)
//	-fix                apply the suggested fixes to the files
//	-diff               print the suggested fixes as a unified diff, change nothing
//	-tests              analyze test files too (default true)
//	-tags list          build tags, as for go build
//	-explain VC1001     print what a check finds, an example and the fix
//	-list-checks        list the checks
//	-contracts files    contracts for libraries without directives (docs/contracts.md)
//	-verbose            name on stderr what the analyzer skipped and why
//	-version            print the version
//
// The exit status is 0 when nothing was found, 1 when there are findings
// (in every output format, so that a CI step fails), and 2 for a usage
// error or when packages cannot be loaded (a pattern that matches nothing,
// a package that does not compile); the message on standard error says
// which. With -fix, findings whose fixes were applied no longer count.
//
// Suppressions are the analyzer's job, so they behave the same in every
// mode: //lint:ignore VC1001 reason on the line before the finding, or
// //lint:file-ignore VC1001 reason anywhere in the file.
//
// # Why not lintcmd
//
// honnef.co/go/tools/lintcmd has formats, caching and configuration, but the
// standalone mode here is built on golang.org/x/tools/go/packages and
// golang.org/x/tools/go/analysis/checker instead, because this command needs
// to control exactly the parts lintcmd decides for its own checks: lintcmd
// drops diagnostics whose Category is not the analyzer's name (ours carry the
// check ID), its SARIF rules and -explain point at staticcheck.dev, and its
// exit status and suppression handling follow staticcheck's configuration
// rather than the analyzer's own //lint:ignore handling. The checker package
// runs the analyzer with the same facts as go vet does; what remains
// (formats, fixes, exit status) is small and lives in this package. The
// SARIF types are written here too, so that every required property is
// emitted (honnef.co/go/tools/sarif writes "suppressions": null, which the
// SARIF 2.1.0 schema rejects).
package main

//go:generate go test -run TestChecksDoc$ -update

import (
	"encoding/json"
	"os"
	"strings"

	"github.com/viewcheck/viewcheck/analyzer"
	"golang.org/x/tools/go/analysis/unitchecker"
)

func main() {
	if isVetInvocation(os.Args[1:]) {
		exposeAnalyzerFlags()
		analyzer.FactsOnly = vetFactsOnly(os.Args[len(os.Args)-1])
		unitchecker.Main(analyzer.Analyzer)
		return // unitchecker.Main exits
	}
	os.Exit(runLinter(os.Args[1:], os.Stdout, os.Stderr))
}

// vetFactsOnly reports whether a go vet configuration asks only for the
// package's facts (VetxOnly: a dependency of the packages being vetted,
// whose diagnostics go vet drops). A configuration that cannot be read is
// left to unitchecker, which reports it.
func vetFactsOnly(cfgFile string) bool {
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return false
	}
	var cfg struct{ VetxOnly bool }
	return json.Unmarshal(data, &cfg) == nil && cfg.VetxOnly
}

// isVetInvocation reports whether args follow the go vet protocol: a query
// for the tool's version or flags, or the flags go vet passes followed by a
// single *.cfg file that describes one package.
func isVetInvocation(args []string) bool {
	for _, a := range args {
		switch strings.TrimLeft(a, "-") {
		case "V=full", "flags":
			if strings.HasPrefix(a, "-") {
				return true
			}
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") && !hasCfgPattern(args)
}

// hasCfgPattern reports whether a trailing *.cfg argument is a directory
// (a package pattern that happens to end in .cfg) rather than a vet config.
func hasCfgPattern(args []string) bool {
	fi, err := os.Stat(args[len(args)-1])
	return err == nil && fi.IsDir()
}
