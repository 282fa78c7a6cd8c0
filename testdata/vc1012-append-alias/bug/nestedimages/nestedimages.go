// Bug (VC1012): lima-vm/lima#3287: merging image lists with a nested
// append writes into the override config's Images when it has spare
// capacity: the result is right, but o.Images's array now holds y's and
// d's images, and the next merge with o overwrites this one's.
// gocritic's appendAssign does not look into the nested call.
package main

import "fmt"

type image struct{ Location string }

type limaYAML struct{ Images []image }

func fillDefault(y, d, o *limaYAML) {
	y.Images = append(append(o.Images, y.Images...), d.Images...) // want "VC1012"
}

func main() {
	o := &limaYAML{Images: make([]image, 1, 8)}
	y := &limaYAML{Images: []image{{"y.img"}}}
	d := &limaYAML{Images: []image{{"d.img"}}}
	fillDefault(y, d, o)
	fmt.Println(y.Images, o.Images[:3])
}
