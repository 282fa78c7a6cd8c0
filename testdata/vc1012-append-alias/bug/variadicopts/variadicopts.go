// Bug (VC1012): mongodb/mongo-go-driver#983 and ianlancetaylor/demangle#24:
// a function adds its defaults to the variadic options it was given and
// keeps the merged slice: a caller passing its own slice with opts...
// has the defaults written into its spare capacity.
package main

import "fmt"

type option struct{ key, value string }

type client struct{ opts []option }

func newClient(opts ...option) *client {
	merged := append(opts, option{"timeout", "30s"}) // want "VC1012"
	return &client{opts: merged}
}

func main() {
	common := make([]option, 1, 4)
	common[0] = option{"host", "db"}
	a := newClient(common...)
	b := newClient(append(common, option{"user", "bob"})...)
	fmt.Println(a.opts, b.opts)
}
