// Quiet: database/sql's TestRawBytesReuse: the RawBytes is converted to a
// string before Close, and handing &raw to the next query's Scan fills it
// anew rather than reading it.
package main

import (
	"database/sql"
	"fmt"
)

func names(db *sql.DB) (string, error) {
	var raw sql.RawBytes
	rows, err := db.Query("SELECT name FROM people")
	if err != nil {
		return "", err
	}
	rows.Next()
	rows.Scan(&raw)
	first := string(raw)
	rows.Close()

	rows, err = db.Query("SELECT age FROM people")
	if err != nil {
		return "", err
	}
	rows.Next()
	rows.Scan(&raw)
	rows.Close()
	return first, nil
}

func main() {
	fmt.Println(names)
}
