// Package embedding updates selected rows of an embedding table.
//
// Review: redteam
package embedding

import nd "github.com/viewcheck/viewcheck/ndarray"

// Update applies a gradient step to the rows of emb listed in ids and
// returns the table's norm proxy.
func Update(emb, grads *nd.Array[float64], ids []int, lr float64) float64 {
	rows := emb.Take(ids, 0)
	step := grads.Copy()
	nd.ScaleAssign(step, lr)
	nd.SubAssign(rows, step)
	emb.Put(ids, 0, rows)
	return nd.Sum(nd.Mul(emb, emb))
}
