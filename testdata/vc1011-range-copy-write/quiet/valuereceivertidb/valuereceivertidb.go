// Correct for VC1011: pingcap/tidb#47395's shape, a setter with a value
// receiver inside a loop over pointers: each element's setter writes the
// receiver's copy. staticcheck's SA4005 reports the assignment in setLimit;
// the range loop itself is fine for VC1011 (the elements are pointers), and
// VC1011 does not report value-receiver fields.
package main

import "fmt"

type plan struct {
	Name  string
	Limit int
}

func (p plan) setLimit(n int) {
	p.Limit = n // SA4005's, not VC1011's
}

func main() {
	plans := []*plan{{Name: "scan"}, {Name: "join"}}
	for _, p := range plans {
		p.setLimit(100)
	}
	fmt.Println(*plans[0], *plans[1])
}
