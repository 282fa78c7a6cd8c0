// Bug (VC1011): counting hits on each route with ++ on the range value: the
// counts stay 0. It prints [{/ 0} {/api 0}] instead of 1 each.
package main

import "fmt"

type route struct {
	Path string
	Hits int
}

func main() {
	routes := []route{{Path: "/"}, {Path: "/api"}}
	for _, r := range routes {
		r.Hits++ // want "VC1011"
	}
	fmt.Println(routes)
}
