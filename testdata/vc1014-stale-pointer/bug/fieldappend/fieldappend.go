// Bug (VC1014): a pointer to the last route of a table's field is kept
// while a fallback route is appended to the same field; marking the route
// as default afterwards is lost when the append grew the slice: it prints
// [{/api false} {/ false}].
package main

import "fmt"

type route struct {
	Path    string
	Default bool
}

type table struct{ routes []route }

func (t *table) addWithFallback(path string) {
	t.routes = append(t.routes, route{Path: path})
	last := &t.routes[len(t.routes)-1]
	if path != "/" {
		t.routes = append(t.routes, route{Path: "/"})
	}
	last.Default = true // want "VC1014"
}

func main() {
	var t table
	t.addWithFallback("/api")
	fmt.Println(t.routes)
}
