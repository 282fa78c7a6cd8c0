// Quiet: each sql.RawBytes is used within its row (converted to a
// string, measured) before rows.Next; a []byte destination is a copy that
// database/sql makes.
package main

import (
	"database/sql"
	"fmt"
)

func names(db *sql.DB) ([]string, [][]byte, int, error) {
	rows, err := db.Query("SELECT name, blob FROM users")
	if err != nil {
		return nil, nil, 0, err
	}
	defer rows.Close()
	var out []string
	var blobs [][]byte
	size := 0
	for rows.Next() {
		var name sql.RawBytes
		var blob []byte
		if err := rows.Scan(&name, &blob); err != nil {
			return nil, nil, 0, err
		}
		out = append(out, string(name))
		blobs = append(blobs, blob)
		size += len(name)
	}
	return out, blobs, size, rows.Err()
}

func main() {
	fmt.Println(names)
}
