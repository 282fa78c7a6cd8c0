// Quiet: each token is parsed at once (json.Unmarshal, strconv, a
// comparison, a write) and not kept past the next Scan.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type event struct{ N int }

func main() {
	sc := bufio.NewScanner(strings.NewReader("{\"N\":1}\n7\nend\n"))
	total := 0
	for sc.Scan() {
		b := sc.Bytes()
		var e event
		if json.Unmarshal(b, &e) == nil {
			total += e.N
			continue
		}
		if n, err := strconv.Atoi(string(b)); err == nil {
			total += n
		}
		if bytes.Equal(b, []byte("end")) {
			os.Stdout.Write(b)
		}
	}
	fmt.Println(total)
}
