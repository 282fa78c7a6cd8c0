package analyzer

import (
	"go/types"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/viewcheck/viewcheck/analyzer/internal/contract"
)

// TestStdContractsResolve resolves every built-in standard library contract
// against the real package: the function or method exists and every
// parameter a word names is one of its parameters. A mistake here would
// stop the analysis of any package that calls the function.
func TestStdContractsResolve(t *testing.T) {
	set, err := contract.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	byPkg := make(map[string][]*contract.Entry)
	for _, e := range set.Entries() {
		if e.IsType() || contract.BuiltinParams(e.Name) != nil || strings.Contains(strings.SplitN(pkgOfName(e.Name), "/", 2)[0], ".") {
			// gonum's are resolved by gonum_contract_test.go; the other
			// third-party contracts (kv.contracts) against modules
			// this repository does not require.
			continue
		}
		byPkg[pkgOfName(e.Name)] = append(byPkg[pkgOfName(e.Name)], e)
	}
	paths := make([]string, 0, len(byPkg))
	for p := range byPkg {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedTypes | packages.NeedName}, paths...)
	if err != nil {
		t.Fatal(err)
	}
	cs := &contracts{set: set}
	resolved := 0
	for _, pkg := range pkgs {
		objs := packageFuncs(pkg.Types)
		for _, e := range byPkg[pkg.PkgPath] {
			obj := objs[e.Name]
			if obj == nil {
				t.Errorf("%s: %s is not a function or method of %s", e.Where(), e.Name, pkg.PkgPath)
				continue
			}
			sig := obj.Type().(*types.Signature)
			if _, err := declaredSummary(obj.FullName(), signatureParams(sig), sig.Recv() != nil, sig.Results(), e.Words, cs.isArrayType); err != nil {
				t.Errorf("%s: %v", e.Where(), err)
				continue
			}
			resolved++
		}
	}
	if resolved < 60 {
		t.Errorf("only %d standard library contracts resolved", resolved)
	}
	t.Logf("%d standard library contracts resolved", resolved)
}

// pkgOfName returns the package path of a full name: pkg.F or (*pkg.T).M.
func pkgOfName(name string) string {
	if strings.HasPrefix(name, "(") {
		name = strings.TrimPrefix(name[1:strings.Index(name, ")")], "*")
	}
	return name[:strings.LastIndex(name, ".")]
}

// packageFuncs returns a package's functions and methods by full name.
func packageFuncs(pkg *types.Package) map[string]*types.Func {
	out := make(map[string]*types.Func)
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Func:
			out[obj.FullName()] = obj
		case *types.TypeName:
			named, ok := obj.Type().(*types.Named)
			if !ok {
				continue
			}
			if iface, ok := named.Underlying().(*types.Interface); ok {
				for i := 0; i < iface.NumMethods(); i++ {
					out[iface.Method(i).FullName()] = iface.Method(i)
				}
				continue
			}
			for i := 0; i < named.NumMethods(); i++ {
				out[named.Method(i).FullName()] = named.Method(i)
			}
		}
	}
	return out
}
