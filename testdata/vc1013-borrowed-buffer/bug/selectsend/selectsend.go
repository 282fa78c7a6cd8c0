// Bug (VC1013): a reader goroutine sends each line in a select that also
// watches for cancellation; the receiver parses the line while the loop
// has already scanned the next one into the same buffer.
package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
)

func lines(ctx context.Context, r io.Reader) <-chan []byte {
	out := make(chan []byte)
	go func() {
		defer close(out)
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			select {
			case out <- sc.Bytes(): // want "VC1013"
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	for l := range lines(context.Background(), strings.NewReader("a\nb\n")) {
		fmt.Println(string(l))
	}
}
