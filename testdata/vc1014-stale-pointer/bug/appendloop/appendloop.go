// Bug (VC1014): the appends are in a loop between taking the pointer and
// writing through it: any of them may grow the slice. It prints the header
// row with a count of 0.
package main

import "fmt"

type row struct {
	Label string
	Count int
}

func table(labels []string) []row {
	rows := []row{{Label: "total"}}
	total := &rows[0]
	for _, l := range labels {
		rows = append(rows, row{Label: l, Count: 1})
	}
	total.Count = len(labels) // want "VC1014"
	return rows
}

func main() { fmt.Println(table([]string{"a", "b", "c"})[0]) }
