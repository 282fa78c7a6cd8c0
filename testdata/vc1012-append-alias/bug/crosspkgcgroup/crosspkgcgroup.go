// Bug (VC1012): kubernetes/kubernetes#70678 across packages: the helper
// that returns append(base, comps...) is in crosspkg/cgroups, and its
// Appends fact makes each call an append on the parent here.
package main

import (
	"fmt"

	"viewcheck.test/crosspkg/cgroups"
)

func main() {
	parent := cgroups.Root()
	burstable := cgroups.Child(parent, "burstable")
	besteffort := cgroups.Child(parent, "besteffort") // want "VC1012"
	fmt.Println(burstable, besteffort)
}
