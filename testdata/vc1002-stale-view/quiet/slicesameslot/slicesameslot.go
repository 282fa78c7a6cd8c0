// Package slicesameslot removes items from a map entry's list in place and
// stores the list back under the same key (the shape of go-ethereum's blob
// pool, a false alarm of an earlier version): each store replaces the last.
package slicesameslot

type Pool struct {
	index map[string][]int
}

func (p *Pool) Drop(addr string, bad func(int) bool) {
	txs := p.index[addr]
	p.index[addr] = txs
	for i := 0; i < len(txs); i++ {
		if bad(txs[i]) {
			txs = append(txs[:i], txs[i+1:]...)
			p.index[addr] = txs
			i--
		}
	}
}

type Options struct {
	Tags  []string
	Limit int
}

func Send(items [][]string, emit func(string, Options)) {
	tags := make([]string, 0, 8)
	for _, it := range items {
		tags = tags[:0]
		opts := Options{Limit: 10}
		for _, t := range it[1:] {
			tags = append(tags, t)
		}
		opts.Tags = tags
		emit(it[0], opts)
	}
}
