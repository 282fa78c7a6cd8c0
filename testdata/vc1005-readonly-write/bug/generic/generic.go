// Package generic sets diagonals of generic matrices.
//
// Review: redteam
package generic

import nd "github.com/viewcheck/viewcheck/ndarray"

// SetTrace puts v on the diagonal of m.
func SetTrace[T nd.Number](m *nd.Array[T], v T) {
	d := m.Diagonal()
	d.Fill(v) // want "VC1005"
}
