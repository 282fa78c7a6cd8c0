// Bug (VC1014): the registry package (crosspkgregistry/registry) appends to
// its receiver's slice in Register and returns pointers into it from Get:
// both are known here only through VC1014's facts. The caller keeps a
// pointer across Register, and the port it sets is lost: it prints
// [{web 0} {db 0}].
package main

import (
	"fmt"

	"viewcheck.test/vc1014-stale-pointer/bug/crosspkgregistry/registry"
)

func main() {
	var r registry.Registry
	r.Register("web")
	web := r.Get(0)
	r.Register("db")
	web.Port = 8080 // want "VC1014"
	fmt.Println(r.Services)
}
