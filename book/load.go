package book

import (
	"errors"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/quire-books/quire/shape"
)

// ManifestName is the file that makes a folder a book.
const ManifestName = "book.yaml"

// Load reads, parses and checks the book whose folder is fsys (book.yaml at
// its root). It reports every problem it finds, sorted; the book is usable
// only when the diagnostics hold no error.
func Load(fsys fs.FS) (*Book, Diagnostics) {
	l := newLoader(fsys)
	l.loadFolder()
	return l.finish()
}

// LoadFile reads a one-file book: the Markdown file name in fsys, whose YAML
// front matter carries the metadata and whose level-1 headings start the
// chapters.
func LoadFile(fsys fs.FS, name string) (*Book, Diagnostics) {
	l := newLoader(fsys)
	l.loadSingle(name)
	return l.finish()
}

// loader holds the state of one Load: nothing global.
type loader struct {
	fsys   fs.FS
	d      diags
	md     goldmark.Markdown
	ids    *anchors
	b      *Book
	cover  string
	coverP Pos

	outNames map[string]bool         // output names taken (chapter and part IDs)
	byFile   map[string]*fileAnchors // source file -> its chapters and names
	imgPath  map[string]*Image
	imgRead  map[string]*imageFile // image files read ahead, by path (see readImages)
	imgName  map[string]bool
	files    []string // the book's files, listed when a suggestion needs them

	ov        *overrides            // --set settings (override.go); nil: none
	joinCover func()                // waits for a cover drawn early (see drawCover); nil: none started
	progress  func(done, total int) // LoadOptions.Progress
	system    *shape.System         // LoadOptions.Fonts; see systemFonts
}

// fileAnchors lets links find headings by the names authors write: a
// heading's explicit {#id} or its anchor, and the natural slugs of its
// text, Quire's and those GitHub, mdBook and Pandoc give it (anchors.go).
type fileAnchors struct {
	first *Chapter
	names map[string]anchorRef
	// pandoc numbers Pandoc's ids: shared by the files of a Pandoc-style
	// book (see sharePandocIDs), nil for a file numbered on its own.
	pandoc *pandocIDs
}

type anchorRef struct {
	ch     *Chapter
	anchor string
}

func newLoader(fsys fs.FS) *loader {
	return &loader{
		fsys:     fsys,
		ids:      newAnchors(),
		b:        &Book{links: map[*ast.Link]LinkTarget{}, images: map[*ast.Image]*Image{}, notes: map[noteKey]*Chapter{}},
		outNames: map[string]bool{"nav": true, "toc": true, "titlepage": true, "cover": true, "package": true, "style": true},
		byFile:   map[string]*fileAnchors{},
		imgPath:  map[string]*Image{},
		imgName:  map[string]bool{},
	}
}

func (l *loader) finish() (*Book, Diagnostics) {
	l.loadPDF()
	l.loadCover()
	l.checkCoverSize()
	joinCover := l.joinCover
	if joinCover == nil {
		joinCover = l.drawCover() // before the chapters' images: the cover is images/cover.png
	}
	if len(l.b.Chapters) > 0 {
		l.buildSpine()
		l.assignAnchors()
		l.assignAttrIDs()
		for _, ch := range l.b.Chapters {
			ch.rankHeadings()
		}
		for _, ch := range l.b.Chapters {
			l.resolve(ch)
		}
		l.buildTOC()
	}
	joinCover()
	l.checkGlyphs()
	l.d.list.Sort()
	return l.b, l.d.list
}

func (l *loader) loadFolder() {
	at := Pos{File: ManifestName}
	if _, err := fs.Stat(l.fsys, ManifestName); err != nil {
		var le *LinkError
		if errors.Is(err, fs.ErrNotExist) && !errors.As(err, &le) {
			if l.loadImported() { // mdBook's book.toml, Pandoc's metadata.yaml
				return
			}
			l.d.errorf(at, "no %s here: a book folder needs one (title, authors, language)", ManifestName)
		} else {
			l.d.errorf(at, "%s", fileProblem("the manifest", ManifestName, ManifestName, err))
		}
		return
	}
	m, ok := l.readManifest(ManifestName, true)
	if !ok {
		return
	}
	// The metadata is final: the cover can be drawn while the chapters
	// are read and parsed.
	l.joinCover = l.drawCover()
	if !m.hasList {
		m.entries = l.scanChapters(ManifestName)
	}
	l.addEntries(m.entries)
	if len(m.entries) > 0 && len(l.b.Chapters) == 0 && !l.d.list.HasErrors() {
		l.d.errorf(at, "the book has no chapters")
	}
}

// readManifest reads a YAML metadata file (book.yaml, Pandoc's
// metadata.yaml), applies the --set overrides and takes its metadata and
// cover; ok is false when the file could not be read or parsed.
func (l *loader) readManifest(name string, allowChapters bool) (manifest, bool) {
	at := Pos{File: name, Line: 1, Col: 1}
	src, ok := readSource(l.fsys, name, at, &l.d)
	if !ok {
		return manifest{}, false
	}
	y := &yamlDoc{file: name, d: &l.d}
	entries, ok := y.parse(src)
	if !ok {
		return manifest{}, false
	}
	entries = l.ov.apply(y, entries) // --set
	m := decodeManifest(y, entries, at, allowChapters)
	l.b.Meta = m.meta
	l.cover, l.coverP = m.cover, m.coverAt
	return m, true
}

// addEntries adds the chapters and parts a manifest lists, in order. The
// chapter files are read and parsed concurrently (parse.go); everything
// that gives names (IDs, anchors) happens after, in reading order.
func (l *loader) addEntries(entries []manifestEntry) {
	seen := map[string]Pos{}
	var jobs []*chapterJob
	for _, e := range entries {
		if e.Part == "" {
			jobs = l.planChapter(jobs, e, nil, seen)
			continue
		}
		p := &Part{Title: e.Part, Pos: e.At, ID: l.outName("part-" + strconv.Itoa(len(l.b.Parts)+1))}
		l.b.Parts = append(l.b.Parts, p)
		for _, ce := range e.Chapters {
			jobs = l.planChapter(jobs, ce, p, seen)
		}
	}
	l.parseAll(jobs)
	for _, j := range jobs {
		l.addParsed(j)
	}
}

// scanChapters lists every *.md file at the top of the folder, by name;
// manifest is the file that asked for it.
func (l *loader) scanChapters(manifest string) []manifestEntry {
	des, err := fs.ReadDir(l.fsys, ".")
	if err != nil {
		l.d.errorf(Pos{File: "."}, "cannot list the book folder: %s", describeFSError(err))
		return nil
	}
	var out []manifestEntry
	for _, de := range des {
		if !de.IsDir() && strings.EqualFold(path.Ext(de.Name()), ".md") {
			out = append(out, manifestEntry{File: de.Name(), At: Pos{File: manifest, Line: 1, Col: 1}})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].File < out[j].File })
	if len(out) == 0 {
		l.d.errorf(Pos{File: manifest, Line: 1, Col: 1}, "no chapters: list them under `chapters:` or put *.md files beside %s", manifest)
	}
	return out
}

// bookPath checks that a path named by the book stays inside the book
// folder and returns it cleaned, relative to the root.
func (l *loader) bookPath(base, name string, at Pos, what string) (string, bool) {
	p, problem := cleanBookPath(base, name)
	if problem != "" {
		l.d.errorf(at, "%s %q %s", what, name, problem)
		return "", false
	}
	return p, true
}

// cleanBookPath is bookPath without the report: the path, or what is wrong
// with name.
func cleanBookPath(base, name string) (p, problem string) {
	if strings.HasPrefix(name, "/") || strings.HasPrefix(name, `\`) || (len(name) > 1 && name[1] == ':') {
		return "", "is an absolute path: paths must be relative to the book folder"
	}
	p = path.Clean(path.Join(base, name))
	if p == ".." || strings.HasPrefix(p, "../") {
		return "", "is outside the book folder"
	}
	return p, ""
}

// planChapter checks a manifest entry's path and appends its job.
func (l *loader) planChapter(jobs []*chapterJob, e manifestEntry, part *Part, seen map[string]Pos) []*chapterJob {
	name, ok := l.bookPath(".", e.File, e.At, "chapter")
	if !ok {
		return jobs
	}
	if first, dup := seen[name]; dup {
		l.d.errorf(e.At, "chapter %q is listed twice (first at line %d, column %d)", e.File, first.Line, first.Col)
		return jobs
	}
	seen[name] = e.At
	return append(jobs, &chapterJob{e: e, part: part, name: name})
}

// addParsed adds a parsed chapter to the book: its diagnostics, its
// output name and its title.
func (l *loader) addParsed(j *chapterJob) {
	if j.readErr != nil {
		l.readProblem(j.e, j.name, j.readErr)
	}
	l.d.list = append(l.d.list, j.d.list...)
	if j.doc == nil {
		return
	}
	ch := &Chapter{File: j.name, file: j.name, Part: j.part}
	if j.e.Parent != "" {
		if fa := l.byFile[j.e.Parent]; fa != nil {
			ch.Parent = fa.first
		}
	}
	ch.ID = l.outName(fileID(strings.TrimSuffix(path.Base(j.name), path.Ext(j.name))))
	fmTitle := j.fmTitle
	if fmTitle == "" {
		fmTitle = j.e.Title // the title SUMMARY.md gives an mdBook chapter
	}
	ch.Source, ch.lineBase = j.body, j.lines
	ch.starts = lineStarts(j.body)
	ch.spans = j.spans
	ch.Doc = j.doc
	l.setTitle(ch, fmTitle)
	l.addChapter(ch)
}

func (l *loader) addChapter(ch *Chapter) {
	l.b.Chapters = append(l.b.Chapters, ch)
	if ch.Part != nil {
		ch.Part.Chapters = append(ch.Part.Chapters, ch)
	}
	fa := l.byFile[ch.File]
	if fa == nil {
		fa = &fileAnchors{first: ch, names: map[string]anchorRef{}}
		l.byFile[ch.File] = fa
	}
}

// chapterFrontMatter reads a chapter's optional front matter (title only):
// its title, the Markdown after it and the number of lines before that.
// A file whose opening "---" block is not YAML is all Markdown.
func (l *loader) chapterFrontMatter(name string, src []byte) (title string, body []byte, lines int) {
	fm := splitFrontMatter(src)
	if fm.unclosed {
		l.d.warnf(Pos{File: name, Line: 1, Col: 1}, "front matter opened with --- is never closed with --- (or ...); the file is read as Markdown")
	}
	if !fm.has {
		return "", fm.body, 0
	}
	y := &yamlDoc{file: name, lineBase: 1, d: &l.d}
	entries, _ := y.parse(fm.yml)
	for _, e := range entries {
		switch e.Key {
		case "title":
			title, _ = y.scalar(e.Value, "title")
		default:
			l.d.warnf(e.KeyAt, "unknown front matter key %q: a chapter's front matter takes only `title`%s", e.Key, suggest(e.Key, []string{"title"}))
		}
	}
	return strings.TrimSpace(title), fm.body, fm.lines
}

// setTitle finds the chapter's title: its first level-1 heading, overridden
// by a front-matter title; failing both, a warning and the file name.
func (l *loader) setTitle(ch *Chapter, fmTitle string) {
	ast.Walk(ch.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			if ch.TitleNode == nil && h.Level == 1 {
				ch.TitleNode = h
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	switch {
	case fmTitle != "":
		ch.Title = fmTitle
	case ch.TitleNode != nil && PlainText(ch.TitleNode, ch.Source) != "":
		ch.Title = PlainText(ch.TitleNode, ch.Source)
	default:
		ch.Title = strings.TrimSuffix(path.Base(ch.File), path.Ext(ch.File))
		if !namedAsTitle(ch.Title) {
			l.d.warnf(Pos{File: ch.file, Line: ch.lineBase + 1, Col: 1},
				"chapter has no level-1 heading and no front-matter title; using its file name %q as the title", ch.Title)
		}
	}
}

// namedAsTitle reports whether a file name reads as a title, as in
// documentation written for GitHub or a wiki ("Advanced Types.md",
// "Getting-Started.md"): it has a space, or a capital followed by small
// letters. Such a name is the chapter's title with no warning; "ch01",
// "intro" or "README" get one.
func namedAsTitle(name string) bool {
	if strings.ContainsRune(name, ' ') {
		return true
	}
	rs := []rune(name)
	for i := 0; i+1 < len(rs); i++ {
		if unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i+1]) {
			return true
		}
	}
	return false
}

// outName reserves a unique output name (an EPUB file name without its
// extension): "one", then "one-2", "one-3"…
func (l *loader) outName(base string) string {
	name := base
	for i := 2; l.outNames[strings.ToLower(name)]; i++ {
		name = base + "-" + strconv.Itoa(i)
	}
	l.outNames[strings.ToLower(name)] = true
	return name
}

// buildSpine puts each part's title page before its first chapter.
func (l *loader) buildSpine() {
	for _, ch := range l.b.Chapters {
		if ch.Part != nil && ch.Part.Chapters[0] == ch {
			l.b.Spine = append(l.b.Spine, Division{Part: ch.Part})
		}
		l.b.Spine = append(l.b.Spine, Division{Chapter: ch})
	}
}

// assignAnchors gives every part, chapter, footnote and heading its
// book-wide anchor, in reading order, so the same book always gets the
// same anchors. A file's explicit ids and anchors claim their names first;
// the natural slugs of its headings' texts then claim the names still
// free, in heading order.
func (l *loader) assignAnchors() {
	var files []string
	heads := map[string][]namedHeading{}
	for _, div := range l.b.Spine {
		if p := div.Part; p != nil {
			p.Anchor = l.ids.generate(p.Title, "part")
			continue
		}
		ch := div.Chapter
		if _, seen := heads[ch.File]; !seen {
			files = append(files, ch.File)
			heads[ch.File] = nil
		}
		l.takeNoteIDs(ch)
		if ch.TitleNode == nil {
			ch.Anchor = l.ids.generate(ch.Title, "chapter")
		}
		heads[ch.File] = append(heads[ch.File], l.anchorHeadings(ch)...)
	}
	for _, file := range files {
		l.byFile[file].addNaturalNames(heads[file])
	}
}

// namedHeading is a heading whose anchor is set, waiting for its natural
// names.
type namedHeading struct {
	ch       *Chapter
	node     *ast.Heading
	hd       *Heading
	explicit string // its {#id}, "" when it has none
}

// takeNoteIDs reserves the ids of a chapter's footnotes and their
// references.
func (l *loader) takeNoteIDs(ch *Chapter) {
	ast.Walk(ch.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if fn, ok := n.(*east.Footnote); ok && entering {
			l.ids.take(ch.NoteID(fn.Index))
			l.ids.take(ch.NoteRefID(fn.Index))
			l.b.notes[noteKey{ch.File, fn.Index}] = ch
		}
		return ast.WalkContinue, nil
	})
}

// anchorHeadings gives a chapter's headings their anchors and lets their
// explicit ids and anchors name them.
func (l *loader) anchorHeadings(ch *Chapter) []namedHeading {
	fa := l.byFile[ch.File]
	var out []namedHeading
	ast.Walk(ch.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !ok || !entering {
			return ast.WalkContinue, nil
		}
		text := PlainText(h, ch.Source)
		hd := &Heading{Level: h.Level, Text: text, Node: h, Pos: ch.NodePos(h)}
		nh := namedHeading{ch: ch, node: h, hd: hd}
		if v, ok := h.AttributeString("id"); ok {
			want := attrString(v)
			if l.ids.take(want) {
				hd.Anchor = want
			} else {
				hd.Anchor = l.ids.generate(want, "section")
				l.d.warnf(hd.Pos, "heading id %q is already used in the book; using %q", want, hd.Anchor)
			}
			fa.add(want, ch, hd.Anchor)
			nh.explicit = want
		} else {
			hd.Anchor = l.ids.generate(text, "section")
		}
		h.SetAttributeString("id", []byte(hd.Anchor))
		fa.add(hd.Anchor, ch, hd.Anchor)
		if h == ch.TitleNode {
			ch.Anchor = hd.Anchor
		}
		ch.Headings = append(ch.Headings, hd)
		out = append(out, nh)
		return ast.WalkSkipChildren, nil
	})
	return out
}

// addNaturalNames lets the file's headings, in order, claim the names
// their texts give them: Quire's slug, GitHub's, mdBook's and Pandoc's
// ids, numbered among the file's headings as each tool numbers them.
func (fa *fileAnchors) addNaturalNames(heads []namedHeading) {
	s := slugSchemes{pandoc: fa.pandoc}
	if s.pandoc == nil {
		s.pandoc = &pandocIDs{}
	}
	for _, nh := range heads {
		fa.add(Slugify(nh.hd.Text), nh.ch, nh.hd.Anchor)
		for _, name := range s.naturalNames(nh.node, nh.ch.Source, nh.explicit) {
			fa.add(name, nh.ch, nh.hd.Anchor)
		}
	}
}

func (fa *fileAnchors) add(name string, ch *Chapter, anchor string) {
	if _, taken := fa.names[name]; !taken && name != "" {
		fa.names[name] = anchorRef{ch, anchor}
	}
}

func attrString(v any) string {
	switch t := v.(type) {
	case []byte:
		return string(t)
	case string:
		return t
	}
	return ""
}
