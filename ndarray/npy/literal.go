package npy

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The header of a .npy file is a Python dict literal. NumPy reads it with
// ast.literal_eval; this file parses the small subset of Python literals that
// a header can hold, and nothing else: dicts with string keys, lists, tuples,
// strings, integers, True, False and None. It never evaluates anything, and
// its nesting depth and input length are bounded, so it cannot be made to
// recurse deeply or run long.

// pyTuple and pyList keep the difference between (1, 2) and [1, 2]: a shape
// must be a tuple and a structured descr is a list.
type (
	pyTuple []any
	pyList  []any
	pyNone  struct{}
	// pyDict keeps its keys in order, for error messages.
	pyDict struct {
		keys []string
		vals map[string]any
	}
)

// maxDepth bounds the nesting of header literals. A valid header nests two
// levels; structured dtypes, which are rejected anyway, a few more.
const maxDepth = 16

type litParser struct {
	s   string
	pos int
	// allowLong accepts Python 2 long literals (3L), which version 1.0 and
	// 2.0 files written by Python 2 may hold; NumPy filters them out too.
	allowLong bool
}

// parseLiteral parses s as one Python literal, surrounded by optional white
// space.
func parseLiteral(s string, allowLong bool) (any, error) {
	p := &litParser{s: s, allowLong: allowLong}
	v, err := p.value(0)
	if err != nil {
		return nil, err
	}
	p.space()
	if p.pos != len(p.s) {
		return nil, p.errorf("unexpected %s after the literal", p.next())
	}
	return v, nil
}

func (p *litParser) errorf(format string, args ...any) error {
	return fmt.Errorf("npy: cannot parse header at byte %d: %s", p.pos, fmt.Sprintf(format, args...))
}

// next describes the input at p.pos for error messages.
func (p *litParser) next() string {
	if p.pos >= len(p.s) {
		return "end of header"
	}
	r, _ := utf8.DecodeRuneInString(p.s[p.pos:])
	return strconv.QuoteRune(r)
}

func (p *litParser) space() {
	for p.pos < len(p.s) {
		switch p.s[p.pos] {
		case ' ', '\t', '\n', '\r', '\f', '\v':
			p.pos++
		default:
			return
		}
	}
}

// eat skips white space and then c, reporting whether c was there.
func (p *litParser) eat(c byte) bool {
	p.space()
	if p.pos < len(p.s) && p.s[p.pos] == c {
		p.pos++
		return true
	}
	return false
}

func (p *litParser) value(depth int) (any, error) {
	if depth > maxDepth {
		return nil, p.errorf("literals nested more than %d deep", maxDepth)
	}
	p.space()
	if p.pos >= len(p.s) {
		return nil, p.errorf("unexpected end of header")
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		p.pos++
		return p.dict(depth)
	case c == '[':
		p.pos++
		items, err := p.items(depth, ']')
		return pyList(items), err
	case c == '(':
		p.pos++
		return p.paren(depth)
	case c == '\'' || c == '"':
		return p.str()
	case c == '-' || c == '+' || ('0' <= c && c <= '9'):
		return p.int()
	case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_':
		start := p.pos
		for p.pos < len(p.s) && (isIdentByte(p.s[p.pos])) {
			p.pos++
		}
		switch word := p.s[start:p.pos]; word {
		case "True":
			return true, nil
		case "False":
			return false, nil
		case "None":
			return pyNone{}, nil
		default:
			p.pos = start
			return nil, p.errorf("name %q is not a literal", word)
		}
	default:
		return nil, p.errorf("unexpected %s", p.next())
	}
}

func isIdentByte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_'
}

func (p *litParser) dict(depth int) (any, error) {
	d := &pyDict{vals: map[string]any{}}
	for {
		if p.eat('}') {
			return d, nil
		}
		p.space()
		keyPos := p.pos
		k, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		key, ok := k.(string)
		if !ok {
			p.pos = keyPos
			return nil, p.errorf("dict key is not a string")
		}
		if _, dup := d.vals[key]; dup {
			p.pos = keyPos
			return nil, p.errorf("key %q appears twice", key)
		}
		if !p.eat(':') {
			return nil, p.errorf("expected ':' after key %q, found %s", key, p.next())
		}
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		d.keys = append(d.keys, key)
		d.vals[key] = v
		if p.eat(',') {
			continue
		}
		if p.eat('}') {
			return d, nil
		}
		return nil, p.errorf("expected ',' or '}' in dict, found %s", p.next())
	}
}

// items parses comma-separated values up to close, allowing a trailing comma.
func (p *litParser) items(depth int, close byte) ([]any, error) {
	var items []any
	for {
		if p.eat(close) {
			return items, nil
		}
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		items = append(items, v)
		if p.eat(',') {
			continue
		}
		if p.eat(close) {
			return items, nil
		}
		return nil, p.errorf("expected ',' or %q, found %s", close, p.next())
	}
}

// paren parses what follows '(': a tuple, or a parenthesised value. As in
// Python, (3) is the integer 3, and (3,) is a tuple.
func (p *litParser) paren(depth int) (any, error) {
	if p.eat(')') {
		return pyTuple{}, nil
	}
	first, err := p.value(depth + 1)
	if err != nil {
		return nil, err
	}
	if p.eat(')') {
		return first, nil
	}
	if !p.eat(',') {
		return nil, p.errorf("expected ',' or ')', found %s", p.next())
	}
	rest, err := p.items(depth, ')')
	if err != nil {
		return nil, err
	}
	return append(pyTuple{first}, rest...), nil
}

// int parses a decimal integer with an optional sign. Values that do not
// fit in an int64 are errors: no valid header holds one.
func (p *litParser) int() (any, error) {
	start := p.pos
	neg := false
	if c := p.s[p.pos]; c == '-' || c == '+' {
		neg = c == '-'
		p.pos++
		p.space()
	}
	digits := p.pos
	for p.pos < len(p.s) && '0' <= p.s[p.pos] && p.s[p.pos] <= '9' {
		p.pos++
	}
	text := p.s[digits:p.pos]
	if text == "" {
		return nil, p.errorf("expected digits, found %s", p.next())
	}
	if len(text) > 1 && text[0] == '0' && strings.Trim(text, "0") != "" {
		p.pos = digits
		return nil, p.errorf("integer %s has a leading zero", text)
	}
	if p.allowLong && p.pos < len(p.s) && (p.s[p.pos] == 'L' || p.s[p.pos] == 'l') {
		p.pos++
	}
	if p.pos < len(p.s) && (isIdentByte(p.s[p.pos]) || p.s[p.pos] == '.') {
		return nil, p.errorf("unexpected %s in a number (only decimal integers are allowed)", p.next())
	}
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		p.pos = start
		return nil, p.errorf("integer %s is out of range", text)
	}
	if neg {
		n = -n
	}
	return n, nil
}

// str parses a quoted string with Python's simple escapes. String prefixes
// (b, u, r) and triple quotes are not accepted: headers never use them.
func (p *litParser) str() (any, error) {
	quote := p.s[p.pos]
	p.pos++
	var b strings.Builder
	for {
		if p.pos >= len(p.s) {
			return nil, p.errorf("unterminated string")
		}
		c := p.s[p.pos]
		switch {
		case c == quote:
			p.pos++
			return b.String(), nil
		case c == '\n':
			return nil, p.errorf("newline in a string")
		case c == '\\':
			if p.pos+1 >= len(p.s) {
				return nil, p.errorf("unterminated string")
			}
			e := p.s[p.pos+1]
			p.pos += 2
			switch e {
			case '\\', '\'', '"':
				b.WriteByte(e)
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			case '0':
				b.WriteByte(0)
			case 'x':
				if p.pos+2 > len(p.s) {
					return nil, p.errorf("short \\x escape")
				}
				v, err := strconv.ParseUint(p.s[p.pos:p.pos+2], 16, 8)
				if err != nil {
					return nil, p.errorf("bad \\x escape %q", p.s[p.pos:p.pos+2])
				}
				b.WriteRune(rune(v))
				p.pos += 2
			default:
				p.pos -= 2
				return nil, p.errorf("unsupported escape \\%c in a string", e)
			}
		default:
			b.WriteByte(c)
			p.pos++
		}
	}
}
