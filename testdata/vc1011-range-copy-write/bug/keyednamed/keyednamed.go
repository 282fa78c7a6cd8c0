// Bug (VC1011): the index is named and even used, but the write still goes
// to the copy: it prints [{0 0} {1 0}] instead of scores doubled from the
// index.
package main

import "fmt"

type player struct {
	ID    int
	Score int
}

func main() {
	players := []player{{ID: 0}, {ID: 1}}
	for i, p := range players {
		p.Score = 2 * i // want "VC1011"
	}
	fmt.Println(players)
}
