// Package slicefreshiter makes a new slice in every iteration before
// storing it.
package slicefreshiter

func Table(recs [][]float64, width int) [][]float64 {
	var rows [][]float64
	for _, r := range recs {
		row := make([]float64, width)
		copy(row, r)
		rows = append(rows, row)
	}
	return rows
}

func Groups(words []string) map[byte][]string {
	out := map[byte][]string{}
	for _, w := range words {
		var g []string
		g = append(g, out[w[0]]...)
		g = append(g, w)
		out[w[0]] = g
	}
	return out
}

func Windows(xs []int, k int) [][]int {
	var out [][]int
	var win []int
	for i := 0; i+k <= len(xs); i++ {
		win = make([]int, 0, k)
		win = append(win, xs[i:i+k]...)
		out = append(out, win)
	}
	return out
}
