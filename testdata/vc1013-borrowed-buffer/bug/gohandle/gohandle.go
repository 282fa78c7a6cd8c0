// Bug (VC1013): the line is handed to a goroutine, and the loop goes on to
// the next Scan, which overwrites it while the goroutine may still read it.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sync"
)

func handle(wg *sync.WaitGroup, line []byte) {
	defer wg.Done()
	fmt.Println(len(line))
}

func main() {
	var wg sync.WaitGroup
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		line := sc.Bytes()
		wg.Add(1)
		go handle(&wg, line) // want "VC1013"
	}
	wg.Wait()
}
