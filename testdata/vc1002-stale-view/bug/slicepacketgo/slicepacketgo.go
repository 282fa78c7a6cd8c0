// Bug (VC1002): gravitational/teleport#650, for datagrams and files: each
// packet is handed to a goroutine as buf[:n] while the loop reads the next
// packet into the same buffer; the same for chunks of a file sent on a
// channel.
package slicepacketgo

import (
	"net"
	"os"
)

type server struct {
	conn net.PacketConn
	buf  []byte
}

func (s *server) handle(pkt []byte, from net.Addr) {}

func (s *server) Serve() error {
	for {
		n, addr, err := s.conn.ReadFrom(s.buf)
		if err != nil {
			return err
		}
		go s.handle(s.buf[:n], addr) // want `"s.buf\[:n\]" is handed to a goroutine without a copy, and s.buf's backing array is written again afterwards \(s.conn.ReadFrom\(s.buf\).*VC1002`
	}
}

func Chunks(f *os.File, out chan<- []byte) error {
	defer close(out)
	buf := make([]byte, 64<<10)
	for {
		n, err := f.Read(buf)
		if n > 0 {
			out <- buf[:n] // want `"buf\[:n\]" is sent on out without a copy, and buf's backing array is written again afterwards \(f.Read\(buf\).*VC1002`
		}
		if err != nil {
			return err
		}
	}
}
