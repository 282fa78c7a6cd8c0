// Bug (VC1002): a parser keeps one operand buffer and stores it in each
// instruction's field; truncating and refilling it for the next instruction
// rewrites the operands of the ones already built.
package slicefieldstore

import "strings"

type Instr struct {
	Op   string
	Args []string
}

func Parse(lines []string) []*Instr {
	var prog []*Instr
	args := make([]string, 0, 4)
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		args = args[:0]
		args = append(args, f[1:]...)
		in := &Instr{Op: f[0]}
		in.Args = args // want `"args" is stored in in.Args without a copy.*VC1002`
		prog = append(prog, in)
	}
	return prog
}
