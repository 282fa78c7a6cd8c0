// Package slicecurrentkey: an iterator's current key is a view of its own
// key buffer, refilled at every step (the shape of pebble's iterators and
// keyspan merging iterator, false alarms of an earlier version): the field
// is a current value that every step replaces, not a collection.
package slicecurrentkey

type Iter struct {
	keys   [][]byte
	pos    int
	keyBuf []byte
	key    []byte
}

func (it *Iter) Next() bool {
	for it.pos < len(it.keys) {
		k := it.keys[it.pos]
		it.pos++
		if len(k) == 0 {
			continue
		}
		it.keyBuf = append(it.keyBuf[:0], k...)
		it.key = it.keyBuf
		return true
	}
	it.key = nil
	return false
}

func (it *Iter) SeekGE(target []byte) bool {
	for it.Next() {
		it.keyBuf = append(it.keyBuf[:0], it.key...)
		it.keyBuf = append(it.keyBuf, 0)
		it.key = it.keyBuf[:len(it.keyBuf)-1]
		if string(it.key) >= string(target) {
			return true
		}
	}
	return false
}
