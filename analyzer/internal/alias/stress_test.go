package alias

import (
	"go/types"
	"os"
	"testing"

	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"
)

// TestModelNeverPanics runs the model over real code it was not written
// for, pretending that every pointer to a named struct is an array, so
// that every construct of those packages (generics, closures, defer,
// select, goroutines, unsafe, reflection) flows through the walker. It
// must neither panic nor loop. VIEWCHECK_STRESS=std widens it to the whole
// standard library (a few minutes).
func TestModelNeverPanics(t *testing.T) {
	patterns := []string{"encoding/json", "go/types", "text/template", "sync", "slices", "maps", "iter"}
	if os.Getenv("VIEWCHECK_STRESS") == "std" {
		patterns = []string{"std"}
	}
	cfg := &packages.Config{Mode: packages.LoadSyntax}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	prog, ssaPkgs := ssautil.Packages(pkgs, ssa.InstantiateGenerics)
	prog.Build()
	env := stressEnv()
	funcs := 0
	for _, p := range ssaPkgs {
		if p == nil {
			continue
		}
		for _, m := range p.Members {
			fn, ok := m.(*ssa.Function)
			if !ok {
				continue
			}
			funcs += analyzeAll(t, fn, env)
		}
		for _, typ := range p.Members {
			tn, ok := typ.(*ssa.Type)
			if !ok {
				continue
			}
			mset := prog.MethodSets.MethodSet(types.NewPointer(tn.Type()))
			for i := 0; i < mset.Len(); i++ {
				if fn := prog.MethodValue(mset.At(i)); fn != nil && fn.Pkg == p {
					funcs += analyzeAll(t, fn, env)
				}
			}
		}
	}
	if funcs < 1000 {
		t.Fatalf("only %d functions analyzed; the stress test lost its input", funcs)
	}
	t.Logf("%d functions analyzed", funcs)
}

func stressEnv() *Env {
	env := &Env{
		IsArray: func(t types.Type) bool {
			p, ok := t.Underlying().(*types.Pointer)
			if !ok {
				return false
			}
			n, ok := types.Unalias(p.Elem()).(*types.Named)
			if !ok {
				return false
			}
			_, isStruct := n.Underlying().(*types.Struct)
			return isStruct
		},
	}
	memo := make(map[*ssa.Function]*Summary)
	env.Summary = func(fn *ssa.Function) *Summary {
		if s, ok := memo[fn]; ok {
			return s
		}
		memo[fn] = nil // recursion: unknown
		if fn.Blocks == nil || len(fn.Blocks) > 400 {
			return nil
		}
		s := Analyze(fn, env, nil).Summary
		memo[fn] = s
		return s
	}
	env.Binding = func(ssa.Value, int) (string, bool) { return "", false }
	return env
}

// analyzeAll analyzes fn and its function literals, turning a panic into a
// test failure that names the function.
func analyzeAll(t *testing.T, fn *ssa.Function, env *Env) (n int) {
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("model panicked on %s: %v", fn, r)
		}
	}()
	m := Analyze(fn, env, nil)
	n = 1
	// Exercise the ordering queries the checks use.
	for i, ev := range m.Events {
		if i > 50 {
			break
		}
		m.After(m.Events[0].Instr, ev.Instr)
		if d := DefInstr(ev.Prov.Value); d != nil {
			m.AfterAvoiding(d, ev.Instr, m.Events[0].Instr)
			m.SameLoop(d, ev.Instr)
		}
	}
	for _, anon := range fn.AnonFuncs {
		n += analyzeAll(t, anon, env)
	}
	_ = m.Summary.String()
	return n
}
