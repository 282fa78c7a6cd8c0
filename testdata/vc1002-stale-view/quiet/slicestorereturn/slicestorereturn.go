// Package slicestorereturn: the search stores the path it found and
// returns; the recursion stops there, and the callers only return too.
package slicestorereturn

type Graph map[string][]string

func (g Graph) Find(from, to string) [][]string {
	var found [][]string
	path := []string{from}
	seen := map[string]bool{from: true}
	var dfs func(n string) bool
	dfs = func(n string) bool {
		if n == to {
			found = append(found, path)
			return true
		}
		for _, m := range g[n] {
			if seen[m] {
				continue
			}
			seen[m] = true
			path = append(path, m)
			if dfs(m) {
				return true
			}
			path = path[:len(path)-1]
		}
		return false
	}
	dfs(from)
	return found
}
