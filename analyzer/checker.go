package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// A checker is one run of the analyzer over one package: what the checks
// read (the pass, the contracts, the syntax index, the models) and where
// their findings go (out).
type checker struct {
	pass      *analysis.Pass
	out       output
	contracts *contracts
	syntax    *syntaxIndex
	// models makes the functions' models; funcs lists those made, callees
	// first. Both are nil in a package that cannot hold an array.
	models *alias.Program
	funcs  []*alias.Func
	// flows holds the control flow graphs of the bodies the syntactic
	// checks asked about (flow.go).
	flows map[*ast.BlockStmt]*flowGraph
	// sliceWriters holds, for VC1002's Go-slice rule, the functions of
	// this package that write the elements of a slice parameter
	// (vc1002_slicesnapshot.go).
	sliceWriters map[*types.Func]uint64
	// factsOnly: export the facts, look for no findings (FactsOnly).
	factsOnly bool
	// decls caches funcDecls.
	decls *[]funcDecl
}

func newChecker(pass *analysis.Pass, enabled map[string]bool, contracts *contracts) *checker {
	return &checker{
		pass:      pass,
		out:       output{enabled: enabled, suppress: newSuppressions(pass)},
		contracts: contracts,
		syntax:    &syntaxIndex{pass: pass},
		factsOnly: FactsOnly,
	}
}

// isArray reports whether t is an array type (see contracts.isArrayType).
func (c *checker) isArray(t types.Type) bool { return c.contracts.isArrayType(t) }
