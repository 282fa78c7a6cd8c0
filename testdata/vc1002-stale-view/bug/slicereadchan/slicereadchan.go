// Bug (VC1002): gravitational/teleport#650: buf[:n] of the read buffer is
// sent on a channel, and the next Read refills buf while the receiver may
// still be reading what it got.
package slicereadchan

import "net"

func pump(conn net.Conn, out chan<- []byte) error {
	buf := make([]byte, 32*1024)
	for {
		n, err := conn.Read(buf)
		if n > 0 {
			out <- buf[:n] // want `"buf\[:n\]" is sent on out without a copy, and buf's backing array is written again afterwards \(conn.Read\(buf\).*VC1002`
		}
		if err != nil {
			close(out)
			return err
		}
	}
}
