// Correct: records stored in a loop, each over a slice the loop makes with
// append([]byte(nil), ...): no two records share memory.
package main

import "fmt"

type Record struct {
	Data []byte
}

func main() {
	buf := make([]byte, 2)
	var records []Record
	for i := 0; i < 3; i++ {
		buf[0], buf[1] = byte(i), byte(i)
		records = append(records, Record{Data: append([]byte(nil), buf...)})
	}
	fmt.Println(records)
}
