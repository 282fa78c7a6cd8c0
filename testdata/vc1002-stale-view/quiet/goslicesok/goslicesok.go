// Package goslicesok builds slices of slices with fresh backing each time.
//
// Review: redteam2
package goslicesok

import "strings"

func Rows(n, m int) [][]float64 {
	var rows [][]float64
	for i := 0; i < n; i++ {
		row := make([]float64, m)
		for j := range row {
			row[j] = float64(i * j)
		}
		rows = append(rows, row)
	}
	return rows
}

func Wrap(words []string, width int) [][]string {
	var lines [][]string
	var line []string
	n := 0
	for _, w := range words {
		if n+len(w) > width && len(line) > 0 {
			lines = append(lines, line)
			line = nil
			n = 0
		}
		line = append(line, w)
		n += len(w) + 1
	}
	if len(line) > 0 {
		lines = append(lines, line)
	}
	return lines
}

func Fields(s string) [][]byte {
	var out [][]byte
	for _, f := range strings.Fields(s) {
		out = append(out, []byte(f))
	}
	return out
}

func Chunk(xs []int, size int) [][]int {
	var out [][]int
	for size < len(xs) {
		xs, out = xs[size:], append(out, xs[0:size:size])
	}
	return append(out, xs)
}
