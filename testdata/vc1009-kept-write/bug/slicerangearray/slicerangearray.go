// Bug (VC1009): securego/gosec#1115: before Go 1.22 a range variable is one
// variable for the whole loop, so Data: id[:] of an array range value makes
// every record share it, and all records print the last id. (This file
// is built as Go 1.21, which the go:build line below selects.)

//go:build go1.21

package main

import "fmt"

type Record struct {
	Data []byte
}

func main() {
	ids := [][4]byte{{1}, {2}, {3}}
	var records []Record
	for _, id := range ids { // want "VC1009"
		records = append(records, Record{Data: id[:]})
	}
	for _, r := range records {
		fmt.Println(r.Data)
	}
}
