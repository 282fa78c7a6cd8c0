// Package slicefreshread allocates a new buffer for every Read before
// sending what it read.
package slicefreshread

import "net"

func Pump(conn net.Conn, out chan<- []byte) {
	defer close(out)
	for {
		buf := make([]byte, 4096)
		n, err := conn.Read(buf)
		if n > 0 {
			out <- buf[:n]
		}
		if err != nil {
			return
		}
	}
}

func PumpGo(conn net.Conn, handle func([]byte)) {
	var buf []byte
	for {
		buf = make([]byte, 1500)
		n, err := conn.Read(buf)
		if err != nil {
			return
		}
		go handle(buf[:n])
	}
}
