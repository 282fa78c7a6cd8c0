package alias

import (
	"go/types"
	"runtime/debug"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// A Program makes the models of one package's functions, each once, a
// callee's before its caller's, so that a call in this package uses the
// summary inferred from the callee's body. It sets its Env's Summary.
//
// Recursive functions, mutually recursive ones included, start from an
// optimistic summary (the recursive call adds nothing) and are analyzed
// again until it is stable; a partner analyzed against a summary that was
// still changing is analyzed again afterwards.
type Program struct {
	env *Env
	pkg *types.Package
	// funcs are the package's functions from source, literals included.
	funcs []*ssa.Function

	models map[*ssa.Function]*Func
	// ordered lists the models kept, in the order they were made.
	ordered  []*Func
	inflight map[*ssa.Function]bool
	// stack lists the functions in flight, outermost first.
	stack []*ssa.Function
	// recursive marks functions that called themselves while being
	// analyzed; partial holds their summary so far.
	recursive map[*ssa.Function]bool
	partial   map[*ssa.Function]*Summary
	// unsettled marks functions whose analysis used the provisional
	// summary of a caller still in flight (mutual recursion): their
	// models go to tentative, which is emptied whenever such a summary
	// changes, and are made again once that caller is done.
	unsettled map[*ssa.Function]*ssa.Function // to the caller it waits for
	tentative map[*ssa.Function]tentativeModel
	// reanalyses counts the models made and dropped per function, to
	// bound the work on large recursive cycles.
	reanalyses map[*ssa.Function]int
}

// NewProgram returns the program of package pkg, whose functions from
// source (function literals included) are funcs. env's Stated says which
// callees have a summary stated rather than inferred; NewProgram sets its
// Summary.
func NewProgram(pkg *types.Package, funcs []*ssa.Function, env *Env) *Program {
	p := &Program{
		env:        env,
		pkg:        pkg,
		funcs:      funcs,
		models:     make(map[*ssa.Function]*Func),
		inflight:   make(map[*ssa.Function]bool),
		partial:    make(map[*ssa.Function]*Summary),
		unsettled:  make(map[*ssa.Function]*ssa.Function),
		tentative:  make(map[*ssa.Function]tentativeModel),
		reanalyses: make(map[*ssa.Function]int),
	}
	env.Summary = p.Summary
	return p
}

// Models makes the model of every function of the package and returns
// them in the order they were made (callees first). A function the model
// cannot follow (an internal failure) has none.
func (p *Program) Models() []*Func {
	for _, fn := range p.funcs {
		p.Model(fn)
	}
	return p.ordered
}

func (p *Program) debugf(format string, args ...any) {
	if p.env.Debugf != nil {
		p.env.Debugf(format, args...)
	}
}

// Model returns fn's model, analyzing it (and, first, its callees in this
// package) once.
func (p *Program) Model(fn *ssa.Function) (m *Func) {
	if m, ok := p.models[fn]; ok {
		return m
	}
	if t, ok := p.tentative[fn]; ok {
		// Whoever uses a tentative model is tentative too.
		p.unsettle(t.waitsFor)
		return t.m
	}
	if p.inflight[fn] {
		return nil // recursion: see Summary
	}
	// A function literal called while its parent is still being
	// analyzed gets a provisional model (no free variables) that is not
	// kept: the real one is made once the parent's is done.
	provisional := fn.Parent() != nil && p.inflight[fn.Parent()]
	p.inflight[fn] = true
	p.stack = append(p.stack, fn)
	defer func() {
		delete(p.inflight, fn)
		p.stack = p.stack[:len(p.stack)-1]
		if r := recover(); r != nil {
			p.debugf("%s: internal error, function skipped: %v\n%s", fn, r, debug.Stack())
			m = nil
		}
		if root := p.unsettled[fn]; root != nil {
			delete(p.unsettled, fn)
			p.reanalyses[fn]++
			if p.reanalyses[fn] <= maxReanalyses {
				p.tentative[fn] = tentativeModel{m, root}
				return
			}
			p.debugf("%s: recursive cycle too deep, keeping an approximate summary", fn)
		}
		if provisional {
			return
		}
		if m != nil {
			m.Summary.Settle()
		}
		p.models[fn] = m
		if m != nil {
			p.ordered = append(p.ordered, m)
		}
	}()
	var free []*Prov
	if parent := fn.Parent(); parent != nil {
		if pm := p.Model(parent); pm != nil {
			free = pm.Closures[fn]
		}
	}
	m = Analyze(fn, p.env, free)
	// A recursive function saw an optimistic summary of itself; analyze
	// it again with the summary it found until that is stable.
	for i := 0; i < maxRounds && p.recursive[fn]; i++ {
		delete(p.recursive, fn)
		p.partial[fn] = m.Summary
		clear(p.tentative)
		next := Analyze(fn, p.env, free)
		stable := next.Summary.String() == m.Summary.String()
		m = next
		if stable {
			break
		}
	}
	if _, ok := p.partial[fn]; ok {
		// Partners analyzed against fn's provisional summaries start
		// over with the final one.
		delete(p.partial, fn)
		clear(p.tentative)
	}
	return m
}

// maxRounds bounds how often a recursive function is analyzed again with
// the summary of its previous round; summaries only grow, by a parameter or
// a result at a time, so a function rotating its parameters needs a round
// per parameter.
const maxRounds = 16

// maxReanalyses bounds how often a function in a recursive cycle is
// analyzed again for a caller whose summary was still changing.
const maxReanalyses = 32

// A tentativeModel was made against the provisional summary of waitsFor,
// a caller still in flight.
type tentativeModel struct {
	m        *Func
	waitsFor *ssa.Function
}

// unsettle marks the functions in flight above root (called, directly or
// not, while root was being analyzed) as depending on root's provisional
// summary. A function already waiting for a root further down keeps it:
// it settles only when that one does.
func (p *Program) unsettle(root *ssa.Function) {
	at := slices.Index(p.stack, root)
	if at < 0 {
		return
	}
	for _, fn := range p.stack[at+1:] {
		if old := p.unsettled[fn]; old == nil || slices.Index(p.stack, old) > at {
			p.unsettled[fn] = root
		}
	}
}

// Summary returns a callee's summary: stated (Env.Stated: declared by
// directives or a contract, or imported as a fact), or inferred from its
// body in this package.
func (p *Program) Summary(fn *ssa.Function) *Summary {
	if orig := fn.Origin(); orig != nil {
		fn = orig
	}
	obj, _ := fn.Object().(*types.Func)
	if obj == nil {
		if fn.Parent() != nil && fn.Pkg != nil && fn.Pkg.Pkg == p.pkg {
			// A function literal of this package, called directly.
			if m := p.Model(fn); m != nil {
				return m.Summary
			}
		}
		return nil
	}
	obj = obj.Origin()
	if p.env.Stated != nil {
		if s := p.env.Stated(obj); s != nil {
			return s
		}
	}
	if obj.Pkg() != p.pkg {
		return nil
	}
	if fn.Synthetic != "" {
		// A wrapper (bound method, promoted method): use the method's
		// own function.
		for _, src := range p.funcs {
			if src.Object() == obj {
				fn = src
				break
			}
		}
	}
	if p.inflight[fn] {
		if p.recursive == nil {
			p.recursive = make(map[*ssa.Function]bool)
		}
		p.recursive[fn] = true
		// The functions called since fn (its partners in a cycle) see
		// a summary of fn that may still change.
		p.unsettle(fn)
		if s := p.partial[fn]; s != nil {
			return s
		}
		return Pending(fn.Signature.Results().Len())
	}
	if m := p.Model(fn); m != nil {
		return m.Summary
	}
	return nil
}
