// Bug (VC1013): a closure run by WaitGroup.Go captures the scanned line;
// the next Scan overwrites it while the goroutine runs.
package main

import (
	"bufio"
	"fmt"
	"strings"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	sc := bufio.NewScanner(strings.NewReader("one\ntwo\nthree\n"))
	for sc.Scan() {
		word := sc.Bytes()
		wg.Go(func() { // want "VC1013"
			mu.Lock()
			total += len(strings.TrimSpace(string(word)))
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(total)
}
