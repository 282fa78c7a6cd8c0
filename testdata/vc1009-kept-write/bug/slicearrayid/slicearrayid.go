// Bug (VC1009): securego/gosec#1115's shape with an array declared outside
// the loop: every record's Data is id[:], the same array, which each
// iteration overwrites, so all records print the last id.
package main

import "fmt"

type Record struct {
	Data []byte
}

func nextID(i int) [4]byte { return [4]byte{byte(i), byte(i), byte(i), byte(i)} }

func main() {
	var id [4]byte
	var records []*Record
	for i := 0; i < 3; i++ {
		id = nextID(i) // want "VC1009"
		records = append(records, &Record{Data: id[:]})
	}
	for _, r := range records {
		fmt.Println(r.Data)
	}
}
