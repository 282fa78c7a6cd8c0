// Quiet (VC1012): a nested append whose outer result goes back into the
// inner append's base: o.Images = append(append(o.Images, a...), b...)
// is o.Images growing, like o.Images = append(o.Images, ...).
package main

import "fmt"

type image struct{ Location string }

type limaYAML struct{ Images []image }

func extend(o *limaYAML, a, b []image) {
	o.Images = append(append(o.Images, a...), b...)
}

func main() {
	o := &limaYAML{}
	extend(o, []image{{"a"}}, []image{{"b"}})
	fmt.Println(o.Images)
}
