package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/cfg"
)

// The syntactic checks that run in every package (the Go-slice checks) ask
// one question of control flow: can the program get from this point to that
// one, perhaps without passing some statement? A flowGraph answers it for one
// function body from golang.org/x/tools/go/cfg, which is cheap to build (no
// SSA) and knows break, continue, return, goto, loops and calls that never
// return. A function literal's body is a graph of its own; a position inside
// a literal belongs, in its enclosing body, to the node that holds the
// literal.

// A flowGraph is the control flow of one function body.
type flowGraph struct {
	cfg   *cfg.CFG
	nodes []flowNode // every node of every live block
	// atEntry holds the nodes that run on entry to a loop body or select
	// case, not where go/cfg places them (entryNodes).
	atEntry map[ast.Node]bool
}

type flowNode struct {
	node       ast.Node
	block, idx int
}

// A flowPoint is where a position sits in a flowGraph: its block, the
// index of its node in the block, and the node.
type flowPoint struct {
	block, idx int
	node       ast.Node
}

// flow returns the control flow graph of body, built once per body. It is
// nil when the graph cannot be built (code go/cfg does not accept).
func (c *checker) flow(body *ast.BlockStmt) (g *flowGraph) {
	if body == nil {
		return nil
	}
	if g, ok := c.flows[body]; ok {
		return g
	}
	if c.flows == nil {
		c.flows = make(map[*ast.BlockStmt]*flowGraph)
	}
	defer func() {
		if r := recover(); r != nil {
			debugf("%s: no control flow graph for the body at %s: %v", c.pass.Pkg.Path(), c.pass.Fset.Position(body.Pos()), r)
			g = nil
		}
		c.flows[body] = g
	}()
	info := c.pass.TypesInfo
	graph := cfg.New(body, func(call *ast.CallExpr) bool { return !neverReturns(info, call) })
	g = &flowGraph{cfg: graph, atEntry: make(map[ast.Node]bool)}
	for _, b := range graph.Blocks {
		for _, n := range entryNodes(b) {
			g.atEntry[n] = true
		}
		if !b.Live {
			continue
		}
		for i, n := range b.Nodes {
			g.nodes = append(g.nodes, flowNode{node: n, block: int(b.Index), idx: i})
		}
	}
	return g
}

// point returns the innermost node of g that holds pos.
func (g *flowGraph) point(pos token.Pos) (flowPoint, bool) {
	best, found := flowPoint{}, false
	for _, n := range g.nodes {
		if n.node.Pos() <= pos && pos < n.node.End() {
			if !found || n.node.End()-n.node.Pos() < best.node.End()-best.node.Pos() {
				best, found = flowPoint{block: n.block, idx: n.idx, node: n.node}, true
			}
		}
	}
	return best, found
}

// reaches reports whether control can go from the node holding from to the
// node holding to after it: later in the same block, or in a block reachable
// from there, which may be from's own block again (a loop). A position in
// no live node (dead code, another body) reaches nothing.
func (g *flowGraph) reaches(from, to token.Pos) bool {
	return g.reachesAvoiding(from, to, nil)
}

// reachesAvoiding is reaches on paths that pass no node for which stop
// returns true. The nodes holding from and to are never stops: stop is
// asked about the nodes strictly between them, and about a loop's key and
// value and a select case's communication where they happen: on entry to
// the loop body or the case (entryNodes).
func (g *flowGraph) reachesAvoiding(from, to token.Pos, stop func(ast.Node) bool) bool {
	if g == nil {
		return false
	}
	src, ok1 := g.point(from)
	dst, ok2 := g.point(to)
	if !ok1 || !ok2 {
		return false
	}
	blocks := g.cfg.Blocks
	stops := func(n ast.Node) bool { return stop != nil && !g.atEntry[n] && stop(n) }
	entryStops := func(b *cfg.Block) bool {
		for _, n := range entryNodes(b) {
			if stop != nil && stop(n) {
				return true
			}
		}
		return false
	}
	// The rest of from's block.
	nodes := blocks[src.block].Nodes
	for i := src.idx + 1; i < len(nodes); i++ {
		if src.block == dst.block && i == dst.idx {
			return true
		}
		if stops(nodes[i]) {
			return false
		}
	}
	// Then the blocks after it, depth first.
	seen := make([]bool, len(blocks))
	stack := append([]*cfg.Block(nil), blocks[src.block].Succs...)
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[b.Index] {
			continue
		}
		seen[b.Index] = true
		blocked := entryStops(b)
		for i, n := range b.Nodes {
			if blocked {
				break
			}
			if int(b.Index) == dst.block && i == dst.idx {
				return true
			}
			if stops(n) {
				blocked = true
				break
			}
		}
		if !blocked {
			stack = append(stack, b.Succs...)
		}
	}
	return false
}

// entryNodes are the nodes go/cfg places before a loop or a select that
// in fact run again each time control enters b: a range statement's key
// and value, assigned at the top of every round (go/cfg adds them once,
// before the loop), and a select case's communication, which happens only
// when the case is chosen (go/cfg evaluates every case's before the
// select). Stops see them when a path enters b.
func entryNodes(b *cfg.Block) []ast.Node {
	switch b.Kind {
	case cfg.KindRangeBody:
		if rs, ok := b.Stmt.(*ast.RangeStmt); ok {
			var out []ast.Node
			if rs.Key != nil {
				out = append(out, rs.Key)
			}
			if rs.Value != nil {
				out = append(out, rs.Value)
			}
			return out
		}
	case cfg.KindSelectCaseBody:
		if cc, ok := b.Stmt.(*ast.CommClause); ok && cc.Comm != nil {
			return []ast.Node{cc.Comm}
		}
	}
	return nil
}

// inLoop reports whether the node holding pos can run again after itself.
func (g *flowGraph) inLoop(pos token.Pos) bool { return g.reaches(pos, pos) }

// neverReturns reports whether call is one of the calls that end the
// goroutine or the program: panic, os.Exit, log.Fatal and log.Panic and
// their formatted forms, runtime.Goexit, and testing's Fatal, FailNow and
// Skip methods.
func neverReturns(info *types.Info, call *ast.CallExpr) bool {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		b, ok := info.Uses[fun].(*types.Builtin)
		return ok && b.Name() == "panic"
	case *ast.SelectorExpr:
		fn, ok := info.Uses[fun.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil {
			return false
		}
		switch fn.Pkg().Path() + "." + fn.Name() {
		case "os.Exit", "runtime.Goexit",
			"log.Fatal", "log.Fatalf", "log.Fatalln", "log.Panic", "log.Panicf", "log.Panicln",
			"testing.Fatal", "testing.Fatalf", "testing.FailNow", "testing.Skip", "testing.Skipf", "testing.SkipNow":
			return true
		}
	}
	return false
}
