// Correct: the copy is changed and then sent on a channel: the write is
// read by the send, and the receiver gets the new value.
package main

import "fmt"

type event struct {
	Kind string
	Seq  int
}

func main() {
	events := []event{{Kind: "start"}, {Kind: "stop"}}
	ch := make(chan event, len(events))
	for i, e := range events {
		e.Seq = i + 1
		ch <- e
	}
	close(ch)
	for e := range ch {
		fmt.Println(e)
	}
}
