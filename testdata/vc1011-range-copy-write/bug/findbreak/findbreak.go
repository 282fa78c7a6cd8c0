// Bug (VC1011): find-and-update with a range value: the matching user is
// "promoted" and the loop breaks, but the write went to the copy, so the
// slice keeps the old role. It prints [{ann user} {bob user}].
package main

import "fmt"

type user struct {
	Name string
	Role string
}

func promote(users []user, name string) bool {
	for _, u := range users {
		if u.Name == name {
			u.Role = "admin" // want "VC1011"
			return true
		}
	}
	return false
}

func main() {
	users := []user{{"ann", "user"}, {"bob", "user"}}
	fmt.Println(promote(users, "bob"), users)
}
