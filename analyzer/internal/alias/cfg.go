package alias

import "golang.org/x/tools/go/ssa"

// cfgInfo answers ordering questions about a function's control flow graph.
type cfgInfo struct {
	reach  map[int][]bool // block index -> blocks reachable through >= 1 edge
	scc    []int          // block index -> strongly connected component
	cyclic []bool         // component -> has a cycle
}

func (f *Func) cfgOf() *cfgInfo {
	if f.cfg == nil {
		f.cfg = newCFG(f.Fn)
	}
	return f.cfg
}

func newCFG(fn *ssa.Function) *cfgInfo {
	c := &cfgInfo{reach: make(map[int][]bool)}
	c.computeSCC(fn)
	return c
}

// reachable returns the blocks reachable from b through one or more edges.
func (c *cfgInfo) reachable(b *ssa.BasicBlock) []bool {
	if r, ok := c.reach[b.Index]; ok {
		return r
	}
	seen := make([]bool, len(b.Parent().Blocks))
	stack := append([]*ssa.BasicBlock(nil), b.Succs...)
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[x.Index] {
			continue
		}
		seen[x.Index] = true
		stack = append(stack, x.Succs...)
	}
	c.reach[b.Index] = seen
	return seen
}

// computeSCC finds the strongly connected components (Tarjan).
func (c *cfgInfo) computeSCC(fn *ssa.Function) {
	n := len(fn.Blocks)
	c.scc = make([]int, n)
	index := make([]int, n)
	low := make([]int, n)
	on := make([]bool, n)
	for i := range index {
		index[i] = -1
	}
	var stack []int
	next, comp := 0, 0
	var visit func(v int)
	visit = func(v int) {
		index[v], low[v] = next, next
		next++
		stack = append(stack, v)
		on[v] = true
		for _, s := range fn.Blocks[v].Succs {
			w := s.Index
			if index[w] < 0 {
				visit(w)
				low[v] = min(low[v], low[w])
			} else if on[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			size := 0
			selfLoop := false
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				on[w] = false
				c.scc[w] = comp
				size++
				if w == v {
					break
				}
			}
			for _, s := range fn.Blocks[v].Succs {
				if s.Index == v {
					selfLoop = true
				}
			}
			c.cyclic = append(c.cyclic, size > 1 || selfLoop)
			comp++
		}
	}
	for i := 0; i < n; i++ {
		if index[i] < 0 {
			visit(i)
		}
	}
}

func indexIn(b *ssa.BasicBlock, instr ssa.Instruction) int {
	for i, x := range b.Instrs {
		if x == instr {
			return i
		}
	}
	return -1
}

// After reports whether b may execute after a on some path. Instructions
// of another function are never ordered.
func (f *Func) After(a, b ssa.Instruction) bool {
	ba, bb := a.Block(), b.Block()
	if !f.owns(ba) || !f.owns(bb) {
		return false
	}
	if ba == bb && indexIn(ba, a) < indexIn(bb, b) {
		return true
	}
	return f.cfgOf().reachable(ba)[bb.Index]
}

// AfterAvoiding reports whether b may execute after a on a path that does
// not pass through avoid (which must be an instruction that defines a
// value: re-executing it makes a new value).
func (f *Func) AfterAvoiding(a, b, avoid ssa.Instruction) bool {
	ba, bb, bv := a.Block(), b.Block(), avoid.Block()
	if !f.owns(ba) || !f.owns(bb) {
		return false
	}
	if !f.owns(bv) {
		return f.After(a, b)
	}
	ia, ib, iv := indexIn(ba, a), indexIn(bb, b), indexIn(bv, avoid)
	if ba == bb && ia < ib {
		// Straight-line within one block.
		if !(bv == ba && ia < iv && iv < ib) {
			return true
		}
	}
	if bv == ba && ia < iv {
		return false // every path out of a's block passes avoid first
	}
	// Search the blocks after a's block, stopping at avoid.
	seen := make([]bool, len(ba.Parent().Blocks))
	stack := append([]*ssa.BasicBlock(nil), ba.Succs...)
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[x.Index] {
			continue
		}
		seen[x.Index] = true
		if x == bb {
			if x != bv || ib < iv {
				return true
			}
		}
		if x == bv {
			continue
		}
		stack = append(stack, x.Succs...)
	}
	return false
}

// SameLoop reports whether a and b are in one loop of the function: each
// may execute after the other.
func (f *Func) SameLoop(a, b ssa.Instruction) bool {
	ba, bb := a.Block(), b.Block()
	if !f.owns(ba) || !f.owns(bb) {
		return false
	}
	c := f.cfgOf()
	return c.scc[ba.Index] == c.scc[bb.Index] && c.cyclic[c.scc[ba.Index]]
}

// InLoop reports whether instr is in a loop.
func (f *Func) InLoop(instr ssa.Instruction) bool {
	b := instr.Block()
	if !f.owns(b) {
		return false
	}
	c := f.cfgOf()
	return c.cyclic[c.scc[b.Index]]
}

// owns reports whether b is a block of f.
func (f *Func) owns(b *ssa.BasicBlock) bool {
	return b != nil && b.Parent() == f.Fn && b.Index < len(f.Fn.Blocks) && f.Fn.Blocks[b.Index] == b
}

// DefInstr returns the instruction that defines v, or nil for parameters,
// free variables and constants.
func DefInstr(v ssa.Value) ssa.Instruction {
	if in, ok := v.(ssa.Instruction); ok {
		return in
	}
	return nil
}
