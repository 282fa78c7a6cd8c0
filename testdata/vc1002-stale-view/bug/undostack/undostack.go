// An undo stack of views: every entry shows the current document, so undo
// restores nothing.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	doc := nd.Zeros[int32](2, 3)
	var undo []*nd.Array[int32]
	for edit := int32(1); edit <= 3; edit++ {
		undo = append(undo, doc.View())
		doc.Set(edit, 0, int(edit-1)) // want "VC1002"
	}
	doc.Assign(undo[0])
	fmt.Println("after undoing everything:", doc) // still [[1 2 3] [0 0 0]]
}
