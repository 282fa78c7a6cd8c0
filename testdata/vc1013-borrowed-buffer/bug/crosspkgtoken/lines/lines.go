// Package lines lends its callers the scanner's buffer: Token returns the
// current token trimmed, a view of sc.Bytes(), valid until the next Scan.
package lines

import (
	"bufio"
	"bytes"
)

// Token returns the scanner's current token without surrounding spaces.
func Token(sc *bufio.Scanner) []byte {
	return bytes.TrimSpace(sc.Bytes())
}
