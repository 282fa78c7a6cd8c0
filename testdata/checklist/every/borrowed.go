package every

import "bufio"

// VC1013: the scanner's buffer kept across the next Scan.
func borrowed(sc *bufio.Scanner) [][]byte {
	var lines [][]byte
	for sc.Scan() {
		lines = append(lines, sc.Bytes()) // want "VC1013"
	}
	return lines
}
