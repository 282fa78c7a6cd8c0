// Quiet (VC1012): lima-vm/lima#3287 as fixed, and its relatives: the
// merged list starts from a copy (append([]T(nil), ...), slices.Clone,
// slices.Clip, slices.Concat), so the override config keeps its array.
package main

import (
	"fmt"
	"slices"
)

type image struct{ Location string }

type limaYAML struct{ Images []image }

func fillDefault(y, d, o *limaYAML) {
	y.Images = append(append([]image(nil), o.Images...), y.Images...)
	y.Images = append(y.Images, d.Images...)
}

func merged(y, o *limaYAML) []image {
	return append(slices.Clip(o.Images), y.Images...)
}

func concat(y, o *limaYAML) []image {
	all := slices.Concat(o.Images, y.Images)
	return append(slices.Clone(all), image{"extra"})
}

func main() {
	o := &limaYAML{Images: make([]image, 1, 8)}
	y := &limaYAML{Images: []image{{"y.img"}}}
	fillDefault(y, &limaYAML{}, o)
	fmt.Println(y.Images, merged(y, o), concat(y, o))
}
