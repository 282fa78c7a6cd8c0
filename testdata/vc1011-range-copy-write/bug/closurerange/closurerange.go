// Bug (VC1011): the lost range-value write sits in a function literal used
// as a callback: the handler "disables" every rule and none changes. It
// prints [{r1 true} {r2 true}].
package main

import "fmt"

type rule struct {
	ID      string
	Enabled bool
}

func main() {
	rules := []rule{{"r1", true}, {"r2", true}}
	disableAll := func() {
		for _, r := range rules {
			r.Enabled = false // want "VC1011"
		}
	}
	disableAll()
	fmt.Println(rules)
}
