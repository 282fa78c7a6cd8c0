package ndarray

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"runtime"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestElemHoldsNoPointers guards the default allocation route
// (alloc_unsafe.go), which hands out noscan memory as a []T: that is right
// only while no type uninit can be instantiated with holds a pointer. The
// compiler does not object to Elem growing ~string (the package still
// builds), so this reads the constraints from the package's source with
// go/types: adding ~string, a pointer type, a struct or an unbounded
// constraint such as any to Elem, or loosening the constraint of uninit or
// allocUninit, fails here instead of corrupting the heap.
func TestElemHoldsNoPointers(t *testing.T) {
	// Both builds: allocUninit is declared once per route.
	for _, tags := range []string{"", "viewcheck_safe"} {
		cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes}
		if tags != "" {
			cfg.BuildFlags = []string{"-tags=" + tags}
		}
		pkgs, err := packages.Load(cfg, ".")
		if err != nil {
			t.Fatal(err)
		}
		if len(pkgs) != 1 {
			t.Fatalf("loading ndarray with tags %q gave %d packages", tags, len(pkgs))
		}
		if errs := pkgs[0].Errors; len(errs) != 0 {
			t.Fatalf("loading ndarray with tags %q: %v", tags, errs)
		}
		scope := pkgs[0].Types.Scope()
		for _, name := range []string{"Elem", "Number", "uninit", "allocUninit", "poison"} {
			obj := scope.Lookup(name)
			if obj == nil {
				t.Fatalf("tags %q: ndarray has no %s", tags, name)
			}
			for _, c := range constraintsOf(obj) {
				basics, err := pointerFreeTerms(c)
				if err != nil {
					t.Errorf("tags %q: %s: %v", tags, name, err)
					continue
				}
				if len(basics) == 0 {
					t.Errorf("tags %q: %s: constraint %s yielded no terms; the walk is broken", tags, name, c)
				}
				for _, b := range basics {
					checkReflectScalar(t, b)
				}
			}
		}
	}
}

// constraintsOf returns the constraint a type name stands for, or those of
// a generic function's type parameters.
func constraintsOf(obj types.Object) []types.Type {
	switch obj := obj.(type) {
	case *types.TypeName:
		return []types.Type{obj.Type()}
	case *types.Func:
		tps := obj.Type().(*types.Signature).TypeParams()
		var cs []types.Type
		for i := range tps.Len() {
			cs = append(cs, tps.At(i).Constraint())
		}
		return cs
	}
	return nil
}

// pointerFreeTerms returns the basic types under the terms of constraint
// and an error if a term is anything but a bool or a number, or if the
// constraint is not bounded by terms at all (any, comparable, methods
// alone). A defined type has the layout of its underlying type, so ~T
// admits nothing with a pointer when T has none. An interface embedding
// several elements admits their intersection; taking every term of every
// element errs on the strict side.
func pointerFreeTerms(constraint types.Type) ([]*types.Basic, error) {
	var out []*types.Basic
	var walk func(t types.Type) error
	walk = func(t types.Type) error {
		switch u := t.Underlying().(type) {
		case *types.Interface:
			if u.NumEmbeddeds() == 0 {
				return fmt.Errorf("%s admits types of any kind", t)
			}
			for i := range u.NumEmbeddeds() {
				if err := walk(u.EmbeddedType(i)); err != nil {
					return err
				}
			}
		case *types.Union:
			for i := range u.Len() {
				if err := walk(u.Term(i).Type()); err != nil {
					return err
				}
			}
		case *types.Basic:
			if u.Info()&types.IsUntyped != 0 || u.Info()&(types.IsBoolean|types.IsNumeric) == 0 {
				return fmt.Errorf("term %s is not a bool or a number", t)
			}
			out = append(out, u)
		default:
			return fmt.Errorf("term %s is a %T, not a bool or a number", t, u)
		}
		return nil
	}
	return out, walk(constraint)
}

// scalarTypes are the pointer-free reflect types of the basic kinds an
// Elem may have; a kind not listed is one this test has not vetted.
var scalarTypes = map[types.BasicKind]reflect.Type{
	types.Bool:       reflect.TypeFor[bool](),
	types.Int:        reflect.TypeFor[int](),
	types.Int8:       reflect.TypeFor[int8](),
	types.Int16:      reflect.TypeFor[int16](),
	types.Int32:      reflect.TypeFor[int32](),
	types.Int64:      reflect.TypeFor[int64](),
	types.Uint:       reflect.TypeFor[uint](),
	types.Uint8:      reflect.TypeFor[uint8](),
	types.Uint16:     reflect.TypeFor[uint16](),
	types.Uint32:     reflect.TypeFor[uint32](),
	types.Uint64:     reflect.TypeFor[uint64](),
	types.Uintptr:    reflect.TypeFor[uintptr](), // an address the collector does not follow
	types.Float32:    reflect.TypeFor[float32](),
	types.Float64:    reflect.TypeFor[float64](),
	types.Complex64:  reflect.TypeFor[complex64](),
	types.Complex128: reflect.TypeFor[complex128](),
}

// checkReflectScalar checks, against the running program's own types, that
// a basic type admitted by a constraint is a scalar kind (nothing the
// collector follows) of the size go/types gives it.
func checkReflectScalar(t *testing.T, b *types.Basic) {
	t.Helper()
	rt, ok := scalarTypes[b.Kind()]
	if !ok {
		t.Errorf("%s: no reflect type vetted for this kind", b)
		return
	}
	switch rt.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
	default:
		t.Errorf("%s: reflect kind %s may hold a pointer", b, rt.Kind())
	}
	sizes := types.SizesFor("gc", runtime.GOARCH)
	if got, want := uintptr(sizes.Sizeof(b)), rt.Size(); got != want {
		t.Errorf("%s: go/types size %d, reflect size %d", b, got, want)
	}
}

// TestPointerFreeTermsRejects keeps TestElemHoldsNoPointers honest: the
// constraints it must refuse are refused and the ones it must accept, as
// Elem is written, are accepted.
func TestPointerFreeTerms(t *testing.T) {
	const src = `package p

import "unsafe"

type Num interface{ ~int | ~float64 | ~complex128 }
type Nested interface{ Num | ~bool | ~uint8 }
type Named float64
type Exact interface{ Named | int32 }

type WithString interface{ ~bool | ~int | ~string }
type WithPointer interface{ ~int | *int }
type WithAlias interface{ ~int | bytePointer }
type WithUnsafe interface{ ~int | ~uintptr | unsafe.Pointer }
type WithStruct interface{ ~int | struct{ p *int } }
type WithArray interface{ ~int | [2]int } // no pointer, but not a kind vetted here
type WithSlice interface{ ~int | []float64 }
type NestedString interface{ Nested | ~string }
type Any interface{ any }
type Comparable interface{ comparable }
type Methods interface{ String() string }

type bytePointer = *byte
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	cfg := &types.Config{Importer: unsafeOnly{}}
	pkg, err := cfg.Check("p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, wantOK := range map[string]bool{
		"Num": true, "Nested": true, "Exact": true,
		"WithString": false, "WithPointer": false, "WithAlias": false, "WithUnsafe": false, "WithStruct": false,
		"WithArray": false, "WithSlice": false, "NestedString": false,
		"Any": false, "Comparable": false, "Methods": false,
	} {
		basics, err := pointerFreeTerms(pkg.Scope().Lookup(name).Type())
		if ok := err == nil; ok != wantOK {
			t.Errorf("pointerFreeTerms(%s) = %v, %v; want accepted %v", name, basics, err, wantOK)
		}
	}
}

// unsafeOnly imports package unsafe, the one import the cases need.
type unsafeOnly struct{}

func (unsafeOnly) Import(path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	return nil, fmt.Errorf("no package %q here", path)
}
