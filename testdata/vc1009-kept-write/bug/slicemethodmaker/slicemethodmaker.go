// Bug (VC1009): a factory method builds a message that keeps the caller's
// body; the caller reuses the body buffer for the next message before the
// first is sent: it prints "pong" twice.
package main

import "fmt"

type Msg struct {
	body []byte
}

type Factory struct{ sent int }

func (f *Factory) Make(body []byte) *Msg {
	f.sent++
	return &Msg{body: body}
}

func main() {
	var f Factory
	buf := []byte("ping")
	first := f.Make(buf)
	copy(buf, "pong") // want "VC1009"
	second := f.Make([]byte("pong"))
	fmt.Println(string(first.body), string(second.body))
}
