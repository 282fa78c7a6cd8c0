// Bug (VC1002): golang/go#74939: the backtracking helper passes append(tmp, c)
// down and the leaf stores tmp itself; the next sibling's append(tmp, c)
// writes the same spare slot, so earlier results change.
package main

import "fmt"

var result [][]byte

func backtrack(tmp []byte, n int) {
	if len(tmp) == n {
		result = append(result, tmp) // want `"tmp" is stored in result without a copy.*VC1002`
		return
	}
	for _, c := range []byte("ab") {
		backtrack(append(tmp, c), n)
	}
}

func main() {
	backtrack(make([]byte, 0, 8), 3)
	for _, r := range result {
		fmt.Println(string(r)) // "bbb" eight times
	}
}
