// Bug (VC1011): a helper meant to fill the caller's histogram counts the
// values into its own copy of the array, which nothing reads afterwards:
// it prints [0 0 0].
package main

import "fmt"

func count(hist [3]int, values []int) {
	for _, v := range values {
		hist[v%3]++ // want "VC1011"
	}
}

func main() {
	var hist [3]int
	count(hist, []int{1, 2, 3, 4})
	fmt.Println(hist)
}
