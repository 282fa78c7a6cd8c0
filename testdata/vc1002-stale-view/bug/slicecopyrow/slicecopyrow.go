// Bug (VC1002): one row buffer filled with copy for every record and
// appended as is: the table holds the same row n times.
package main

import "fmt"

func table(recs [][]float64, width int) [][]float64 {
	var rows [][]float64
	row := make([]float64, width)
	for _, r := range recs {
		copy(row, r)
		rows = append(rows, row) // want `"row" is stored in rows without a copy, and row's backing array is written again afterwards \(copy\(row, r\).*VC1002`
	}
	return rows
}

func main() {
	fmt.Println(table([][]float64{{1, 2}, {3, 4}}, 2)) // [[3 4] [3 4]]
}
