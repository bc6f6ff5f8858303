package book

import (
	"errors"
	"strings"

	yast "github.com/goccy/go-yaml/ast"
	yparser "github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// yamlDoc reads YAML with positions, for book.yaml and front matter. Every
// value it hands out carries the Pos of its node, so type errors and unknown
// keys are reported at their line and column.
type yamlDoc struct {
	file     string
	lineBase int // lines of the file before the YAML text (front matter)
	d        *diags
}

// yamlEntry is one key of a mapping with its value node.
type yamlEntry struct {
	Key   string
	KeyAt Pos
	Value yast.Node
}

// parse returns the document's top-level mapping entries, or reports a
// syntax error with its position. A nil, empty document gives no entries.
func (y *yamlDoc) parse(src []byte) ([]yamlEntry, bool) {
	f, err := yparser.ParseBytes(src, 0)
	if err != nil {
		var te interface {
			GetToken() *token.Token
			GetMessage() string
		}
		p := Pos{File: y.file, Line: y.lineBase + 1, Col: 1}
		msg := err.Error()
		if errors.As(err, &te) {
			if tok := te.GetToken(); tok != nil && tok.Position != nil {
				p = y.tokPos(tok)
			}
			msg = te.GetMessage()
		}
		y.d.errorf(p, "malformed YAML: %s", firstLine(msg))
		return nil, false
	}
	if len(f.Docs) == 0 || f.Docs[0].Body == nil {
		return nil, true
	}
	if _, isNull := f.Docs[0].Body.(*yast.NullNode); isNull {
		return nil, true
	}
	entries, ok := y.mapping(f.Docs[0].Body, "the top level")
	return entries, ok
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimPrefix(s, "[") // goccy prefixes "[line:col] " in Error()
}

func (y *yamlDoc) tokPos(t *token.Token) Pos {
	return Pos{File: y.file, Line: t.Position.Line + y.lineBase, Col: t.Position.Column}
}

func (y *yamlDoc) pos(n yast.Node) Pos {
	if n == nil || n.GetToken() == nil || n.GetToken().Position == nil {
		return Pos{File: y.file, Line: y.lineBase + 1}
	}
	return y.tokPos(n.GetToken())
}

// unwrap looks through tags and anchors to the value.
func unwrap(n yast.Node) yast.Node {
	for {
		switch t := n.(type) {
		case *yast.TagNode:
			n = t.Value
		case *yast.AnchorNode:
			n = t.Value
		default:
			return n
		}
	}
}

// mapping returns the entries of a mapping node; what names the value in
// the error when it is not a mapping.
func (y *yamlDoc) mapping(n yast.Node, what string) ([]yamlEntry, bool) {
	n = unwrap(n)
	var values []*yast.MappingValueNode
	switch t := n.(type) {
	case *yast.MappingNode:
		values = t.Values
	case *yast.MappingValueNode:
		values = []*yast.MappingValueNode{t}
	default:
		y.d.errorf(y.pos(n), "%s must be a mapping of keys to values, not %s", what, kindOf(n))
		return nil, false
	}
	out := make([]yamlEntry, 0, len(values))
	seen := map[string]bool{}
	for _, v := range values {
		key := ""
		if v.Key != nil {
			key = strings.TrimSpace(v.Key.String())
		}
		kp := y.pos(v.Key)
		if seen[key] {
			y.d.errorf(kp, "key %q appears twice", key)
			continue
		}
		seen[key] = true
		out = append(out, yamlEntry{Key: key, KeyAt: kp, Value: v.Value})
	}
	return out, true
}

// scalar returns a scalar's text; nil/null gives "". It reports an error
// when the value is a mapping or a list.
func (y *yamlDoc) scalar(n yast.Node, key string) (string, bool) {
	n = unwrap(n)
	switch t := n.(type) {
	case nil, *yast.NullNode:
		return "", true
	case *yast.StringNode:
		return t.Value, true
	case *yast.LiteralNode:
		return strings.TrimRight(t.Value.Value, "\n"), true
	case *yast.IntegerNode, *yast.FloatNode, *yast.BoolNode, *yast.InfinityNode, *yast.NanNode:
		return n.GetToken().Value, true
	}
	y.d.errorf(y.pos(n), "%s must be a single value, not %s", key, kindOf(n))
	return "", false
}

// list returns the items of a sequence; a lone scalar counts as a one-item
// list when lenient is set.
func (y *yamlDoc) list(n yast.Node, key string, lenient bool) ([]yast.Node, bool) {
	n = unwrap(n)
	switch t := n.(type) {
	case nil, *yast.NullNode:
		return nil, true
	case *yast.SequenceNode:
		return t.Values, true
	}
	if lenient {
		return []yast.Node{n}, true
	}
	y.d.errorf(y.pos(n), "%s must be a list, not %s", key, kindOf(n))
	return nil, false
}

func kindOf(n yast.Node) string {
	switch unwrap(n).(type) {
	case *yast.MappingNode, *yast.MappingValueNode:
		return "a mapping"
	case *yast.SequenceNode:
		return "a list"
	case nil, *yast.NullNode:
		return "nothing"
	}
	return "the value " + strings.TrimSpace(n.String())
}
