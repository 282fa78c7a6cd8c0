// Bug (VC1013): golang/protobuf#953: one buffer is reset and reused for
// every message, and each message's Bytes is collected: all of them share
// the buffer's memory, and the later messages overwrite the earlier ones.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type msg struct{ id, size uint32 }

func marshalAll(ms []msg) [][]byte {
	var buf bytes.Buffer
	var out [][]byte
	for _, m := range ms {
		buf.Reset()
		binary.Write(&buf, binary.LittleEndian, m.id)
		binary.Write(&buf, binary.LittleEndian, m.size)
		out = append(out, buf.Bytes()) // want "VC1013"
	}
	return out
}

func main() {
	fmt.Println(marshalAll([]msg{{1, 2}, {3, 4}}))
}
