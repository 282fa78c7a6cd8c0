package every

import "fmt"

// VC1012: two results of append on one base with spare capacity.
func appendAlias() {
	parent := make([]string, 0, 4)
	a := append(parent, "a")
	b := append(parent, "b") // want "VC1012"
	fmt.Println(a, b)
}
