// Package analyzer defines viewcheck's analysis pass: it reports the
// aliasing bugs of array views and copies.
//
// # Analyzer viewcheck
//
// viewcheck: report writes through views that silently change the original,
// writes lost in copies, layout-dependent writes, stale views and writes to
// read-only views.
//
// The pass builds a memory model of every function (package
// analyzer/internal/alias, on golang.org/x/tools/go/ssa): each value of an
// array type gets a provenance (fresh memory, a definite view of a root, a
// view for some layouts only, or unknown), and the function's reads, writes
// and escapes of array memory are listed in control-flow order. The checks
// are queries over that model (written by go generate from [Checks]):
//
//	VC1000 bad-directive     a suppression has no reason, or a //viewcheck: directive is malformed
//	VC1001 view-write        a write through a named view changes its base, which is read afterwards
//	VC1002 stale-view        a view kept as a snapshot is read after its base was overwritten
//	VC1003 lost-write        a write into a copy is never read, while the original is
//	VC1004 layout-write      a write through a Reshape/Ravel result reaches the base only for some layouts
//	VC1005 readonly-write    a write through a read-only view panics at run time
//	VC1006 arg-mutation      a function that returns a new array also writes through its parameter
//	VC1007 overlap           operands that share memory where the library does not allow it
//	VC1008 reset-view        reset on a view keeps a backing slice that reaches past the view
//	VC1009 kept-write        a slice kept by a constructor is written while what it built is still read
//	VC1010 arg-reorder       a function sorts or rewrites its caller's slice in place while it looks like a query
//	VC1011 range-copy-write  a write to a copy is lost: a range value, or an array parameter
//	VC1014 stale-pointer     a pointer to a slice element is written after an append that may have moved the slice
//
// [Checks] has each check's text, examples and fix; docs/checks.md is
// generated from it. Each check is one file, vcNNNN_name.go, that holds its
// entry in [Checks] and its code; docs/architecture.md says how the data
// flows from the files to the diagnostics and how to add a check.
//
// Every diagnostic's Category is its check ID and its message ends with the
// ID in parentheses. Diagnostics carry related information (where the view
// or copy was made, where the base is read) and, where a safe one exists, a
// suggested fix: an explicit .Copy() where the view is made, or a write
// back through Put/PutMask.
//
// # Contracts and facts
//
// The analyzer hard-codes no library's method names: it learns each API's
// aliasing contract as data. A library states it with //viewcheck:
// directives in its source (package analyzer/internal/directive; ndarray
// does), or, for code nobody here can annotate, in a contracts file in the
// same words keyed by full names (package analyzer/internal/contract; see
// docs/contracts.md). viewcheck embeds contracts for the standard library
// (append, copy, sort, slices, bytes, bufio's and bytes.Buffer's lent
// buffers) and for gonum.org/v1/gonum/mat; a module adds its own in
// viewcheck.contracts at its root or with -contracts. A contract may
// declare a type an array (gonum's *mat.Dense, and the interfaces its views
// are returned as), so every check applies to its values.
//
// User code needs no annotations: the summary of every function (returns
// a view of parameter i, returns fresh memory, writes through parameter i,
// stores parameter i) is inferred and exported as a fact, so a helper in
// another package that returns a view of its argument is a view-maker like
// Slice itself.
// Recursive functions, mutually recursive ones included, start from an
// optimistic summary (the recursive call adds nothing) and are analyzed
// again until it is stable; a partner analyzed against a summary that was
// still changing is analyzed again afterwards.
//
// Packages that cannot hold an array (no transitive import of a package
// with //viewcheck:array types or types a contract declares arrays) are skipped before SSA is built: under
// go vet, which runs the pass on every dependency, the standard library
// costs a look at its imports' facts.
//
// # Flags
//
//	-checks list       checks to run (see below); default: the default checks
//	-contracts files   contracts files to read besides viewcheck.contracts at the module root
//	-verbose           explain on stderr what was skipped and why
//
// A check list, here and in the viewcheck command's -checks and the
// golangci-lint plugin's checks setting, has one meaning, [ParseChecks]:
// comma-separated items, each a check ID in any case (VC1001), a check name
// (view-write), or all (also *), and each turned off instead of on by a
// leading -. Items apply left to right. A list whose first item turns a
// check off starts from the default checks, any other from none:
//
//	""                default checks (today, every check)
//	all,-VC1004       every check but VC1004
//	-VC1004           the default checks but VC1004
//	-VC1004,VC1001    the same: VC1001 is on by default
//	VC1001,VC1003     VC1001 and VC1003 only
//
// An unknown check or an empty item is an error when the flag is set.
//
// # Suppressions
//
// The pass itself honours staticcheck's linter directives, so they work
// the same under go vet, the CLI, golangci-lint and gopls:
//
//	//lint:ignore VC1001 the view is meant to change the base
//	//lint:file-ignore VC1003 reason
//
// A directive without a reason suppresses nothing and is reported
// (VC1000), as is a malformed //viewcheck: directive.
//
// # What it does not do
//
// The pass never panics: a function or package it cannot model (a
// construct the SSA builder rejects, an internal failure) is skipped and,
// with -verbose, named on stderr. When in doubt it stays quiet: values
// merged from different arrays, arrays behind interfaces, globals read
// twice, and writes inside goroutines or deferred calls are treated as
// unknown and never reported.
package analyzer

//go:generate go test -run ^TestGeneratedDocs$ -update-docs
//go:generate go test -run ^TestIndex$ -update
