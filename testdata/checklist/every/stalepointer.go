package every

// VC1014: a pointer to an element kept across an append that may move the
// slice, then written.
func stalePointer(items []struct{ n int }) {
	p := &items[0]
	items = append(items, struct{ n int }{2})
	p.n = 1 // want "VC1014"
	_ = items
}
