// Package sliceflushnil: the flush closure stores the group and gives the
// variable new backing, so the next group is built elsewhere.
package sliceflushnil

func Groups(xs []int) [][]int {
	var groups [][]int
	var cur []int
	flush := func() {
		if len(cur) > 0 {
			groups = append(groups, cur)
		}
		cur = nil
	}
	for _, x := range xs {
		if x == 0 {
			flush()
			continue
		}
		cur = append(cur, x)
	}
	flush()
	return groups
}

type splitter struct {
	out  [][]string
	line []string
}

func (s *splitter) emit() {
	s.out = append(s.out, s.line)
	s.line = make([]string, 0, 8)
}

func Split(words []string) [][]string {
	s := &splitter{}
	for _, w := range words {
		if w == "\n" {
			s.emit()
			continue
		}
		s.line = append(s.line, w)
	}
	s.emit()
	return s.out
}
