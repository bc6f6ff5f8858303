package book

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/language"
)

// MdBookManifest is the file that makes a folder without book.yaml an
// mdBook project (with src/SUMMARY.md listing the chapters).
const MdBookManifest = "book.toml"

// loadImported reads a folder that has no book.yaml but follows another
// tool's conventions: an mdBook project (book.toml) or a Pandoc-style folder
// (metadata.yaml). It reports false when the folder is neither.
func (l *loader) loadImported() bool {
	switch {
	case fileExists(l.fsys, MdBookManifest):
		l.loadMdBook()
	case fileExists(l.fsys, PandocMetadata):
		l.loadPandocFolder()
	default:
		return false
	}
	return true
}

func fileExists(fsys fs.FS, name string) bool {
	info, err := fs.Stat(fsys, name)
	return err == nil && !info.IsDir()
}

// loadMdBook reads an mdBook project: [book] of book.toml for the metadata,
// SUMMARY.md in the source folder for the chapters.
func (l *loader) loadMdBook() {
	at := Pos{File: MdBookManifest, Line: 1, Col: 1}
	src, ok := readSource(l.fsys, MdBookManifest, at, &l.d)
	if !ok {
		return
	}
	meta, srcDir, ok := decodeBookTOML(src, l.ov.keys(), &l.d)
	l.b.Meta = meta
	if !ok {
		return
	}
	l.overrideMeta(MdBookManifest) // --set
	srcAt := orPos(tomlKeyPos(src, "book", "src"), tomlTablePos(src, "book"))
	dir, ok := l.bookPath(".", srcDir, srcAt, "the source folder")
	if !ok {
		return
	}
	name := path.Join(dir, "SUMMARY.md")
	if !fileExists(l.fsys, name) {
		l.d.errorf(srcAt, "an mdBook project needs %s: it lists the chapters", name)
		return
	}
	text, ok := readSource(l.fsys, name, Pos{File: name, Line: 1, Col: 1}, &l.d)
	if !ok {
		return
	}
	entries := parseSummary(name, dir, text, &l.d)
	l.addEntries(entries)
	if len(l.b.Chapters) == 0 && !l.d.list.HasErrors() {
		l.d.errorf(Pos{File: name, Line: 1, Col: 1}, "the book has no chapters: list them as `- [Title](file.md)`")
	}
}

// bookTOMLKeys are the [book] keys Quire reads (text-direction is the
// book's direction); the others mdBook knows are accepted and have no
// effect on the editions.
var bookTOMLKeys = []string{"title", "authors", "language", "description", "src", "multilingual", "text-direction"}

// decodeBookTOML reads book.toml's [book] table. Other tables ([output],
// [preprocessor], [build], [rust]) configure mdBook's own renderers and are
// ignored. It returns the source folder ("src" unless [book] src says
// otherwise) and false when the file cannot be used. A title or authors
// that an override sets (overridden, by top-level setting) may be missing.
func decodeBookTOML(src []byte, overridden map[string]bool, d *diags) (Metadata, string, bool) {
	m := Metadata{TOCDepth: 2, Language: "en"}
	var doc map[string]any
	if _, err := toml.Decode(string(src), &doc); err != nil {
		p := Pos{File: MdBookManifest, Line: 1, Col: 1}
		msg := err.Error()
		var pe toml.ParseError
		if errors.As(err, &pe) {
			p.Line, p.Col = pe.Position.Line, max(pe.Position.Col, 1)
			msg = pe.Message
		}
		d.errorf(p, "malformed TOML: %s", msg)
		return m, "", false
	}
	start := Pos{File: MdBookManifest, Line: 1, Col: 1}
	tbl, _ := doc["book"].(map[string]any)
	if _, has := doc["book"]; has && tbl == nil {
		d.errorf(start, "book must be a table: write [book]")
		return m, "", false
	}
	if tbl != nil {
		start = tomlTablePos(src, "book")
	}
	str := func(key string) (string, bool) {
		v, has := tbl[key]
		if !has {
			return "", false
		}
		s, ok := v.(string)
		if !ok {
			d.errorf(tomlKeyPos(src, "book", key), "%s must be a string, not %s", key, tomlKind(v))
			return "", false
		}
		return strings.TrimSpace(s), true
	}
	m.Title, _ = str("title")
	if m.Title == "" && !overridden["title"] {
		d.errorf(orPos(tomlKeyPos(src, "book", "title"), start), "the book needs a title: add `title = \"…\"` under [book] in %s", MdBookManifest)
	}
	authorsBad := false
	switch v := tbl["authors"].(type) {
	case nil:
	case []any:
		for _, a := range v {
			s, isStr := a.(string)
			if !isStr {
				d.errorf(tomlKeyPos(src, "book", "authors"), "authors must be a list of names (strings), not a list holding %s", tomlKind(a))
				authorsBad = true
				break
			}
			if strings.TrimSpace(s) != "" {
				m.Creators = append(m.Creators, Creator{Name: strings.TrimSpace(s), Role: "aut"})
			}
		}
	default:
		d.errorf(tomlKeyPos(src, "book", "authors"), "authors must be a list of names, not %s: write authors = [\"Name\"]", tomlKind(v))
		authorsBad = true
	}
	if len(m.Creators) == 0 && !authorsBad && !overridden["authors"] && !overridden["author"] && !overridden["creator"] {
		d.errorf(orPos(tomlKeyPos(src, "book", "authors"), start), "the book needs at least one author: add `authors = [\"Name\"]` under [book] in %s", MdBookManifest)
	}
	if lang, has := str("language"); has && lang != "" {
		if _, err := language.Parse(lang); err != nil {
			d.errorf(tomlKeyPos(src, "book", "language"), "language %q is not a BCP 47 language tag (e.g. en, fr, pt-BR)", lang)
		}
		m.Language = lang
	}
	m.Description, _ = str("description")
	if td, has := str("text-direction"); has {
		dir, msg, ok := parseDirection("text-direction", td)
		if !ok {
			d.errorf(tomlKeyPos(src, "book", "text-direction"), "%s", msg)
		}
		m.Direction = dir
	}
	srcDir := "src"
	if s, has := str("src"); has {
		if s == "" {
			d.errorf(tomlKeyPos(src, "book", "src"), "src must name the folder that holds SUMMARY.md")
			return m, "", false
		}
		srcDir = s
	}
	for _, k := range sortedKeys(tbl) {
		if !contains(bookTOMLKeys, k) {
			d.warnf(tomlKeyPos(src, "book", k), "unknown key %q in [book]%s", k, suggest(k, bookTOMLKeys))
		}
	}
	m.Identifier = derivedIdentifier(m)
	m.Slug = titleSlug(m.Title)
	return m, srcDir, !d.list.HasErrors()
}

func tomlKind(v any) string {
	switch v.(type) {
	case map[string]any:
		return "a table"
	case []any, []map[string]any:
		return "a list"
	case string:
		return "a string"
	}
	return fmt.Sprintf("the value %v", v)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sortedKeys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// tomlTablePos is the line of the [table] header, or line 1.
func tomlTablePos(src []byte, table string) Pos {
	for i, line := range strings.Split(string(src), "\n") {
		if t := strings.TrimSpace(line); strings.HasPrefix(t, "[") && strings.Trim(strings.Split(t, "#")[0], "[] \t") == table {
			return Pos{File: MdBookManifest, Line: i + 1, Col: 1}
		}
	}
	return Pos{File: MdBookManifest, Line: 1, Col: 1}
}

// tomlKeyPos finds where key is assigned inside [table] (or as a dotted
// "table.key" before any table): the TOML library reports no positions for
// values, so type errors are placed by this line scan. It returns a Pos
// with Line 0 when the key is not written.
func tomlKeyPos(src []byte, table, key string) Pos {
	cur := ""
	for i, line := range strings.Split(string(src), "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "[") {
			cur = strings.Trim(strings.Split(t, "#")[0], "[] \t")
			continue
		}
		k, _, found := strings.Cut(t, "=")
		if !found {
			continue
		}
		k = strings.Trim(strings.TrimSpace(k), `"'`)
		if (cur == table && k == key) || (cur == "" && k == table+"."+key) {
			return Pos{File: MdBookManifest, Line: i + 1, Col: strings.Index(line, t) + 1}
		}
	}
	return Pos{File: MdBookManifest}
}

var (
	summaryItem = regexp.MustCompile(`^([ \t]*)([-*+]|[0-9]+[.)])[ \t]+(.*)$`)
	summaryLink = regexp.MustCompile(`^\[(.*)\]\((.*)\)$`)
	summaryRule = regexp.MustCompile(`^-{3,}$`)
)

// parseSummary reads mdBook's SUMMARY.md (file, in the folder dir):
//
//   - an optional title line (`# Summary`) before everything else: ignored;
//   - prefix chapters, `[Title](file.md)` lines before the first list;
//   - numbered chapters, `- [Title](file.md)` list items (or `1.`
//     items), nested by indentation: a nested chapter (Parent: its
//     parent's file) follows its parent in the reading order and sits
//     under it in the table of contents; under a draft, it goes to the
//     draft's parent;
//   - part titles, `# Title` lines between lists: a Quire part holding the
//     numbered chapters that follow, up to the next part title or the
//     suffix chapters;
//   - suffix chapters, plain links after the numbered chapters;
//   - separators (`---`): ignored;
//   - draft chapters, `- [Title]()`: skipped with a warning (mdBook shows
//     them as unclickable entries).
//
// Chapter paths are relative to dir. Every problem is reported at its line
// and column in file.
func parseSummary(file, dir string, src []byte, d *diags) []manifestEntry {
	const (
		prefix = iota
		numbered
		suffix
	)
	state := prefix
	var out []manifestEntry
	part := -1 // index in out of the open part, or -1
	type level struct {
		indent int
		file   string // "" for a draft
	}
	var open []level // the open list items, outermost first
	sawAnything := false
	for i, raw := range strings.Split(string(src), "\n") {
		line := strings.TrimRight(raw, " \t\r")
		at := Pos{File: file, Line: i + 1, Col: len(line) - len(strings.TrimLeft(line, " \t")) + 1}
		t := strings.TrimSpace(line)
		switch {
		case t == "" || (strings.HasPrefix(t, "<!--") && strings.HasSuffix(t, "-->")):
			continue
		case summaryRule.MatchString(t):
			sawAnything = true
			continue
		case strings.HasPrefix(t, "#"):
			level := len(t) - len(strings.TrimLeft(t, "#"))
			title := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t[level:]), "#"))
			if !sawAnything && at.Col == 1 {
				sawAnything = true // the title line, e.g. "# Summary"
				continue
			}
			if level != 1 || at.Col != 1 {
				d.errorf(at, "only level-1 headings (`# Part title`) may appear here: they start a part")
				continue
			}
			if state == suffix {
				d.errorf(at, "part title %q after the suffix chapters: parts hold numbered chapters (`- [Title](file.md)`)", title)
				continue
			}
			if title == "" {
				d.errorf(at, "a part title needs text: `# Part title`")
				continue
			}
			out = append(out, manifestEntry{Part: title, At: at})
			part = len(out) - 1
			state = numbered
			open = nil
		default:
			sawAnything = true
			if m := summaryItem.FindStringSubmatch(line); m != nil {
				if state == suffix {
					d.errorf(at, "numbered chapter after the suffix chapters: suffix chapters come last")
					continue
				}
				state = numbered
				indent := strings.Count(m[1], "\t")*4 + strings.Count(m[1], " ")
				for len(open) > 0 && open[len(open)-1].indent >= indent {
					open = open[:len(open)-1]
				}
				linkAt := Pos{File: file, Line: at.Line, Col: len(line) - len(m[3]) + 1}
				e, ok := summaryChapter(m[3], dir, linkAt, d)
				open = append(open, level{indent, e.File}) // a draft or a bad link holds its level too
				if !ok {
					continue
				}
				for i := len(open) - 2; i >= 0; i-- {
					if open[i].file != "" {
						e.Parent = open[i].file
						break
					}
				}
				if part >= 0 {
					out[part].Chapters = append(out[part].Chapters, e)
				} else {
					out = append(out, e)
				}
				continue
			}
			if at.Col != 1 {
				d.errorf(at, "an indented line that is not a list item: nest chapters as `- [Title](file.md)` items")
				continue
			}
			if state == numbered {
				state = suffix
				part = -1
			}
			if e, ok := summaryChapter(t, dir, at, d); ok {
				out = append(out, e)
			}
		}
	}
	var kept []manifestEntry
	for _, e := range out {
		if e.Part != "" && len(e.Chapters) == 0 {
			d.warnf(e.At, "part %q has no chapters (only drafts or none): it is left out", e.Part)
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

// summaryChapter reads one `[Title](file.md)` link at at.
func summaryChapter(s, dir string, at Pos, d *diags) (manifestEntry, bool) {
	m := summaryLink.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		d.errorf(at, "expected a chapter link `[Title](file.md)`, found %q", s)
		return manifestEntry{}, false
	}
	title := strings.TrimSpace(unescapeMarkdown(m[1]))
	dest := strings.TrimSpace(m[2])
	if strings.HasPrefix(dest, "<") && strings.HasSuffix(dest, ">") {
		dest = dest[1 : len(dest)-1]
	}
	if title == "" {
		d.errorf(at, "a chapter link needs a title: `[Title](file.md)`")
		return manifestEntry{}, false
	}
	if dest == "" {
		d.warnf(at, "draft chapter %q has no file: it is left out (mdBook shows it as an unclickable entry)", title)
		return manifestEntry{}, false
	}
	if u, err := url.PathUnescape(dest); err == nil {
		dest = u
	}
	if strings.Contains(dest, "#") || strings.Contains(dest, "://") {
		d.errorf(at, "chapter %q must link to a Markdown file in the book, not %q", title, dest)
		return manifestEntry{}, false
	}
	if strings.HasPrefix(dest, "/") || strings.HasPrefix(dest, `\`) || (len(dest) > 1 && dest[1] == ':') {
		d.errorf(at, "chapter %q is an absolute path: paths in SUMMARY.md are relative to %s", dest, dir)
		return manifestEntry{}, false
	}
	return manifestEntry{File: path.Join(dir, dest), At: at, Title: title}, true
}

// unescapeMarkdown removes backslash escapes (`\[` -> `[`).
func unescapeMarkdown(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!<>", s[i+1]) >= 0 {
			i++
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}
