// Correct: a slice made with room for four elements gets two more appends
// after the pointer is taken: it never moves.
package main

import "fmt"

type reg struct {
	Name string
	Val  uint32
}

func main() {
	regs := make([]reg, 1, 4)
	pc := &regs[0]
	regs = append(regs, reg{Name: "sp"})
	regs = append(regs, reg{Name: "lr"})
	pc.Val = 0x8000
	fmt.Println(regs)
}
