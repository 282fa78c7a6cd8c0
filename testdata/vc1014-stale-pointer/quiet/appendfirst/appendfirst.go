// Correct: the append comes first and the pointer is taken afterwards, in
// each round of the loop: every write lands.
package main

import "fmt"

type row struct {
	ID   int
	Tags int
}

func main() {
	var rows []row
	for i := 0; i < 5; i++ {
		rows = append(rows, row{ID: i})
		r := &rows[len(rows)-1]
		r.Tags = i * 2
	}
	fmt.Println(rows)
}
