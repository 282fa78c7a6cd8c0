// Correct: securego/gosec#1115's loop under Go 1.22 and later: the range
// variable id is a new array each iteration, so every record's Data: id[:]
// is its own: it prints [1 0 0 0], [2 0 0 0], [3 0 0 0].
package main

import "fmt"

type Record struct {
	Data []byte
}

func main() {
	ids := [][4]byte{{1}, {2}, {3}}
	var records []Record
	for _, id := range ids {
		records = append(records, Record{Data: id[:]})
	}
	for _, r := range records {
		fmt.Println(r.Data)
	}
}
