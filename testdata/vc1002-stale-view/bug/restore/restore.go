// Package restore tries a configuration and rolls back on failure.
//
// Review: redteam
package restore

import (
	"errors"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// Tune tries gains of one and keeps them only when check accepts them.
func Tune(gains *nd.Array[float64], check func(*nd.Array[float64]) bool) error {
	backup := gains.Slice(nd.All())
	gains.Fill(1) // want "VC1002"
	if !check(gains) {
		gains.Assign(backup)
		return errors.New("svrestore: unity gains rejected, restored")
	}
	return nil
}
