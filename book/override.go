package book

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"strings"

	yast "github.com/goccy/go-yaml/ast"
	yparser "github.com/goccy/go-yaml/parser"

	"github.com/quire-books/quire/shape"
)

// LoadOptions change how a book is read without changing its files.
type LoadOptions struct {
	// Overrides are "key=value" settings applied over book.yaml (or a
	// one-file book's front matter), as the command line's --set: the key
	// names a setting, dotted for nested ones (pdf.page-size); the value
	// is a YAML value (Letter, 3, true, "A: B", [a, b]). The result is
	// checked exactly as if the file said it; a problem with an override
	// is reported at the file "--set key=value".
	Overrides []string
	// Progress, when set, is called once per chapter file parsed, never
	// twice at once: done counts up to total.
	Progress func(done, total int)
	// Fonts is the system's fonts, searched for characters the book's and
	// the bundled fonts lack (to warn of those no font has). Nil: a search
	// of the load's own; share one between loads to scan the folders once.
	Fonts *shape.System
}

// LoadWith is Load with options.
func LoadWith(fsys fs.FS, opt LoadOptions) (*Book, Diagnostics) {
	l := newLoader(fsys)
	l.ov = newOverrides(opt.Overrides)
	l.progress = opt.Progress
	l.system = opt.Fonts
	l.loadFolder()
	return l.ov.finish(l.finish())
}

// LoadFileWith is LoadFile with options.
func LoadFileWith(fsys fs.FS, name string, opt LoadOptions) (*Book, Diagnostics) {
	l := newLoader(fsys)
	l.ov = newOverrides(opt.Overrides)
	l.progress = opt.Progress
	l.system = opt.Fonts
	l.loadSingle(name)
	return l.ov.finish(l.finish())
}

// Override is one parsed --set.
type Override struct {
	Spec  string   // as written, "pdf.page-size=Letter"
	Path  []string // the key, split at dots: ["pdf", "page-size"]
	Value string   // the text after the first '='
}

// ParseOverride splits "key=value". The key must be one or more dotted
// names; the value may be empty (a null, as `key:` in YAML).
func ParseOverride(spec string) (Override, error) {
	key, value, ok := strings.Cut(spec, "=")
	if !ok {
		return Override{}, fmt.Errorf("--set %s: write key=value, e.g. pdf.page-size=Letter", spec)
	}
	key = strings.TrimSpace(key)
	if key == "" {
		return Override{}, fmt.Errorf("--set %s: the key is missing before '='", spec)
	}
	path := strings.Split(key, ".")
	for _, p := range path {
		if p == "" || strings.ContainsAny(p, " \t:#{}[],&*!|>'\"%@`") {
			return Override{}, fmt.Errorf("--set %s: %q is not a setting name: write names such as title or pdf.page-size", spec, key)
		}
	}
	return Override{Spec: spec, Path: path, Value: value}, nil
}

// Settings lists the settings book.yaml takes, nested ones dotted
// (pdf.page-size), in the order the manifest documents them: the keys
// --set can override. They are the settings table's (SettingTable), less
// the sections themselves.
func Settings() []string {
	var out []string
	for _, s := range settingTable {
		if !s.Section() {
			out = append(out, s.Key)
		}
	}
	return out
}

// overrideLine is the first line number given to override nodes: no
// manifest comes near it, so a position at or after it names an override
// and nothing else.
const overrideLine = 1 << 30

// overrides applies --set settings to the manifest's YAML before it is
// decoded, and renames the positions of their nodes in the diagnostics.
type overrides struct {
	list []Override
	bad  Diagnostics    // overrides that do not parse
	at   map[Pos]string // position given to an override's nodes -> its spec
}

func newOverrides(specs []string) *overrides {
	o := &overrides{at: map[Pos]string{}}
	for _, s := range specs {
		ov, err := ParseOverride(s)
		if err != nil {
			o.bad = append(o.bad, Diagnostic{Pos: Pos{File: "--set " + s}, Severity: Error, Message: strings.TrimPrefix(err.Error(), "--set "+s+": ")})
			continue
		}
		o.list = append(o.list, ov)
	}
	return o
}

// apply sets every override in the top-level entries of y's document, in
// order (a later one wins), building the nested mappings it needs.
func (o *overrides) apply(y *yamlDoc, entries []yamlEntry) []yamlEntry {
	if o == nil {
		return entries
	}
	for i, ov := range o.list {
		line := overrideLine + i
		pos := Pos{File: y.file, Line: line + y.lineBase, Col: 1}
		o.at[pos] = ov.Spec
		build := func(path []string) yast.Node { return overrideNode(ov.Value, path, line) }
		found := false
		for j := range entries {
			if entries[j].Key != ov.Path[0] {
				continue
			}
			found = true
			if len(ov.Path) == 1 {
				entries[j].Value = build(nil)
			} else {
				entries[j].Value = setPath(entries[j].Value, ov.Path[1:], build)
			}
		}
		if !found {
			entries = append(entries, yamlEntry{Key: ov.Path[0], KeyAt: pos, Value: build(ov.Path[1:])})
		}
	}
	return entries
}

// keys returns the top-level settings the overrides set ("pdf" for
// pdf.page-size), for a manifest that must not ask for a value an override
// gives.
func (o *overrides) keys() map[string]bool {
	out := map[string]bool{}
	if o != nil {
		for _, ov := range o.list {
			out[ov.Path[0]] = true
		}
	}
	return out
}

// overrideMeta applies the overrides to metadata read from a manifest that
// is not YAML (mdBook's book.toml, named file). The overrides alone are
// decoded as book.yaml settings, checked exactly as in book.yaml, and each
// key they set replaces the file's value; the identifier and the slug,
// unless set, are derived again from the final title and authors.
func (l *loader) overrideMeta(file string) {
	o := l.ov
	if o == nil || len(o.list) == 0 {
		return
	}
	y := &yamlDoc{file: file, d: &l.d}
	var entries []yamlEntry
	for _, e := range o.apply(y, nil) {
		if e.Key == "chapters" {
			l.d.warnf(e.KeyAt, "the chapters of an mdBook project are listed in SUMMARY.md: this setting is ignored")
			continue
		}
		entries = append(entries, e)
	}
	before := len(l.d.list)
	m := decodeManifest(y, entries, Pos{File: file}, false)
	// decodeManifest asks for the title, authors and language the
	// overrides do not set, at the start of the file: the file has them.
	kept := l.d.list[:before]
	for _, d := range l.d.list[before:] {
		if d.Pos.Line >= overrideLine {
			kept = append(kept, d)
		}
	}
	l.d.list = kept

	meta := &l.b.Meta
	set := map[string]Pos{}
	for _, e := range entries {
		set[e.Key] = e.KeyAt
		switch e.Key {
		case "title":
			meta.Title = m.meta.Title
		case "subtitle":
			meta.Subtitle = m.meta.Subtitle
		case "authors", "author", "creator":
			meta.Creators = m.meta.Creators
			set["authors"] = e.KeyAt
		case "language", "lang":
			if m.meta.Language == "" {
				l.d.errorf(e.KeyAt, "the book needs a language: give a BCP 47 tag (en, fr, pt-BR)")
				break
			}
			meta.Language = m.meta.Language
		case "identifier":
			meta.Identifier = m.meta.Identifier
		case "publisher":
			meta.Publisher = m.meta.Publisher
		case "date":
			meta.Date = m.meta.Date
		case "rights":
			meta.Rights = m.meta.Rights
		case "description", "abstract":
			meta.Description = m.meta.Description
		case "subjects", "subject", "keywords":
			meta.Subjects = m.meta.Subjects
		case "series":
			meta.Series = m.meta.Series
		case "cover", "cover-image":
			l.cover, l.coverP = m.cover, m.coverAt
		case "toc-depth":
			meta.TOCDepth = m.meta.TOCDepth
		case "pdf":
			meta.PDF = m.meta.PDF
		case "slug":
			meta.Slug = m.meta.Slug
		case "direction", "dir":
			meta.Direction = m.meta.Direction
		case "hyphenate":
			meta.NoHyphenation = m.meta.NoHyphenation
		case "strings":
			meta.Strings = m.meta.Strings
		}
	}
	if at, ok := set["authors"]; ok && len(meta.Authors()) == 0 && !l.d.list[before:].HasErrors() {
		l.d.errorf(at, "the book needs at least one author: give a list of names, [Ada Lovelace, Grace Hopper]")
	}
	if _, ok := set["identifier"]; !ok || meta.Identifier == "" {
		meta.Identifier = derivedIdentifier(*meta)
	}
	if _, ok := set["slug"]; !ok || meta.Slug == "" {
		meta.Slug = titleSlug(meta.Title)
	}
}

// setPath sets path inside the mapping n and returns the node to keep in
// its place: n itself, changed, or a new mapping when n was not one.
func setPath(n yast.Node, path []string, build func([]string) yast.Node) yast.Node {
	var values []*yast.MappingValueNode
	switch t := unwrap(n).(type) {
	case *yast.MappingNode:
		values = t.Values
	case *yast.MappingValueNode:
		values = []*yast.MappingValueNode{t}
	default:
		return build(path) // not a mapping (or empty): the override makes one
	}
	for _, v := range values {
		if v.Key == nil || strings.TrimSpace(v.Key.String()) != path[0] {
			continue
		}
		if len(path) == 1 {
			v.Value = build(nil)
		} else {
			v.Value = setPath(v.Value, path[1:], build)
		}
		return n
	}
	var added []*yast.MappingValueNode
	switch t := build(path).(type) { // a one-key mapping, in either form
	case *yast.MappingValueNode:
		added = []*yast.MappingValueNode{t}
	case *yast.MappingNode:
		added = t.Values
	}
	if m, ok := unwrap(n).(*yast.MappingNode); ok {
		m.Values = append(m.Values, added...)
		return n
	}
	return yast.Mapping(values[0].GetToken(), false, append(values, added...)...)
}

// overrideNode parses value as a YAML value, nested under the keys of path
// (none: the value itself), with every token at (line, 1). Text that is
// not a valid YAML value, or that YAML would read as a mapping without
// braces ("A: B"), is taken as a string.
func overrideNode(value string, path []string, line int) yast.Node {
	v := strings.TrimSpace(value)
	if n, ok := parseValue(v); !ok || strings.Contains(v, "\n") {
		v = quoteYAML(value)
	} else if _, isMap := unwrap(n).(*yast.MappingValueNode); isMap && !strings.HasPrefix(v, "{") {
		v = quoteYAML(value)
	} else if _, isMap := unwrap(n).(*yast.MappingNode); isMap && !strings.HasPrefix(v, "{") {
		v = quoteYAML(value)
	}
	var sb strings.Builder
	for i, k := range path {
		fmt.Fprintf(&sb, "%s%s:\n", strings.Repeat("  ", i), k)
	}
	text := strings.TrimSuffix(sb.String(), "\n")
	if len(path) > 0 {
		text += " " + v
	} else {
		text = v
	}
	n, ok := parseValue(text)
	if !ok || n == nil {
		n, _ = parseValue(quoteYAML(value))
	}
	yast.Walk(positioner(line), n)
	return n
}

func parseValue(text string) (yast.Node, bool) {
	f, err := yparser.ParseBytes([]byte(text), 0)
	if err != nil || len(f.Docs) != 1 {
		return nil, false
	}
	if f.Docs[0].Body == nil {
		return &yast.NullNode{}, true
	}
	return f.Docs[0].Body, true
}

// quoteYAML writes s as a double-quoted YAML string (JSON's escapes are
// YAML's).
func quoteYAML(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// positioner moves every token of an override to one line, so that
// diagnostics about it can be told apart and renamed.
type positioner int

func (p positioner) Visit(n yast.Node) yast.Visitor {
	if n == nil {
		return nil
	}
	if tk := n.GetToken(); tk != nil && tk.Position != nil {
		tk.Position.Line, tk.Position.Column = int(p), 1
	}
	if mv, ok := n.(*yast.MappingValueNode); ok && mv.Key != nil {
		if tk := mv.Key.GetToken(); tk != nil && tk.Position != nil {
			tk.Position.Line, tk.Position.Column = int(p), 1
		}
	}
	return p
}

// finish renames the positions of override nodes to "--set key=value" and
// adds the overrides that did not parse.
func (o *overrides) finish(b *Book, ds Diagnostics) (*Book, Diagnostics) {
	if o == nil || (len(o.list) == 0 && len(o.bad) == 0) {
		return b, ds
	}
	for i, d := range ds {
		if spec, ok := o.at[d.Pos]; ok {
			ds[i].Pos = Pos{File: "--set " + spec}
		} else if d.Pos.Line >= overrideLine {
			// A node of an override that a message placed elsewhere on its line.
			for p, spec := range o.at {
				if p.File == d.Pos.File && p.Line == d.Pos.Line {
					ds[i].Pos = Pos{File: "--set " + spec}
				}
			}
		}
	}
	ds = append(ds, o.bad...)
	ds.Sort()
	return b, ds
}
