// Correct: each copy is adjusted and handed to a function that keeps it:
// the changed copies are the point.
package main

import "fmt"

type order struct{ Qty int }

func submit(o order) { fmt.Println("submitted", o.Qty) }

func main() {
	orders := []order{{1}, {2}}
	for _, o := range orders {
		o.Qty *= 2
		submit(o)
	}
	fmt.Println(orders)
}
