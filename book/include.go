package book

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file is mdBook's "links" preprocessor, run on every chapter of every
// kind of book before it is parsed: {{#include}}, {{#rustdoc_include}},
// {{#playground}} (and its old name {{#playpen}}), {{#title}} and the escape
// \{{#…}}. It follows mdBook's crates/mdbook-driver/src/builtin_preprocessors/
// links.rs and links/take_lines.rs: the same directive syntax, the same
// line ranges and anchors, the same text around an include (the text before
// a directive on its line is repeated before every later included line, and
// the included text loses its last line end). Where mdBook only logs a
// problem (a missing file, an unknown anchor, a cycle) and goes on, Quire
// reports an error at the directive and leaves the directive in the text.
//
// The expanded chapter holds text of several files: srcSpan records where
// each stretch of it comes from, so that every position Quire reports (see
// Chapter.Pos) names the file and line the text was written in.

// maxIncludeDepth is how deeply includes may nest (mdBook's
// MAX_LINK_NESTED_DEPTH): the chapter's includes are depth 1.
const maxIncludeDepth = 10

// maxExpandedBytes bounds a chapter with its includes expanded. Including
// one file many times is legitimate (each include is read once); a book
// whose includes multiply past this is refused rather than fill memory.
const maxExpandedBytes = 64 << 20

// maxIncludeScan bounds the text the line selections of one chapter's
// includes read (each distinct selection is made once), so that thousands
// of anchors looked up in a large file cannot take minutes.
const maxIncludeScan = 4 * maxExpandedBytes

// directiveRE is mdBook's link regex: an escaped directive (a backslash,
// then {{#, up to the last }} of the line), or {{#type target…}}.
var directiveRE = regexp.MustCompile(`\\\{\{#.*\}\}|\{\{` + ws + `*#([a-zA-Z0-9_]+)` + ws + `+([^}]+)\}\}`)

// ws is Rust's \s (Unicode White_Space), which mdBook's regexes use; Go's
// \s is ASCII only.
const ws = `[\t\n\v\f\r\x{85}\p{Z}]`

// anchorStartRE and anchorEndRE are mdBook's anchor lines: the words may
// sit anywhere in a line, so that any comment syntax carries them. The
// name is Rust's Unicode \w, with '-'.
var (
	anchorStartRE = regexp.MustCompile(`ANCHOR:` + ws + `*([\pL\pM\pN\p{Pc}-]+)`)
	anchorEndRE   = regexp.MustCompile(`ANCHOR_END:` + ws + `*([\pL\pM\pN\p{Pc}-]+)`)
)

// srcSpan says where a stretch of an expanded chapter's Source comes from:
// the byte at off is at line:col of file; each later line of the stretch
// starts with indent bytes that mdBook repeats from the including line
// (they count as column 1), then continues the file's next line.
type srcSpan struct {
	off       int
	file      string
	line, col int
	indent    int
}

// spanPos is Chapter.Pos for a chapter whose Source has expanded includes.
func (c *Chapter) spanPos(offset int) Pos {
	offset = min(max(offset, 0), len(c.Source))
	i := sort.Search(len(c.spans), func(i int) bool { return c.spans[i].off > offset }) - 1
	s := c.spans[max(i, 0)]
	at := lineIndex(c.starts, offset)
	from := lineIndex(c.starts, min(s.off, len(c.Source)))
	if at == from {
		return Pos{File: s.file, Line: s.line, Col: max(1, s.col+utf8.RuneCount(c.Source[min(s.off, offset):offset]))}
	}
	text := c.starts[at] + s.indent
	col := 1
	if offset > text {
		col += utf8.RuneCount(c.Source[text:offset])
	}
	return Pos{File: s.file, Line: s.line + at - from, Col: col}
}

// lineIndex is the 0-based line of offset, given the line starts.
func lineIndex(starts []int, offset int) int {
	return max(sort.Search(len(starts), func(i int) bool { return starts[i] > offset })-1, 0)
}

// expandIncludes expands the mdBook directives of a chapter's body, read
// from file after lineBase lines of front matter. It returns body itself and
// nil spans when there is nothing to expand.
func (l *loader) expandIncludes(file string, body []byte, lineBase int) ([]byte, []srcSpan) {
	matches := findDirectives(body)
	if len(matches) == 0 {
		return body, nil
	}
	x := &expander{l: l, files: map[string]*includedFile{}, picks: map[string]*pick{}, seen: map[string]bool{}}
	top := &level{file: file, base: path.Dir(file), text: body, matches: matches, runs: []run{{file: file, line: lineBase + 1, col: 1}}}
	x.expand(top)
	if x.over {
		return body, nil // the error is reported; parse the chapter as written
	}
	return x.out, x.spans
}

// findDirectives returns the matches of directiveRE in text (never nil).
func findDirectives(text []byte) [][]int {
	if !bytes.Contains(text, []byte("{{")) {
		return [][]int{}
	}
	return append([][]int{}, directiveRE.FindAllSubmatchIndex(text, -1)...)
}

// expander expands the directives of one chapter.
type expander struct {
	l     *loader
	out   []byte
	spans []srcSpan
	files map[string]*includedFile // by path, read once
	picks map[string]*pick         // line selections, made once each
	stack []*level                 // the levels being expanded, outermost first
	seen  map[string]bool          // diagnostics reported (an included file's errors show once)
	scan  int                      // bytes the selections read
	over  bool                     // a limit was hit: the expansion stops
}

// includedFile is a file some directive names: its lines, or ok false when
// it could not be read (reported once).
type includedFile struct {
	lines [][]byte
	ok    bool
}

// pick is a selection of a file's lines: their text joined with line ends,
// the runs of consecutive file lines, how many lines the file has.
type pick struct {
	text  []byte
	runs  []run
	lines int
	found bool   // an anchor selection found its anchor
	hint  string // for an anchor not found: the anchors it may have meant

	matches [][]int // directiveRE's matches in text; nil until found
}

// run is a stretch of a level's lines that are consecutive lines of a file:
// level line from is line:col of file, and the next ones follow at column 1.
type run struct {
	from      int
	file      string
	line, col int
}

// level is one text being expanded: the chapter, or a file's included
// lines. Its output goes to the expander's out, each of its line ends
// followed by its prefix (the text mdBook repeats).
type level struct {
	file    string // the file, for cycles and messages
	base    string // the folder its paths are relative to
	text    []byte
	runs    []run
	matches [][]int // directiveRE's matches in text; nil until found

	prefix  [][2]int // the prefix: ranges of out, the outer levels' first
	plen    int      // its length in bytes
	pRunes  int      // its length in runes, -1 until counted
	start   int      // where the level's output starts in out
	outLine int      // where its current output line starts, after the prefix
	prevOut int      // outLine before the last line end it wrote
	endNL   int      // the end of out after its last line end and prefix

	at, line, lineStart int // the cursor: an offset into text, its line and that line's start
}

// expand writes the level's text to out, expanding its directives.
func (x *expander) expand(lv *level) {
	lv.start, lv.outLine, lv.prevOut, lv.endNL, lv.pRunes = len(x.out), len(x.out), len(x.out), -1, -1
	x.stack = append(x.stack, lv)
	defer func() { x.stack = x.stack[:len(x.stack)-1] }()
	if lv.matches == nil {
		lv.matches = findDirectives(lv.text)
	}
	for _, m := range lv.matches {
		if x.over {
			return
		}
		x.directive(lv, m)
	}
	x.copy(lv, len(lv.text))
}

// directive handles one match of directiveRE; text it leaves as written
// is copied with the text after it.
func (x *expander) directive(lv *level, m []int) {
	if lv.text[m[0]] == '\\' { // escaped: drop the backslash
		x.copy(lv, m[0])
		lv.advance(m[0] + 1)
		return
	}
	kind, rest := string(lv.text[m[2]:m[3]]), string(lv.text[m[4]:m[5]])
	args := strings.Fields(rest)
	switch {
	case kind == "title": // mdBook's HTML page title: nothing in the editions
		x.copy(lv, m[0])
		lv.advance(m[1])
	case len(args) == 0:
	case kind == "include" || kind == "rustdoc_include":
		x.include(lv, m, kind, args[0], nil)
	case kind == "playground" || kind == "playpen":
		if kind == "playpen" {
			x.warnf(x.posAt(lv, m[0]), "{{#playpen}} is the old name of {{#playground}}: write {{#playground %s}}", strings.Join(args, " "))
		}
		x.include(lv, m, kind, args[0], args[1:])
	}
}

// include expands an include-like directive: spec is its first argument
// (path[:range-or-anchor] for include and rustdoc_include, the path for
// playground, whose other arguments are attrs).
func (x *expander) include(lv *level, m []int, kind, spec string, attrs []string) {
	at := x.posAt(lv, m[0])
	name, sel := spec, ""
	if kind != "playground" && kind != "playpen" {
		name, sel, _ = strings.Cut(spec, ":")
	}
	p, problem := cleanBookPath(lv.base, name)
	if problem != "" {
		x.errorf(at, "included file %q %s", name, problem)
		return
	}
	if chain := x.cycle(p); chain != "" {
		x.errorf(at, "include cycle: %s; not followed", chain)
		return
	}
	if len(x.stack) > maxIncludeDepth {
		x.errorf(at, "includes nested more than %d deep (mdBook's limit); not followed", maxIncludeDepth)
		return
	}
	f := x.read(p, name, lv.base, at)
	if f == nil {
		return
	}
	pk := x.pick(p, f, kind, spec, sel, attrs, at)
	if pk == nil {
		return
	}
	x.copy(lv, m[0])
	lv.advance(m[1])
	if pk.matches == nil {
		pk.matches = findDirectives(pk.text)
	}
	x.nest(lv, &level{file: p, base: path.Dir(p), text: pk.text, runs: pk.runs, matches: pk.matches})
}

// cycle returns the chain of includes that p closes ("a.md → b.md →
// a.md"), or "" when p is not being expanded already.
func (x *expander) cycle(p string) string {
	for i, lv := range x.stack {
		if lv.file == p {
			var names []string
			for _, o := range x.stack[i:] {
				names = append(names, o.file)
			}
			return strings.Join(append(names, p), " → ")
		}
	}
	return ""
}

// nest expands the included level in at the current end of out: its lines
// after the first are prefixed with lv's prefix and the text before the
// directive on its line, and its last line end is dropped (mdBook joins
// the included text's lines()).
func (x *expander) nest(lv, in *level) {
	in.prefix = append(append([][2]int(nil), lv.prefix...), [2]int{lv.outLine, len(x.out)})
	in.plen = lv.plen + len(x.out) - lv.outLine
	pInner := len(x.out) - lv.outLine
	x.expand(in)
	if x.over {
		return
	}
	if in.endNL > in.start && len(x.out) == in.endNL {
		x.out = x.out[:len(x.out)-in.plen-1]
		in.outLine = in.prevOut
		for len(x.spans) > 0 && x.spans[len(x.spans)-1].off > len(x.out) {
			x.spans = x.spans[:len(x.spans)-1]
		}
	}
	if in.outLine != in.start {
		lv.outLine = in.outLine - pInner
	}
}

// copy writes the level's text from the cursor to end, each line end
// followed by the prefix, marking where the text comes from.
func (x *expander) copy(lv *level, end int) {
	if lv.at >= end {
		return
	}
	file, line, col := lv.pos()
	x.mark(len(x.out), file, line, col, lv.plen)
	for lv.at < end && !x.over {
		nl := bytes.IndexByte(lv.text[lv.at:end], '\n')
		if nl < 0 {
			x.write(lv.text[lv.at:end])
			lv.at = end
			return
		}
		x.write(lv.text[lv.at : lv.at+nl+1])
		lineStart := len(x.out)
		for _, r := range lv.prefix {
			x.write(x.out[r[0]:r[1]])
		}
		lv.prevOut, lv.outLine, lv.endNL = lv.outLine, len(x.out), len(x.out)
		lv.advance(lv.at + nl + 1)
		if lv.runStart(lv.line) {
			file, line, col := lv.pos()
			x.mark(lineStart, file, line, col-lv.prefixRunes(x.out), lv.plen)
		}
	}
}

// write appends b to out, unless out would grow past maxExpandedBytes: then
// it reports an error (once) and the expansion stops.
func (x *expander) write(b []byte) {
	if x.over {
		return
	}
	if len(x.out)+len(b) > maxExpandedBytes {
		x.over = true
		top := x.stack[0]
		x.l.d.errorf(Pos{File: top.file, Line: top.runs[0].line, Col: 1},
			"with its includes expanded, the chapter is over %d MB: include less, or split it", maxExpandedBytes>>20)
		return
	}
	x.out = append(x.out, b...)
}

// mark starts a span at off (replacing one that starts there).
func (x *expander) mark(off int, file string, line, col, indent int) {
	s := srcSpan{off: off, file: file, line: line, col: col, indent: indent}
	if n := len(x.spans); n > 0 && x.spans[n-1].off == off {
		x.spans[n-1] = s
		return
	}
	x.spans = append(x.spans, s)
}

// prefixRunes is the length of the level's prefix in runes.
func (lv *level) prefixRunes(out []byte) int {
	if lv.pRunes < 0 {
		lv.pRunes = 0
		for _, r := range lv.prefix {
			lv.pRunes += utf8.RuneCount(out[r[0]:r[1]])
		}
	}
	return lv.pRunes
}

// advance moves the cursor forward to offset to, counting lines.
func (lv *level) advance(to int) {
	for lv.at < to {
		nl := bytes.IndexByte(lv.text[lv.at:to], '\n')
		if nl < 0 {
			lv.at = to
			return
		}
		lv.at += nl + 1
		lv.line++
		lv.lineStart = lv.at
	}
}

// runAt is the run that holds level line i.
func (lv *level) runAt(i int) run {
	k := sort.Search(len(lv.runs), func(k int) bool { return lv.runs[k].from > i }) - 1
	return lv.runs[max(k, 0)]
}

// runStart reports whether level line i starts a run (it does not follow
// the line before it in a file).
func (lv *level) runStart(i int) bool {
	k := sort.Search(len(lv.runs), func(k int) bool { return lv.runs[k].from >= i })
	return k < len(lv.runs) && lv.runs[k].from == i
}

// pos is where the byte at the cursor was written.
func (lv *level) pos() (file string, line, col int) {
	r := lv.runAt(lv.line)
	col = 1
	if lv.line == r.from {
		col = r.col
	}
	return r.file, r.line + lv.line - r.from, col + utf8.RuneCount(lv.text[lv.lineStart:lv.at])
}

// posAt is where the level's byte at offset (at or after the cursor) was
// written. The cursor stays: the text before offset is yet to be copied.
func (x *expander) posAt(lv *level, offset int) Pos {
	at, line, lineStart := lv.at, lv.line, lv.lineStart
	lv.advance(offset)
	file, l, col := lv.pos()
	lv.at, lv.line, lv.lineStart = at, line, lineStart
	return Pos{File: file, Line: l, Col: col}
}

// read reads and decodes an included file once; nil when it cannot be
// read (reported at the directive, at, the first time).
func (x *expander) read(p, written, base string, at Pos) *includedFile {
	if f, ok := x.files[p]; ok {
		if !f.ok {
			return nil
		}
		return f
	}
	f := &includedFile{}
	x.files[p] = f
	data, err := readOpen(x.l.fsys, p, errIsFolder, maxSourceBytes)
	var tb tooBigError
	switch {
	case errors.Is(err, errIsFolder):
		x.errorf(at, "included file %q is a folder", written)
		return nil
	case errors.As(err, &tb):
		x.errorf(at, "included %s", tooBig(written, tb.size))
		return nil
	case err != nil:
		hint := ""
		if errors.Is(err, fs.ErrNotExist) {
			hint = x.l.suggestFile(base, p)
		}
		x.errorf(at, "%s%s", fileProblem("included file", written, p, err), hint)
		return nil
	}
	text, ok := decodeSource(p, data, &x.l.d)
	if !ok {
		return nil
	}
	f.lines, f.ok = rustLines(text), true
	return f
}

// rustLines splits text as Rust's str::lines: at line ends, a last line
// end ending no line.
func rustLines(text []byte) [][]byte {
	if len(text) == 0 {
		return nil
	}
	return bytes.Split(bytes.TrimSuffix(text, []byte("\n")), []byte("\n"))
}

// pick selects the lines of f (at path p) that a directive (kind, its
// first argument spec: the path and sel, the text after its first colon)
// asks for, once per selection; nil when the selection fails (reported at
// at).
func (x *expander) pick(p string, f *includedFile, kind, spec, sel string, attrs []string, at Pos) *pick {
	key := kind + "\x00" + p + "\x00" + sel + "\x00" + strings.Join(attrs, ",")
	pk, done := x.picks[key]
	if !done {
		for _, l := range f.lines {
			x.scan += len(l) + 1
		}
		if x.scan > maxIncludeScan {
			x.errorf(at, "the chapter's includes select from over %d MB of text: include fewer parts of large files", maxIncludeScan>>20)
			x.over = true
			return nil
		}
		pk = selectLines(p, f.lines, kind, sel, attrs, at)
		if !pk.found && isAnchor(sel) {
			pk.hint = anchorHint(f.lines, anchorName(sel))
		}
		x.picks[key] = pk
	}
	switch {
	case kind == "playground" || kind == "playpen":
	case !pk.found && isAnchor(sel):
		x.errorf(at, "anchor %q not found in %q%s", anchorName(sel), p, aside(pk.hint))
		return nil
	case len(pk.runs) == 0 && pk.lines > 0:
		x.warnf(at, "{{#%s %s}} selects no lines: %q has %d", kind, spec, p, pk.lines)
	}
	return pk
}

// lineRange is a range of 0-based line indexes [start, end); end < 0 is
// open. It is mdBook's LineRange.
type lineRange struct{ start, end int }

// parseSelection reads what follows the path's first colon: mdBook's
// parse_range_or_anchor. anchor is set for an anchor; else r is the range.
func parseSelection(sel string) (r lineRange, anchor string) {
	parts := strings.SplitN(sel, ":", 3)
	start, hasStart := -1, false
	if n, ok := parseUsize(parts[0]); ok {
		start, hasStart = max(n-1, 0), true
	} else if parts[0] != "" {
		return lineRange{}, parts[0]
	}
	if len(parts) < 2 {
		if hasStart {
			return lineRange{start, start + 1}, ""
		}
		return lineRange{0, -1}, ""
	}
	end, endOK := parseUsize(parts[1])
	switch {
	case hasStart && endOK:
		return lineRange{start, end}, ""
	case hasStart:
		return lineRange{start, -1}, ""
	case endOK:
		return lineRange{0, end}, ""
	}
	return lineRange{0, -1}, ""
}

// parseUsize is Rust's str::parse::<usize>: decimal digits, an optional
// leading '+', no overflow.
func parseUsize(s string) (int, bool) {
	s = strings.TrimPrefix(s, "+")
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	n, err := strconv.ParseUint(s, 10, 63)
	return int(n), err == nil
}

// isAnchor reports whether a selection names an anchor.
func isAnchor(sel string) bool { return anchorName(sel) != "" }

// anchorName is the anchor a selection names, or "".
func anchorName(sel string) string { _, a := parseSelection(sel); return a }

// selectLines is mdBook's take_lines / take_anchored_lines for include,
// the shown lines of take_rustdoc_include_lines /
// take_rustdoc_include_anchored_lines for rustdoc_include (Quire does not
// hide code lines, so the lines mdBook would hide behind "# " are left
// out), and the fenced file of a playground. The directive is at at.
func selectLines(p string, lines [][]byte, kind, sel string, attrs []string, at Pos) *pick {
	b := &pickBuilder{pk: &pick{lines: len(lines)}}
	if kind == "playground" || kind == "playpen" {
		fence := "```rust"
		if len(attrs) > 0 {
			fence += "," + strings.Join(attrs, ",")
		}
		b.add(at.File, at.Line, at.Col, []byte(fence))
		if len(lines) == 0 {
			b.add(p, 1, 1, nil)
		}
		for i, l := range lines {
			b.add(p, i+1, 1, l)
		}
		b.add(at.File, at.Line, at.Col, []byte("```"))
		b.pk.found = true
		return b.pk
	}
	r, anchor := parseSelection(sel)
	if anchor == "" {
		for i := r.start; i < len(lines) && (r.end < 0 || i < r.end); i++ {
			b.add(p, i+1, 1, lines[i])
		}
		return b.pk
	}
	within := false
	for i, l := range lines {
		if !within {
			if m := anchorStartRE.FindSubmatch(l); m != nil && string(m[1]) == anchor {
				within, b.pk.found = true, true
			}
			continue
		}
		if m := anchorEndRE.FindSubmatch(l); m != nil {
			if string(m[1]) == anchor {
				if kind == "include" {
					break // include takes the first section; rustdoc_include each
				}
				within = false
			}
			continue
		}
		if !anchorStartRE.Match(l) {
			b.add(p, i+1, 1, l)
		}
	}
	return b.pk
}

// pickBuilder joins selected lines, gathering runs of consecutive lines.
type pickBuilder struct {
	pk   *pick
	n    int // lines added
	last run // where the last line added came from
}

// add appends a line that is line:col of file.
func (b *pickBuilder) add(file string, line, col int, text []byte) {
	if b.n > 0 {
		b.pk.text = append(b.pk.text, '\n')
	}
	prev := b.last
	if b.n == 0 || col != 1 || prev.col != 1 || prev.file != file || prev.line+1 != line {
		b.pk.runs = append(b.pk.runs, run{from: b.n, file: file, line: line, col: col})
	}
	b.last = run{file: file, line: line, col: col}
	b.pk.text = append(b.pk.text, text...)
	b.n++
}

// anchorHint proposes an anchor of the file near the one asked for, or
// lists the file's anchors.
func anchorHint(lines [][]byte, want string) string {
	var names []string
	have := map[string]bool{}
	for _, l := range lines {
		if m := anchorStartRE.FindSubmatch(l); m != nil && !have[string(m[1])] {
			have[string(m[1])] = true
			names = append(names, string(m[1]))
		}
	}
	switch {
	case len(names) == 0:
		return "it has no ANCHOR: lines"
	case closest(want, names) != "":
		return didYouMean(closest(want, names))
	}
	sort.Strings(names)
	if len(names) > 5 {
		names = append(names[:5], "…")
	}
	return "its anchors: " + strings.Join(names, ", ")
}

// errorf reports an error once: an included file's directives are
// expanded as many times as it is included.
func (x *expander) errorf(at Pos, format string, args ...any) {
	x.report(Error, at, fmt.Sprintf(format, args...))
}

// warnf reports a warning once.
func (x *expander) warnf(at Pos, format string, args ...any) {
	x.report(Warning, at, fmt.Sprintf(format, args...))
}

// report adds a diagnostic unless the same one was reported.
func (x *expander) report(sev Severity, at Pos, msg string) {
	key := fmt.Sprint(sev, at, msg)
	if x.seen[key] {
		return
	}
	x.seen[key] = true
	x.l.d.list = append(x.l.d.list, Diagnostic{at, sev, msg})
}
