// Bug (VC1011): hashicorp/packer#1723: setting the snapshot ID on every
// block device in a range loop writes copies, so the config keeps empty
// IDs: it prints [{sda } {sdb }] instead of the IDs set.
package main

import "fmt"

type blockDevice struct {
	Name       string
	SnapshotID string
}

type config struct{ BlockDevices []blockDevice }

func main() {
	cfg := config{BlockDevices: []blockDevice{{Name: "sda"}, {Name: "sdb"}}}
	for _, bd := range cfg.BlockDevices {
		bd.SnapshotID = "snap-" + bd.Name // want "VC1011"
	}
	fmt.Println(cfg.BlockDevices)
}
