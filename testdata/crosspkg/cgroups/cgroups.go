// Package cgroups is a helper library in the shape of kubernetes's
// cgroup names: Child returns append(parent, comps...) through a second
// helper, so its Appends fact tells callers in other packages that two
// children of one parent share the parent's spare capacity.
package cgroups

// Name is a cgroup path, one component per element.
type Name []string

// Root returns the root cgroup, with room to grow.
func Root() Name {
	n := make(Name, 0, 8)
	return append(n, "kubepods")
}

// Child returns parent with comps added.
func Child(parent Name, comps ...string) Name {
	return join(parent, comps)
}

func join(base Name, comps []string) Name {
	return append(base, comps...)
}
