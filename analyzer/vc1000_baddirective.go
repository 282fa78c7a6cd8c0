package analyzer

import "go/token"

// BadDirective is the ID of check VC1000, bad-directive.
const BadDirective = "VC1000"

// VC1000 is about the comments that steer the analyzer: a malformed
// //viewcheck: directive is reported as the directives are read
// (readDirectives, with directiveError), a suppression without a reason
// once the package is done.
func init() {
	register(badDirective, hooks{packageEnd: (*checker).reportMalformed})
}

// badDirective is VC1000's entry in Checks.
var badDirective = &Check{
	ID: BadDirective, Name: "bad-directive", Since: "0.1.0", Default: true,
	Title: "A suppression has no reason, or a //viewcheck: directive is malformed",
	Text: `VC1000 reports the comments that steer viewcheck when it cannot follow them: a ` + "`//lint:ignore`" + ` or
` + "`//lint:file-ignore`" + ` directive that names viewcheck checks but gives no reason, and a ` + "`//viewcheck:`" + `
directive (the contract an array library states for its functions and types) that does not parse or does
not fit the declaration it documents.

Why it matters: a suppression claims that a finding is wrong or harmless there, and the reason is what lets
the next reader check that claim. A suppression without one suppresses nothing, so the finding it was meant
to hide is still reported next to this one. A malformed ` + "`//viewcheck:`" + ` directive is ignored, so the
analyzer does not know the contract it states, and the findings that depend on it are missed.

Not reported: directives that name no viewcheck check (` + "`//lint:ignore SA4006 reason`" + ` is left to
staticcheck), and comments that only mention a directive in their text.`,
	Before: `head := arr.Slice(ndarray.S(0, 2))
// VC1000 on the next line: it names VC1001 but says nothing about why
//lint:ignore VC1001
head.Set(100, 0) // still reported as VC1001`,
	After: `head := arr.Slice(ndarray.S(0, 2))
//lint:ignore VC1001 head is the first rows of arr on purpose: the caller reads arr
head.Set(100, 0)`,
	Fix: "Write the reason after the check IDs, or remove the directive and fix the finding. Correct a malformed `//viewcheck:` directive as the message says (`//viewcheck:view` takes at most one parameter name, `//viewcheck:writes` names parameters of the function). There is no suggested fix: only the author knows the reason.",
}

// reportMalformed reports directives without a reason: a suppression
// must say why.
func (c *checker) reportMalformed() {
	for _, ig := range c.out.suppress.ignores {
		if ig.reason == "" {
			c.report(finding{check: BadDirective, pos: ig.pos, msg: "write the reason after the check IDs (//lint:ignore VC1001 the write is meant to reach the base): a suppression needs a reason"})
		}
	}
}

// directiveError reports a malformed //viewcheck: directive. It shares
// VC1000 with malformed suppressions: both are mistakes in comments that
// steer the analyzer.
func (c *checker) directiveError(pos token.Pos, err error) {
	c.report(finding{check: BadDirective, pos: pos, msg: "malformed directive: " + err.Error()})
}
