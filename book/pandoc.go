package book

import (
	"io/fs"
	"path"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"

	yast "github.com/goccy/go-yaml/ast"
)

// PandocMetadata is Pandoc's metadata file (`pandoc --metadata-file`): a
// folder without book.yaml that has one is read as a Pandoc-style book.
const PandocMetadata = "metadata.yaml"

// loadPandocFolder reads metadata.yaml with Pandoc's keys and takes the
// folder's *.md files, by name, as the chapters (or its `chapters:` list).
func (l *loader) loadPandocFolder() {
	m, ok := l.readManifest(PandocMetadata, true)
	if !ok {
		return
	}
	if !m.hasList {
		m.entries = l.scanChapters(PandocMetadata)
	}
	l.addEntries(m.entries)
	l.sharePandocIDs()
}

// sharePandocIDs makes the files of a Pandoc-style book number Pandoc's
// ids together: Pandoc reads all its input files as one document, so a
// heading "Setup" in the second file is "setup-1" when the first has one.
func (l *loader) sharePandocIDs() {
	shared := &pandocIDs{}
	for _, fa := range l.byFile {
		fa.pandoc = shared
	}
}

// pandocFile reports whether a metadata file follows Pandoc's conventions
// (metadata.yaml, a Markdown file's front matter), where free-form values
// such as "June 2020" dates are common: Quire leaves them out with a
// warning instead of refusing the book.
func pandocFile(name string) bool {
	return path.Base(name) == PandocMetadata || strings.EqualFold(path.Ext(name), ".md")
}

// identifierSchemes turns Pandoc's identifier schemes into URN prefixes.
var identifierSchemes = map[string]string{"isbn": "urn:isbn:", "isbn-10": "urn:isbn:", "isbn-13": "urn:isbn:",
	"gtin-13": "urn:isbn:", "uuid": "urn:uuid:", "doi": "urn:doi:", "issn": "urn:issn:"}

// decodeIdentifier reads `identifier`: a string, or Pandoc's list of
// strings or {scheme, text} entries, of which the first is the book's
// identifier (an EPUB has one unique identifier).
func decodeIdentifier(y *yamlDoc, e yamlEntry) string {
	items, ok := y.list(e.Value, "identifier", true)
	if !ok || len(items) == 0 {
		return ""
	}
	if len(items) > 1 {
		y.d.warnf(itemPos(y, items[1]), "only the first identifier is used: an EPUB has one unique identifier")
	}
	it := items[0]
	switch unwrap(it).(type) {
	case *yast.MappingNode, *yast.MappingValueNode:
		kv, ok := y.mapping(it, "an identifier")
		if !ok {
			return ""
		}
		var scheme, text string
		for _, f := range kv {
			switch f.Key {
			case "scheme":
				scheme, _ = y.scalar(f.Value, "scheme")
			case "text":
				text, _ = y.scalar(f.Value, "text")
			default:
				y.d.warnf(f.KeyAt, "unknown key %q in an identifier%s", f.Key, suggest(f.Key, []string{"scheme", "text"}))
			}
		}
		text = strings.TrimSpace(text)
		if text == "" {
			y.d.errorf(itemPos(y, it), "an identifier needs its text: {scheme: ISBN, text: \"…\"}")
			return ""
		}
		if prefix, ok := identifierSchemes[strings.ToLower(scheme)]; ok && !strings.HasPrefix(strings.ToLower(text), "urn:") {
			return prefix + text
		}
		return text
	}
	s, _ := y.scalar(it, "identifier")
	return strings.TrimSpace(s)
}

// itemPos is where a list item starts: a mapping item's first key (goccy
// places the mapping node itself at its first colon).
func itemPos(y *yamlDoc, n yast.Node) Pos {
	switch t := unwrap(n).(type) {
	case *yast.MappingNode:
		if len(t.Values) > 0 {
			return y.pos(t.Values[0].Key)
		}
	case *yast.MappingValueNode:
		return y.pos(t.Key)
	}
	return y.pos(n)
}

// LoadFiles reads a book made of the Markdown files names (in fsys, in
// that order), as `pandoc a.md b.md …` would: the metadata comes from
// metadata.yaml at the root of fsys when there is one, otherwise from the
// first file's front matter (Pandoc's keys or Quire's). Each file is one
// chapter; a file with several level-1 headings is split at them like a
// one-file book: text before its first level-1 heading becomes a chapter
// of its own, titled by the file's front-matter title (the book's title
// for the first file).
func LoadFiles(fsys fs.FS, names []string) (*Book, Diagnostics) {
	return LoadFilesWith(fsys, names, LoadOptions{})
}

// LoadFilesWith is LoadFiles with options: the overrides apply to
// metadata.yaml, or to the first file's front matter when there is none;
// Progress is called once per file.
func LoadFilesWith(fsys fs.FS, names []string, opt LoadOptions) (*Book, Diagnostics) {
	l := newLoader(fsys)
	l.ov = newOverrides(opt.Overrides)
	l.progress = opt.Progress
	l.loadFiles(names)
	return l.ov.finish(l.finish())
}

func (l *loader) loadFiles(names []string) {
	if len(names) == 0 {
		l.d.errorf(Pos{File: "."}, "no Markdown files given")
		return
	}
	fromMeta := fileExists(l.fsys, PandocMetadata)
	if fromMeta {
		if _, ok := l.readManifest(PandocMetadata, false); !ok {
			return
		}
	}
	seen := map[string]Pos{}
	for i, n := range names {
		if !l.addFile(i, n, fromMeta, seen) {
			return
		}
		if l.progress != nil {
			l.progress(i+1, len(names))
		}
	}
	l.sharePandocIDs()
}

// addFile adds the chapters of names[i], n; it reports false when the book
// cannot go on (the first file's front matter, which holds the metadata
// when there is no metadata.yaml, is unusable).
func (l *loader) addFile(i int, n string, fromMeta bool, seen map[string]Pos) bool {
	at := Pos{File: n}
	name, ok := l.bookPath(".", n, at, "chapter")
	if !ok {
		return true
	}
	at.File = name
	if _, dup := seen[name]; dup {
		l.d.errorf(at, "%s is given twice", name)
		return true
	}
	seen[name] = at
	src, ok := l.readChapter(name, manifestEntry{File: n, At: at})
	if !ok {
		return true
	}
	var fmTitle, lead string
	var body []byte
	var lines int
	if i == 0 && !fromMeta {
		var ok bool
		if body, lines, ok = l.filesManifest(name, src); !ok {
			return false
		}
		lead = l.b.Meta.Title
	} else {
		fmTitle, body, lines = l.chapterFrontMatter(name, src)
		lead = fmTitle
		if lead == "" && i == 0 {
			lead = l.b.Meta.Title
		}
	}
	l.addFileChapters(name, body, lines, fmTitle, lead)
	return true
}

// filesManifest reads the metadata from the first file's front matter.
func (l *loader) filesManifest(name string, src []byte) ([]byte, int, bool) {
	at := Pos{File: name, Line: 1, Col: 1}
	fm := splitFrontMatter(src)
	switch {
	case fm.unclosed:
		l.d.errorf(at, "front matter opened with --- is never closed with --- (or ...)")
		return nil, 0, false
	case !fm.has:
		l.d.errorf(at, "the book's metadata is missing: put a %s beside the files, or YAML front matter (title, author, lang) at the top of %s", PandocMetadata, name)
		return nil, 0, false
	}
	y := &yamlDoc{file: name, lineBase: 1, d: &l.d}
	entries, ok := y.parse(fm.yml)
	if !ok {
		return nil, 0, false
	}
	entries = l.ov.apply(y, entries) // --set
	m := decodeManifest(y, entries, at, false)
	l.b.Meta = m.meta
	if m.cover != "" && !isRemote(m.cover) {
		m.cover = path.Join(path.Dir(name), m.cover)
	}
	l.cover, l.coverP = m.cover, m.coverAt
	return fm.body, fm.lines, true
}

// addFileChapters adds one file's chapters: one, or one per level-1
// section when the file has several level-1 headings. lead titles a
// section that opens without a level-1 heading.
func (l *loader) addFileChapters(name string, body []byte, lines int, fmTitle, lead string) {
	body, spans := l.expandIncludes(name, body, lines)
	doc := l.parseChapter(name, body, lines, spans)
	base := fileID(strings.TrimSuffix(path.Base(name), path.Ext(name)))
	h1s := 0
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 1 {
			h1s++
		}
	}
	sections := []*ast.Document{doc}
	if h1s > 1 {
		sections = splitAtH1(doc)
	}
	for i, sec := range sections {
		ch := &Chapter{File: name, file: name, Source: body, lineBase: lines, starts: lineStarts(body), spans: spans, Doc: sec}
		if len(sections) == 1 {
			ch.ID = l.outName(base)
			title := fmTitle
			if title == "" && h1s == 0 {
				title = lead // a file without a level-1 heading, such as Pandoc's title.md
			}
			l.setTitle(ch, title)
		} else {
			ch.ID = l.outName(base + "-" + strconv.Itoa(i+1))
			if first, ok := sec.FirstChild().(*ast.Heading); ok && first.Level == 1 {
				l.setTitle(ch, "")
			} else {
				l.setTitle(ch, lead)
			}
		}
		l.addChapter(ch)
	}
}
