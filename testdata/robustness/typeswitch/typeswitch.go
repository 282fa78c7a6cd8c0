// Arrays behind interfaces: values of unknown provenance from a type
// switch are not reported; a view write inside one case of an expression
// switch, with the base read after the switch, is.
package main

import (
	"fmt"
	"os"

	"github.com/viewcheck/viewcheck/ndarray"
)

func describe(v any) string {
	switch x := v.(type) {
	case *ndarray.Array[float64]:
		x.Set(0, 0)
		return fmt.Sprint("float64 array ", x)
	case *ndarray.Array[int]:
		return fmt.Sprint("int array of size ", x.Size())
	case fmt.Stringer:
		return x.String()
	default:
		return "?"
	}
}

func pick() string {
	if len(os.Args) > 1 {
		return os.Args[1]
	}
	return "clear"
}

func main() {
	fmt.Println(describe(ndarray.Arange[float64](3)), describe(ndarray.Arange[int](3)), describe(1))

	grid := ndarray.Arange[int](4).Reshape(2, 2)
	switch op := pick(); op {
	case "clear":
		cell := grid.Slice(ndarray.I(0), ndarray.S(0, 1))
		cell.Fill(0) // want "VC1001"
	case "show":
		fmt.Println(grid.Shape())
	default:
		fmt.Println("unknown op", op)
	}
	fmt.Println(grid)
}
