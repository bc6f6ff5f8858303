package book

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// This file, with markdown.go, decides Quire's Markdown dialect: it adds to
// goldmark the syntax GitHub, mdBook and Pandoc authors write, as the nodes
// of dialect.go.
//
//   - GitHub alerts: a block quote whose first line is [!NOTE], [!TIP],
//     [!IMPORTANT], [!WARNING] or [!CAUTION] (case-insensitive).
//   - Pandoc fenced divs: ::: {#id .class key=value} (or ::: class) up to a
//     line of colons alone; nested.
//   - Pandoc bracketed spans: [text]{.smallcaps}.
//   - Pandoc sub- and superscripts: H~2~O, r^2^ (no unescaped space inside;
//     ~~text~~ stays strikethrough).
//   - Pandoc line blocks: lines beginning with "| ".
//   - Pandoc table captions: a paragraph "Table: …" or ": …" right before or
//     after a table.
//   - Pandoc heading attributes {-} and {.unnumbered .unlisted}, which
//     goldmark's own attribute syntax does not take.
//   - \newpage and \pagebreak alone in a paragraph: a page break.

// dialect is the goldmark extension of Quire's additions.
type dialect struct{}

// Extend implements goldmark.Extender.
func (dialect) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(
		parser.WithBlockParsers(
			util.Prioritized(divParser{}, 750),
			util.Prioritized(lineBlockParser{}, 760),
		),
		parser.WithInlineParsers(
			util.Prioritized(scriptParser{}, 450), // before strikethrough (500)
			util.Prioritized(spanParser{}, 150),   // after note marks (101), before links (200)
		),
		parser.WithASTTransformers(util.Prioritized(dialectTransformer{}, 900)),
	)
}

// maxSpanScan bounds how far ahead a bracketed span's closing "]{…}" is
// looked for, as CommonMark bounds link labels (999 characters): parsing
// stays linear on hostile text full of brackets.
const maxSpanScan = 1000

// parseAttrs reads Pandoc attributes, {#id .class key=value key="v v" -},
// at the start of b. It returns them and the bytes read, or ok false.
// "-" is Pandoc's short form of .unnumbered.
func parseAttrs(b []byte) (a Attrs, n int, ok bool) {
	if len(b) == 0 || b[0] != '{' {
		return a, 0, false
	}
	i := 1
	for {
		for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
			i++
		}
		if i >= len(b) {
			return a, 0, false
		}
		if b[i] == '}' {
			return a, i + 1, true
		}
		start := i
		for i < len(b) && !isAttrSpace(b[i]) && b[i] != '}' && b[i] != '=' {
			i++
		}
		word := string(b[start:i])
		switch {
		case i < len(b) && b[i] == '=':
			if !isAttrKey(word) {
				return a, 0, false
			}
			i++
			val, m, ok := attrValue(b[i:])
			if !ok {
				return a, 0, false
			}
			i += m
			a.set(word, val)
		case word == "-":
			a.Classes = append(a.Classes, "unnumbered")
		case len(word) > 1 && word[0] == '#' && a.ID == "":
			a.ID = word[1:]
		case len(word) > 1 && word[0] == '.':
			a.Classes = append(a.Classes, word[1:])
		default:
			return a, 0, false
		}
		if i < len(b) && !isAttrSpace(b[i]) && b[i] != '}' {
			return a, 0, false
		}
	}
}

func isAttrSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// isAttrKey reports whether w can be an attribute's name.
func isAttrKey(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && i > 0 || c == '-' && i > 0 || c == '_' || c == ':' || c == '.' && i > 0) {
			return false
		}
	}
	return true
}

// attrValue reads an attribute's value: "quoted" (with \" escapes) or a
// run of characters up to a space or the closing brace.
func attrValue(b []byte) (string, int, bool) {
	if len(b) > 0 && b[0] == '"' {
		var sb strings.Builder
		for i := 1; i < len(b); i++ {
			switch b[i] {
			case '\\':
				if i+1 < len(b) {
					i++
					sb.WriteByte(b[i])
				}
			case '"':
				return sb.String(), i + 1, true
			default:
				sb.WriteByte(b[i])
			}
		}
		return "", 0, false
	}
	i := 0
	for i < len(b) && !isAttrSpace(b[i]) && b[i] != '}' {
		i++
	}
	return string(b[:i]), i, i > 0
}

// set records key=value: lang and dir by name, id and class as the short
// forms do, others in Other.
func (a *Attrs) set(key, val string) {
	switch key {
	case "lang":
		a.Lang = val
	case "dir":
		a.Dir = strings.ToLower(val)
	case "id":
		if a.ID == "" {
			a.ID = val
		}
	case "class":
		a.Classes = append(a.Classes, strings.Fields(val)...)
	default:
		a.Other = append(a.Other, [2]string{key, val})
	}
}

// divParser parses Pandoc's fenced divs.
type divParser struct{}

func (divParser) Trigger() []byte { return []byte{':'} }

// divOpening reads a fenced div's opening line: three or more colons, then
// attributes or one word (a class), then optionally more colons.
func divOpening(line []byte) (Attrs, bool) {
	i := 0
	for i < len(line) && line[i] == ':' {
		i++
	}
	if i < 3 {
		return Attrs{}, false
	}
	rest := bytes.TrimSpace(line[i:])
	rest = bytes.TrimSpace(bytes.TrimRight(rest, ":"))
	if len(rest) == 0 {
		return Attrs{}, false
	}
	if rest[0] == '{' {
		a, n, ok := parseAttrs(rest)
		if !ok || n != len(rest) {
			return Attrs{}, false
		}
		return a, true
	}
	if bytes.ContainsAny(rest, " \t{}") {
		return Attrs{}, false
	}
	return Attrs{Classes: []string{string(rest)}}, true
}

// isDivClosing reports whether line is a fenced div's closing line: three
// or more colons alone.
func isDivClosing(line []byte) bool {
	t := bytes.TrimSpace(line)
	return len(t) >= 3 && len(bytes.Trim(t, ":")) == 0
}

func (divParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, _ := reader.PeekLine()
	pos := pc.BlockOffset()
	if pos < 0 || line[pos] != ':' {
		return nil, parser.NoChildren
	}
	a, ok := divOpening(line[pos:])
	if !ok {
		return nil, parser.NoChildren
	}
	reader.AdvanceToEOL()
	return &Div{Attrs: a, open: true}, parser.HasChildren
}

func (divParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	line, _ := reader.PeekLine()
	w, pos := util.IndentWidth(line, reader.LineOffset())
	if w < 4 && isDivClosing(line[pos:]) && !openDivInside(node) {
		reader.AdvanceToEOL()
		return parser.Close
	}
	return parser.Continue | parser.HasChildren
}

// openDivInside reports whether a div still open is nested in node: the
// closing line is then that div's.
func openDivInside(node ast.Node) bool {
	for n := node.LastChild(); n != nil; n = n.LastChild() {
		if d, ok := n.(*Div); ok && d.open {
			return true
		}
	}
	return false
}

func (divParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {
	node.(*Div).open = false
}

func (divParser) CanInterruptParagraph() bool { return false }
func (divParser) CanAcceptIndentedLine() bool { return false }

// lineBlockParser parses Pandoc's line blocks.
type lineBlockParser struct{}

func (lineBlockParser) Trigger() []byte { return []byte{'|'} }

// lineBlockLine returns the text of a line-block line after "| " (or a
// bare "|"), and false for any other line.
func lineBlockLine(line []byte) (rest []byte, ok bool) {
	if len(line) == 0 || line[0] != '|' {
		return nil, false
	}
	switch {
	case len(line) == 1 || line[1] == '\n' || line[1] == '\r':
		return line[1:1], true
	case line[1] == ' ':
		return line[2:], true
	}
	return nil, false
}

func (lineBlockParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, seg := reader.PeekLine()
	pos := pc.BlockOffset()
	if pos < 0 {
		return nil, parser.NoChildren
	}
	if _, ok := lineBlockLine(line[pos:]); !ok || isTableRowStart(reader.Source(), seg.Stop) {
		return nil, parser.NoChildren
	}
	n := &LineBlock{}
	addLine(n, line, seg, pos)
	reader.AdvanceToEOL()
	return n, parser.NoChildren
}

// isTableRowStart reports whether the line that begins at offset next of
// src is a table's delimiter row (|---|:--:|): the line before it is then a
// table's header, not a line block.
func isTableRowStart(src []byte, next int) bool {
	if next >= len(src) {
		return false
	}
	end := bytes.IndexByte(src[next:], '\n')
	if end < 0 {
		end = len(src) - next
	}
	row := bytes.TrimSpace(src[next : next+end])
	if len(row) == 0 || !bytes.Contains(row, []byte("-")) {
		return false
	}
	for _, c := range row {
		if c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// addLine adds the line-block line that starts at pos of line (its
// segment seg) to n. Its segment keeps the line's newline, so that a
// continuation line joins it with a space; Close trims the last one.
func addLine(n *LineBlock, line []byte, seg text.Segment, pos int) {
	rest, _ := lineBlockLine(line[pos:])
	indent := countRun(rest, ' ')
	start := seg.Start + len(line) - len(rest) + indent
	l := &Line{Indent: indent}
	l.Lines().Append(text.NewSegment(start, seg.Stop))
	n.AppendChild(n, l)
}

func (lineBlockParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	line, seg := reader.PeekLine()
	if util.IsBlank(line) {
		return parser.Close
	}
	n := node.(*LineBlock)
	if _, ok := lineBlockLine(line); ok {
		addLine(n, line, seg, 0)
		reader.AdvanceToEOL()
		return parser.Continue | parser.NoChildren
	}
	if line[0] == ' ' || line[0] == '\t' { // a continuation of the last line
		if last, ok := n.LastChild().(*Line); ok {
			t := util.TrimLeftSpaceLength(line)
			last.Lines().Append(text.NewSegment(seg.Start+t, seg.Stop))
			reader.AdvanceToEOL()
			return parser.Continue | parser.NoChildren
		}
	}
	return parser.Close
}

// Close trims the newline and trailing spaces off each line's last
// segment, so that a line ends where its text does, and drops the empty
// segments (of a bare "|"), which goldmark's inline parser cannot take.
func (lineBlockParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	for c := node.FirstChild(); c != nil; c = c.NextSibling() {
		lines := c.Lines()
		kept := text.NewSegments()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			if i == lines.Len()-1 {
				stop := seg.Stop
				for stop > seg.Start && (src[stop-1] == '\n' || src[stop-1] == '\r' || src[stop-1] == ' ' || src[stop-1] == '\t') {
					stop--
				}
				seg = seg.WithStop(stop)
			}
			if len(bytes.TrimSpace(seg.Value(src))) > 0 {
				kept.Append(seg)
			}
		}
		c.SetLines(kept)
	}
}

func (lineBlockParser) CanInterruptParagraph() bool { return false }
func (lineBlockParser) CanAcceptIndentedLine() bool { return false }

// scriptParser parses Pandoc's ~subscript~ and ^superscript^.
type scriptParser struct{}

func (scriptParser) Trigger() []byte { return []byte{'~', '^'} }

func (scriptParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	c := line[0]
	if len(line) < 3 || line[1] == c {
		return nil // ~~strikethrough~~, or too short
	}
	for i := 1; i < len(line) && i < maxSpanScan; i++ {
		switch line[i] {
		case '\\':
			if i+1 < len(line) && line[i+1] != '\n' {
				i++
				continue
			}
			return nil
		case ' ', '\t', '\n', '\r':
			return nil
		case c:
			if i == 1 {
				return nil
			}
			n := &Script{Super: c == '^'}
			n.AppendChild(n, ast.NewTextSegment(text.NewSegment(seg.Start+1, seg.Start+i)))
			block.Advance(i + 1)
			return n
		}
	}
	return nil
}

// spanParser parses Pandoc's bracketed spans, [text]{attributes}, the way
// goldmark parses links: at "[", when the matching "]" is followed by
// attributes, it leaves a spanOpen mark and lets the text be parsed; at
// that "]", it gathers the text after the mark into a Span.
type spanParser struct{}

var spanStackKey = parser.NewContextKey()

// spanOpen marks where a bracketed span began while its text is parsed.
type spanOpen struct {
	ast.BaseInline
	seg    text.Segment // the "["
	closes int          // source offset of the matching "]"
	end    int          // source offset after the attributes
	attrs  Attrs
	bottom ast.Node // the last emphasis delimiter before the span
}

var kindSpanOpen = ast.NewNodeKind("SpanOpen")

func (n *spanOpen) Kind() ast.NodeKind { return kindSpanOpen }

func (n *spanOpen) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

func (spanParser) Trigger() []byte { return []byte{'[', ']'} }

func (spanParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	stack, _ := pc.Get(spanStackKey).([]*spanOpen)
	if line[0] == ']' {
		if len(stack) == 0 || stack[len(stack)-1].closes != seg.Start {
			return nil
		}
		open := stack[len(stack)-1]
		pc.Set(spanStackKey, stack[:len(stack)-1])
		block.Advance(open.end - seg.Start)
		parser.ProcessDelimiters(open.bottom, pc)
		span := &Span{Attrs: open.attrs}
		for c := open.NextSibling(); c != nil; {
			next := c.NextSibling()
			c.Parent().RemoveChild(c.Parent(), c)
			span.AppendChild(span, c)
			c = next
		}
		open.Parent().RemoveChild(open.Parent(), open)
		return span
	}
	closes, end, attrs, ok := findSpanClose(block)
	if !ok {
		return nil
	}
	open := &spanOpen{seg: text.NewSegment(seg.Start, seg.Start+1), closes: closes, end: end, attrs: attrs, bottom: pc.LastDelimiter()}
	pc.Set(spanStackKey, append(stack, open))
	block.Advance(1)
	return open
}

// findSpanClose looks ahead from a "[" for its matching "]" followed by
// attributes, skipping escapes, code spans and nested brackets, within
// maxSpanScan bytes. It leaves the reader where it was.
func findSpanClose(block text.Reader) (closes, end int, a Attrs, ok bool) {
	line0, pos0 := block.Position()
	defer block.SetPosition(line0, pos0)
	depth, scanned := 0, 0
	ticks := 0 // the length of the open code span's backtick run, or 0
	first := true
	for scanned < maxSpanScan {
		line, seg := block.PeekLine()
		if line == nil {
			return 0, 0, a, false
		}
		i := 0
		if first {
			i, first = 1, false
		}
		for ; i < len(line) && scanned < maxSpanScan; i, scanned = i+1, scanned+1 {
			c := line[i]
			if ticks > 0 {
				if c == '`' {
					run := countRun(line[i:], '`')
					if run == ticks {
						ticks = 0
					}
					i += run - 1
				}
				continue
			}
			switch c {
			case '\\':
				i++
			case '`':
				ticks = countRun(line[i:], '`')
				i += ticks - 1
			case '[':
				depth++
			case ']':
				if depth > 0 {
					depth--
					continue
				}
				attrs, n, ok := parseAttrs(line[i+1:])
				if !ok {
					return 0, 0, a, false
				}
				return seg.Start + i, seg.Start + i + 1 + n, attrs, true
			}
		}
		block.AdvanceLine()
	}
	return 0, 0, a, false
}

// countRun is the length of the run of c at the start of b.
func countRun(b []byte, c byte) int {
	n := 0
	for n < len(b) && b[n] == c {
		n++
	}
	return n
}

// dialectTransformer makes the nodes that are found after parsing: alerts,
// table captions, page breaks, heading attributes goldmark left as text,
// and puts back as text a span mark whose span did not close.
type dialectTransformer struct{}

func (dialectTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	var alerts, tables, paras, heads, opens []ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindBlockquote:
			alerts = append(alerts, n)
		case east.KindTable:
			tables = append(tables, n)
		case ast.KindParagraph:
			paras = append(paras, n)
		case ast.KindHeading:
			heads = append(heads, n)
		case kindSpanOpen:
			opens = append(opens, n)
		}
		return ast.WalkContinue, nil
	})
	for _, n := range opens {
		o := n.(*spanOpen)
		ast.MergeOrReplaceTextSegment(o.Parent(), o, o.seg)
	}
	for _, n := range alerts {
		makeAlert(n, src)
	}
	for _, n := range tables {
		captionTable(n, src)
	}
	for _, n := range paras {
		if n.Parent() != nil && isPageBreak(n, src) {
			n.Parent().ReplaceChild(n.Parent(), n, &PageBreak{})
		}
	}
	for _, n := range heads {
		headingAttrs(n.(*ast.Heading), src)
	}
}

// alertKind reads a GitHub alert's marker line, "[!NOTE]" alone on the
// first line of a block quote.
func alertKind(line []byte) string {
	t := bytes.TrimSpace(line)
	if len(t) < 4 || t[0] != '[' || t[1] != '!' || t[len(t)-1] != ']' {
		return ""
	}
	kind := strings.ToLower(string(t[2 : len(t)-1]))
	for _, k := range alertKinds {
		if k == kind {
			return k
		}
	}
	return ""
}

// makeAlert turns a block quote that opens with an alert marker into an
// alert Div.
func makeAlert(q ast.Node, src []byte) {
	p := q.FirstChild()
	if p == nil || p.Kind() != ast.KindParagraph || p.Lines().Len() == 0 {
		return
	}
	first := p.Lines().At(0)
	kind := alertKind(first.Value(src))
	if kind == "" {
		return
	}
	for c := p.FirstChild(); c != nil; {
		next := c.NextSibling()
		if t, ok := c.(*ast.Text); !ok || t.Segment.Start >= first.Stop {
			break
		}
		p.RemoveChild(p, c)
		c = next
	}
	if p.FirstChild() == nil {
		q.RemoveChild(q, p)
	} else {
		lines := text.NewSegments()
		for i := 1; i < p.Lines().Len(); i++ {
			lines.Append(p.Lines().At(i))
		}
		p.SetLines(lines)
	}
	d := &Div{Alert: kind, Attrs: Attrs{Classes: []string{kind}}}
	for c := q.FirstChild(); c != nil; {
		next := c.NextSibling()
		q.RemoveChild(q, c)
		d.AppendChild(d, c)
		c = next
	}
	q.Parent().ReplaceChild(q.Parent(), q, d)
}

// captionTable makes the "Table: …" or ": …" paragraph right after (or,
// failing that, right before) a table its caption.
func captionTable(t ast.Node, src []byte) {
	for _, p := range []ast.Node{t.NextSibling(), t.PreviousSibling()} {
		if p == nil || p.Kind() != ast.KindParagraph || p.Lines().Len() == 0 {
			continue
		}
		first := p.Lines().At(0)
		prefix := captionPrefix(first.Value(src))
		if prefix == 0 {
			continue
		}
		cut := first.Start + prefix
		for c := p.FirstChild(); c != nil; {
			next := c.NextSibling()
			tx, ok := c.(*ast.Text)
			if !ok || tx.Segment.Start >= cut {
				break
			}
			if tx.Segment.Stop <= cut {
				p.RemoveChild(p, c)
			} else {
				tx.Segment = tx.Segment.WithStart(cut)
				break
			}
			c = next
		}
		if tx, ok := p.FirstChild().(*ast.Text); ok {
			v := tx.Segment.Value(src)
			tx.Segment = tx.Segment.WithStart(tx.Segment.Start + util.TrimLeftSpaceLength(v))
		}
		c := &TableCaption{}
		c.SetLines(p.Lines())
		for k := p.FirstChild(); k != nil; {
			next := k.NextSibling()
			p.RemoveChild(p, k)
			c.AppendChild(c, k)
			k = next
		}
		p.Parent().RemoveChild(p.Parent(), p)
		t.InsertBefore(t, t.FirstChild(), c)
		if a, ok := trailingAttrs(c, src); ok { // Table: Caption {#tbl:id}
			setAttrs(t, a)
		}
		return
	}
}

// captionPrefix is the length of a table caption's "Table:" or ":" and the
// spaces after it at the start of line, or 0.
func captionPrefix(line []byte) int {
	for _, p := range []string{"Table:", "table:", ":"} {
		if bytes.HasPrefix(line, []byte(p)) && (len(line) == len(p) || line[len(p)] == ' ' || line[len(p)] == '\t') {
			return len(p) + util.TrimLeftSpaceLength(line[len(p):])
		}
	}
	return 0
}

// isPageBreak reports whether a paragraph is \newpage or \pagebreak alone.
func isPageBreak(p ast.Node, src []byte) bool {
	if p.Lines().Len() != 1 {
		return false
	}
	line := p.Lines().At(0)
	t := string(bytes.TrimSpace(line.Value(src)))
	return t == `\newpage` || t == `\pagebreak`
}

// headingAttrs applies the attributes goldmark's own heading syntax left as
// text at a heading's end ({-}, {.unnumbered}), removing them from it.
func headingAttrs(h *ast.Heading, src []byte) {
	if h.Lines().Len() != 1 {
		return
	}
	if a, ok := trailingAttrs(h, src); ok {
		setAttrs(h, a)
	}
}

// trailingAttrs removes Pandoc attributes, {#id .class}, written at the end
// of a block's last line (a heading, a table caption), from its text, and
// returns them.
func trailingAttrs(n ast.Node, src []byte) (Attrs, bool) {
	if n.Lines().Len() == 0 || n.LastChild() == nil {
		return Attrs{}, false
	}
	line := n.Lines().At(n.Lines().Len() - 1)
	v := bytes.TrimRight(line.Value(src), " \t\r\n#")
	open := bytes.LastIndexByte(v, '{')
	if open <= 0 || v[open-1] != ' ' && v[open-1] != '\t' {
		return Attrs{}, false
	}
	a, size, ok := parseAttrs(v[open:])
	if !ok || open+size != len(v) {
		return Attrs{}, false
	}
	cut := line.Start + open
	for c := n.FirstChild(); c != nil; {
		next := c.NextSibling()
		if t, ok := c.(*ast.Text); ok {
			switch {
			case t.Segment.Start >= cut:
				n.RemoveChild(n, c)
			case t.Segment.Stop > cut:
				t.Segment = t.Segment.WithStop(cut)
			}
		}
		c = next
	}
	if t, ok := n.LastChild().(*ast.Text); ok {
		v := t.Segment.Value(src)
		t.Segment = t.Segment.WithStop(t.Segment.Stop - util.TrimRightSpaceLength(v))
		t.SetSoftLineBreak(false)
	}
	return a, true
}

// setAttrs gives a node (a heading, a table) the id and classes of a, as
// goldmark's attribute syntax does: an id it already has is kept.
func setAttrs(n ast.Node, a Attrs) {
	if a.ID != "" {
		if _, has := n.AttributeString("id"); !has {
			n.SetAttributeString("id", []byte(a.ID))
		}
	}
	if len(a.Classes) > 0 {
		classes := a.Classes
		if v, has := n.AttributeString("class"); has {
			classes = append(strings.Fields(attrString(v)), classes...)
		}
		n.SetAttributeString("class", []byte(strings.Join(classes, " ")))
	}
}
