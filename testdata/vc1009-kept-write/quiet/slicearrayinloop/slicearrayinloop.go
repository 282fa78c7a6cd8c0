// Correct: the array is declared inside the loop, a new one each
// iteration, so every record's Data: id[:] is its own.
package main

import "fmt"

type Record struct {
	Data []byte
}

func main() {
	var records []*Record
	for i := 0; i < 3; i++ {
		var id [4]byte
		id[0] = byte(i)
		records = append(records, &Record{Data: id[:]})
	}
	for _, r := range records {
		fmt.Println(r.Data)
	}
}
