// Bug (VC1002): golang/go#74939 with a closure: root-to-leaf paths are
// collected while the walk pushes and pops one shared path.
package slicepathsum

type Node struct {
	Val         int
	Left, Right *Node
}

func PathSum(root *Node, target int) [][]int {
	var res [][]int
	var path []int
	var walk func(n *Node, rest int)
	walk = func(n *Node, rest int) {
		if n == nil {
			return
		}
		path = append(path, n.Val)
		if n.Left == nil && n.Right == nil && rest == n.Val {
			res = append(res, path) // want `"path" is stored in res without a copy.*VC1002`
		}
		walk(n.Left, rest-n.Val)
		walk(n.Right, rest-n.Val)
		path = path[:len(path)-1]
	}
	walk(root, target)
	return res
}
