// Command vc1011-range-copy-write shows VC1011: setting a field on each
// range value writes copies (hashicorp/packer#1723), so the devices keep
// their empty snapshot IDs.
//
// It prints [{sda } {sdb }] instead of the IDs. The fix ranges over the
// indices and writes through a pointer to each element.
package main

import "fmt"

type blockDevice struct {
	Name       string
	SnapshotID string
}

func main() {
	devs := []blockDevice{{Name: "sda"}, {Name: "sdb"}}
	for _, bd := range devs {
		bd.SnapshotID = "snap-" + bd.Name // VC1011: bd is a copy
	}
	fmt.Println(devs)
}
