// Bug (VC1002): the sorted neighbour list of each node is built in one
// scratch slice, sorted in place and stored; the next node's sort reorders
// the lists already stored.
package slicesortedkeys

import "sort"

func Adjacency(edges map[int][]int, nodes []int) map[int][]int {
	adj := make(map[int][]int)
	var ns []int
	for _, n := range nodes {
		ns = append(ns[:0], edges[n]...)
		sort.Ints(ns)
		adj[n] = ns // want `"ns" is stored in adj\[n\] without a copy.*VC1002`
	}
	return adj
}
