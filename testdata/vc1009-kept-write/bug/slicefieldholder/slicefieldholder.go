// Bug (VC1009): the server keeps the queue in a field of another value
// (srv.pending = NewQueue(s)) and the caller writes s afterwards: the
// first pending job prints "stop" instead of "start".
package main

import "fmt"

type Queue struct {
	items []string
}

func NewQueue(items []string) *Queue { return &Queue{items: items} }

type Server struct {
	pending *Queue
}

func main() {
	s := []string{"start", "run"}
	var srv Server
	srv.pending = NewQueue(s)
	s[0] = "stop" // want "VC1009"
	fmt.Println(srv.pending.items[0])
}
