// Correct for VC1011: hashicorp/nomad#12592's shape, a field assigned on a
// value receiver, so the caller's struct keeps its old value. That is a
// real bug, but not VC1011's: staticcheck's SA4005 (and revive) report
// assignments to value-receiver fields, and VC1011 stays on range values
// and array parameters, so that one bug is not reported twice.
package main

import "fmt"

type allocation struct {
	ID           string
	ClientStatus string
}

func (a allocation) markLost() {
	a.ClientStatus = "lost" // SA4005's, not VC1011's
}

func main() {
	a := allocation{ID: "a1", ClientStatus: "running"}
	a.markLost()
	fmt.Println(a)
}
