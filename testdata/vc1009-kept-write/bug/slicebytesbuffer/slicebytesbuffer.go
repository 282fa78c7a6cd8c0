// Bug (VC1009): bytes.NewBuffer takes ownership of its slice; the caller
// scrubs the secret afterwards and so scrubs the buffer it is about to
// send: it prints zeros instead of "token".
package main

import (
	"bytes"
	"fmt"
)

func send(secret []byte) string {
	body := bytes.NewBuffer(secret)
	for i := range secret {
		secret[i] = 0 // want "VC1009"
	}
	return fmt.Sprintf("%q", body.String())
}

func main() {
	fmt.Println(send([]byte("token")))
}
