// Correct: the append goes to a different slice than the one the pointer
// points into.
package main

import "fmt"

type acct struct {
	Name    string
	Balance int
}

func main() {
	accts := []acct{{Name: "a"}}
	var audit []acct
	a := &accts[0]
	audit = append(audit, *a)
	a.Balance = 10
	fmt.Println(accts, audit)
}
