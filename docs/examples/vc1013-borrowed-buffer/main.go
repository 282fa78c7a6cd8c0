// Command vc1013-borrowed-buffer shows VC1013: the keys collected from a
// scanner are slices of its buffer, which each Scan overwrites
// (influxdata/telegraf#991, syndtr/goleveldb#236), so the earlier keys
// change under the list.
//
// It prints "gamma gamm gamma" instead of "alpha beta gamma". The fix
// copies each token with bytes.Clone.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("alpha\nbeta\ngamma\n"))
	sc.Buffer(make([]byte, 8), 8)
	var keys [][]byte
	for sc.Scan() {
		keys = append(keys, bytes.TrimSpace(sc.Bytes())) // VC1013: overwritten by the next Scan
	}
	fmt.Printf("%s\n", bytes.Join(keys, []byte(" ")))
}
