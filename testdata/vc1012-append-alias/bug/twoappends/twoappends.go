// Bug (VC1012): two keys built from one prefix with spare capacity: the
// second append overwrites the first key's suffix, so both lookups use
// the same key.
package main

import "fmt"

func lookups(db map[string]int, prefix []byte) (int, int) {
	k1 := append(prefix, 'a')
	k2 := append(prefix, 'b') // want "VC1012"
	return db[string(k1)], db[string(k2)]
}

func main() {
	prefix := make([]byte, 0, 8)
	prefix = append(prefix, "user:"...)
	fmt.Println(lookups(map[string]int{"user:a": 1, "user:b": 2}, prefix))
}
