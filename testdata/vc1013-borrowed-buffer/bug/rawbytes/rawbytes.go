// Bug (VC1013): go-sql-driver/mysql#1423: sql.RawBytes points into the
// driver's row buffer, which the next rows.Next reuses; keeping the
// RawBytes of every row keeps one buffer many times.
package main

import (
	"database/sql"
	"fmt"
)

func names(db *sql.DB) ([]sql.RawBytes, error) {
	rows, err := db.Query("SELECT name FROM users")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []sql.RawBytes
	for rows.Next() {
		var name sql.RawBytes
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		out = append(out, name) // want "VC1013"
	}
	return out, rows.Err()
}

func main() {
	fmt.Println(names)
}
