package analyzer

import "strings"

// A Check is one kind of finding. Its ID is used in messages, suppressions
// (//lint:ignore VC1001 reason), the CLI's -checks and -explain flags, SARIF
// rules and docs/checks.md#vc1001.
type Check struct {
	ID      string // "VC1001"
	Name    string // "view-write"
	Title   string // one line
	Text    string // what it finds, why it matters, what it does not report
	Before  string // code with the bug
	After   string // the same code fixed
	Fix     string // the suggested fix, in words
	Since   string // the viewcheck version that introduced it
	Default bool   // enabled unless turned off
}

// The check IDs.
const (
	ViewWrite     = "VC1001"
	StaleView     = "VC1002"
	LostWrite     = "VC1003"
	LayoutWrite   = "VC1004"
	ReadonlyWrite = "VC1005"
	ArgMutation   = "VC1006"
)

// Checks lists every check, in ID order.
var Checks = []*Check{
	{
		ID: ViewWrite, Name: "view-write", Since: "0.1.0", Default: true,
		Title: "A write through a named view changes its base, which is read afterwards",
		Fix:   "Take an explicit .Copy() where the view is made.",
	},
	{
		ID: StaleView, Name: "stale-view", Since: "0.1.0", Default: true,
		Title: "A view kept as a snapshot is read after its base was overwritten",
		Fix:   "Take an explicit .Copy() where the snapshot is made.",
	},
	{
		ID: LostWrite, Name: "lost-write", Since: "0.1.0", Default: true,
		Title: "A write into a copy is never read, while the original is",
		Fix:   "Write back with Put/PutMask, or write through a view of the original.",
	},
	{
		ID: LayoutWrite, Name: "layout-write", Since: "0.1.0", Default: true,
		Title: "A write through a Reshape/Ravel result reaches the base only for some layouts",
		Fix:   "Take an explicit .Copy() for an independent array, or make the view explicit.",
	},
	{
		ID: ReadonlyWrite, Name: "readonly-write", Since: "0.1.0", Default: true,
		Title: "A write through a read-only view panics at run time",
		Fix:   "Take an explicit .Copy() of the read-only view before writing.",
	},
	{
		ID: ArgMutation, Name: "arg-mutation", Since: "0.1.0", Default: true,
		Title: "A function that returns a new array also writes through its parameter",
		Fix:   "Take an explicit .Copy() of the parameter before writing.",
	},
}

// CheckByID returns the check with the given ID (case-insensitive), or nil.
func CheckByID(id string) *Check {
	for _, c := range Checks {
		if strings.EqualFold(c.ID, id) || c.Name == id {
			return c
		}
	}
	return nil
}
