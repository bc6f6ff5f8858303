package main

// Typst as a third engine for the PDF: the book, as Quire loads it, is
// written as Typst markup (typstBook), then compiled to PDF with Typst 0.14
// as the typst.ts Node addon (@myriaddreamin/typst-ts-node-compiler, the
// approach of internal/scripts/cmd/comparescripts). The installed pandoc
// (2.17) has no Typst writer, so the conversion is done here, from the same
// goldmark AST Quire typesets: every construct of the synthetic books, set
// on Quire's default page (6×9 in, 54 pt margins, 72 pt at the foot,
// 10.5 pt Charis, 8.6 pt DejaVu Sans Mono code) with a title page, the
// contents, part pages, running heads and page references.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"

	"github.com/quire-books/quire/book"
)

// typstString is s as a Typst string literal.
func typstString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`)
	return `"` + r.Replace(s) + `"`
}

// typstText is s as Typst markup that prints s, escaped only where a
// character would mean something (as Pandoc's Typst writer does): the
// markup, code, math, label, reference and raw characters, straight
// quotes (not to be made smart), the shorthands "--", "-?" and "...",
// comments ("//"; "/*" is out with "*"), which also keeps "https://" from
// starting a link, and, when s starts a line (lineStart), the list,
// enumeration, term and heading markers.
// Line breaks and tabs become spaces.
func typstText(s string, lineStart bool) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/16)
	marker := -1 // the byte to escape at the start of a line
	if lineStart {
		j := 0
		for j < len(s) && isSpace(rune(s[j])) {
			j++
		}
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		switch {
		case k > j && k < len(s) && s[k] == '.':
			marker = k
		case j < len(s) && strings.IndexByte("-+=/", s[j]) >= 0:
			marker = j
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		next := func(t string) bool { return strings.HasPrefix(s[i+1:], t) }
		switch c {
		case '\n', '\r', '\t':
			c = ' '
		case '\\', '#', '*', '_', '$', '`', '<', '>', '@', '[', ']', '~', '"', '\'':
			b.WriteByte('\\')
		case '-':
			if next("-") || next("?") || i == marker {
				b.WriteByte('\\')
			}
		case '/':
			if next("/") || i == marker {
				b.WriteByte('\\')
			}
		case '.':
			if next("..") || i == marker {
				b.WriteByte('\\')
			}
		default:
			if i == marker {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

// typstLabelOK says whether an anchor can be written as a <label>.
var typstLabelOK = regexp.MustCompile(`^[\p{L}\p{N}_][\p{L}\p{N}_:.\-]*$`).MatchString

// typstWriter converts one book.
type typstWriter struct {
	b      *book.Book
	sb     strings.Builder
	labels map[string]bool // anchors written as labels (link targets)
	shift  int             // heading levels added: 1 when the book has parts
	notes  map[noteRef]*east.Footnote
	used   map[noteRef]bool // notes already printed once
	ch     *book.Chapter    // the chapter being written
	inLink bool
	inNote bool
}

type noteRef struct {
	ch    *book.Chapter
	index int
}

// typstBook returns the book as one Typst document.
func typstBook(b *book.Book) string {
	w := &typstWriter{b: b, labels: map[string]bool{}, notes: map[noteRef]*east.Footnote{}, used: map[noteRef]bool{}}
	if len(b.Parts) > 0 {
		w.shift = 1
	}
	for _, p := range b.Parts {
		w.label(p.Anchor)
	}
	for _, ch := range b.Chapters {
		w.label(ch.Anchor)
		ast.Walk(ch.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch n := n.(type) {
			case *ast.Heading:
				if id, ok := n.AttributeString("id"); ok {
					w.label(attrString(id))
				}
			case *east.Footnote:
				w.notes[noteRef{ch, n.Index}] = n
			}
			return ast.WalkContinue, nil
		})
	}
	w.preamble()
	var part *book.Part
	for _, d := range b.Spine {
		switch {
		case d.Part != nil:
			part = d.Part
			fmt.Fprintf(&w.sb, "#heading(level: 1)[%s]%s\n\n", typstText(part.Title, true), w.labelOf(part.Anchor))
		case d.Chapter != nil:
			w.chapter(d.Chapter)
		}
	}
	return w.sb.String()
}

// label notes an anchor that is written as a label, once.
func (w *typstWriter) label(a string) {
	if typstLabelOK(a) {
		w.labels[a] = false
	}
}

// labelOf is " <a>" the first time a known anchor is asked for, else "".
func (w *typstWriter) labelOf(a string) string {
	if done, ok := w.labels[a]; !ok || done {
		return ""
	}
	w.labels[a] = true
	return " <" + a + ">"
}

func attrString(v any) string {
	switch v := v.(type) {
	case []byte:
		return string(v)
	case string:
		return v
	}
	return fmt.Sprint(v)
}

// preamble sets the page, the type and the book's front matter.
func (w *typstWriter) preamble() {
	m := w.b.Meta
	chapter := 1 + w.shift
	authors := m.AuthorNames()
	qa := make([]string, len(authors))
	for i, a := range authors {
		qa[i] = typstString(a)
	}
	fmt.Fprintf(&w.sb, "#set document(title: %s, author: (%s))\n", typstString(m.Title), strings.Join(append(qa, ""), ", "))
	fmt.Fprintf(&w.sb, `#set page(width: 6in, height: 9in, margin: (top: 54pt, bottom: 72pt, x: 54pt), numbering: "1",
  header: context {
    let here-page = here().page()
    if query(heading.where(level: %[1]d)).any(h => h.location().page() == here-page) { return }
    let before = query(heading.where(level: %[1]d).before(here()))
    if before.len() > 0 { align(center, text(size: 9pt, emph(before.last().body))) }
  })
`, chapter)
	fmt.Fprintf(&w.sb, "#set text(font: \"Charis\", size: 10.5pt, lang: %s)\n", typstString(strings.ToLower(strings.SplitN(m.Language, "-", 2)[0])))
	w.sb.WriteString(`#set par(justify: true)
#show raw: set text(font: "DejaVu Sans Mono", size: 8.6pt)
#show raw.where(block: true): set block(width: 100%, breakable: true)
#show footnote.entry: set text(size: 9pt)
#show table: set text(size: 9.2pt)
#set table(stroke: (x, y) => if y == 0 { (bottom: 0.5pt) }, inset: 4pt)
#show quote.where(block: true): set pad(left: 18pt, right: 0pt)
`)
	if w.shift > 0 {
		w.sb.WriteString("#show heading.where(level: 1): it => { pagebreak(weak: true); v(30%); align(center, text(size: 20pt, it.body)); pagebreak() }\n")
	}
	fmt.Fprintf(&w.sb, "#show heading.where(level: %d): it => { pagebreak(weak: true); v(48pt); text(size: 20pt, it.body); v(24pt) }\n", chapter)
	for i, size := range []string{"16pt", "14pt", "12pt", "11pt", "10.5pt"} {
		fmt.Fprintf(&w.sb, "#show heading.where(level: %d): set text(size: %s)\n", i+2+w.shift, size)
	}
	w.sb.WriteString("\n#page(header: none, numbering: none)[#v(2in)#align(center)[")
	fmt.Fprintf(&w.sb, "#text(size: 24pt)[%s]", typstText(m.Title, true))
	if m.Subtitle != "" {
		fmt.Fprintf(&w.sb, "\n\n#text(size: 14pt)[%s]", typstText(m.Subtitle, true))
	}
	if len(authors) > 0 {
		fmt.Fprintf(&w.sb, "\n\n#v(1in)#text(size: 14pt)[%s]", typstText(strings.Join(authors, ", "), true))
	}
	w.sb.WriteString("]]\n\n")
	fmt.Fprintf(&w.sb, "#outline(depth: %d)\n\n", max(m.TOCDepth, 1)+w.shift)
}

// chapter writes one chapter: its title (from front matter when it has no
// level-1 heading), its blocks, not its footnote list (each note is
// written where it is called).
func (w *typstWriter) chapter(ch *book.Chapter) {
	w.ch = ch
	if ch.TitleNode == nil {
		fmt.Fprintf(&w.sb, "#heading(level: %d)[%s]%s\n\n", 1+w.shift, typstText(ch.Title, true), w.labelOf(ch.Anchor))
	}
	for n := ch.Doc.FirstChild(); n != nil; n = n.NextSibling() {
		w.block(n)
	}
}

// blocks writes a node's block children, a blank line after each.
func (w *typstWriter) blocks(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.block(c)
	}
}

// block writes a block node followed by a blank line.
func (w *typstWriter) block(n ast.Node) {
	src := w.ch.Source
	switch n := n.(type) {
	case *east.FootnoteList:
		return
	case *ast.Heading:
		id, _ := n.AttributeString("id")
		w.sb.WriteString("#heading(level: " + strconv.Itoa(n.Level+w.shift) + ")[")
		w.inlines(n)
		w.sb.WriteString("]" + w.labelOf(attrString(id)))
	case *ast.Paragraph:
		if img, ok := n.FirstChild().(*ast.Image); ok && n.ChildCount() == 1 {
			w.figure(img)
		} else {
			w.inlines(n)
		}
	case *ast.TextBlock:
		w.inlines(n)
	case *ast.ThematicBreak:
		w.sb.WriteString(`#align(center)[\*#h(1em)\*#h(1em)\*]`)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		var code strings.Builder
		for i := 0; i < n.Lines().Len(); i++ {
			seg := n.Lines().At(i)
			code.Write(seg.Value(src))
		}
		lang := ""
		if f, ok := n.(*ast.FencedCodeBlock); ok {
			lang = string(f.Language(src))
		}
		w.sb.WriteString("#raw(block: true, ")
		if lang != "" {
			w.sb.WriteString("lang: " + typstString(lang) + ", ")
		}
		w.sb.WriteString(typstString(strings.TrimSuffix(code.String(), "\n")) + ")")
	case *ast.Blockquote:
		w.sb.WriteString("#quote(block: true)[\n")
		w.blocks(n)
		w.sb.WriteString("]")
	case *ast.List:
		w.list(n)
	case *east.Table:
		w.table(n)
	case *east.DefinitionList:
		w.definitions(n)
	case *ast.HTMLBlock:
		return // the synthetic books have none; Pandoc drops them from a PDF too
	default:
		if n.HasChildren() {
			w.blocks(n)
		}
		return
	}
	w.sb.WriteString("\n\n")
}

// list writes a list as a call of list or enum: one content block per
// item, its blocks separated by blank lines (paragraphs).
func (w *typstWriter) list(n *ast.List) {
	if n.IsOrdered() {
		fmt.Fprintf(&w.sb, "#enum(start: %d, tight: %t", n.Start, n.IsTight)
	} else {
		fmt.Fprintf(&w.sb, "#list(tight: %t", n.IsTight)
	}
	for it := n.FirstChild(); it != nil; it = it.NextSibling() {
		w.sb.WriteString(",\n[")
		for c := it.FirstChild(); c != nil; c = c.NextSibling() {
			w.block(c)
		}
		w.trimBlank()
		w.sb.WriteString("]")
	}
	w.sb.WriteString(")")
}

// trimBlank removes the blank line the last block wrote.
func (w *typstWriter) trimBlank() {
	s := w.sb.String()
	if t := strings.TrimRight(s, "\n"); len(t) != len(s) {
		w.sb.Reset()
		w.sb.WriteString(t)
	}
}

func (w *typstWriter) table(n *east.Table) {
	cols := len(n.Alignments)
	if cols == 0 {
		if h := n.FirstChild(); h != nil {
			cols = h.ChildCount()
		}
	}
	align := make([]string, cols)
	for i := range align {
		align[i] = "left"
		if i < len(n.Alignments) {
			switch n.Alignments[i] {
			case east.AlignCenter:
				align[i] = "center"
			case east.AlignRight:
				align[i] = "right"
			}
		}
	}
	fmt.Fprintf(&w.sb, "#table(columns: %d, align: (%s,)", cols, strings.Join(align, ", "))
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		_, header := row.(*east.TableHeader)
		if header {
			w.sb.WriteString(",\ntable.header(")
		} else {
			w.sb.WriteString(",\n")
		}
		k := 0
		for cell := row.FirstChild(); cell != nil && k < cols; cell = cell.NextSibling() {
			if k > 0 {
				w.sb.WriteString(", ")
			}
			w.sb.WriteString("[")
			w.inlines(cell)
			w.sb.WriteString("]")
			k++
		}
		for ; k < cols; k++ { // a short row: Typst fills the grid in order
			w.sb.WriteString(", []")
		}
		if header {
			w.sb.WriteString(")")
		}
	}
	w.sb.WriteString(")")
}

// definitions writes a definition list as a term list: each term with the
// descriptions that follow it, as paragraphs of one item.
func (w *typstWriter) definitions(n *east.DefinitionList) {
	tight := true
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if d, ok := c.(*east.DefinitionDescription); ok && !d.IsTight {
			tight = false
		}
	}
	w.sb.WriteString("#terms(tight: " + strconv.FormatBool(tight))
	for c := n.FirstChild(); c != nil; {
		term, ok := c.(*east.DefinitionTerm)
		if !ok {
			c = c.NextSibling()
			continue
		}
		w.sb.WriteString(",\nterms.item([")
		w.inlines(term)
		w.sb.WriteString("], [")
		c = c.NextSibling()
		first := true
		for ; c != nil; c = c.NextSibling() {
			d, ok := c.(*east.DefinitionDescription)
			if !ok {
				break
			}
			if !first {
				w.sb.WriteString("\n\n")
			}
			first = false
			w.blocks(d)
			w.trimBlank()
		}
		w.sb.WriteString("])")
	}
	w.sb.WriteString(")")
}

// figure writes an image alone in its paragraph: at the measure, unless
// it is less than half as wide as the measure at 96 dpi (as Quire sets
// it), its title as the caption.
func (w *typstWriter) figure(n *ast.Image) {
	img := w.b.ImageOf(n)
	if img == nil {
		w.inlines(n)
		return
	}
	width := "100%"
	if pt := float64(img.Width) * 0.75; pt < 324/2 {
		width = strconv.FormatFloat(pt, 'f', 1, 64) + "pt"
	}
	alt := book.PlainText(n, w.ch.Source)
	fmt.Fprintf(&w.sb, "#figure(image(%s, width: %s, alt: %s), numbering: none", typstString(img.Path), width, typstString(alt))
	if t := string(n.Title); t != "" {
		fmt.Fprintf(&w.sb, ", caption: [%s]", typstText(t, true))
	}
	w.sb.WriteString(")")
}

// text writes text, escaped as the start of a line when it is one: at
// the start of a block or of a content block, or after a line break.
func (w *typstWriter) text(s string) {
	out := w.sb.String()
	start := out == "" || out[len(out)-1] == '[' || out[len(out)-1] == '\n'
	w.sb.WriteString(typstText(s, start))
}

// inlines writes a node's inline children.
func (w *typstWriter) inlines(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.inline(c)
	}
}

func (w *typstWriter) inline(n ast.Node) {
	src := w.ch.Source
	switch n := n.(type) {
	case *ast.Text:
		v := n.Value(src)
		if !n.IsRaw() { // goldmark keeps escapes and character references
			v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
		}
		w.text(string(v))
		switch {
		case n.HardLineBreak():
			w.sb.WriteString(" \\\n")
		case n.SoftLineBreak():
			w.sb.WriteByte(' ')
		}
	case *ast.String:
		w.text(string(n.Value))
	case *ast.Emphasis:
		fn := "#emph["
		if n.Level >= 2 {
			fn = "#strong["
		}
		w.sb.WriteString(fn)
		w.inlines(n)
		w.sb.WriteString("];")
	case *east.Strikethrough:
		w.sb.WriteString("#strike[")
		w.inlines(n)
		w.sb.WriteString("];")
	case *ast.CodeSpan:
		var code strings.Builder
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch t := c.(type) {
			case *ast.Text:
				code.Write(t.Value(src))
			case *ast.String:
				code.Write(t.Value)
			}
		}
		w.sb.WriteString("#raw(" + typstString(code.String()) + ");")
	case *ast.Link:
		t := w.b.Link(n)
		switch {
		case w.inLink:
			w.inlines(n)
		case t.URL != "":
			w.sb.WriteString("#link(" + typstString(t.URL) + ")[")
			w.linkText(n)
		case t.Chapter != nil && w.known(t.Anchor):
			w.sb.WriteString("#link(<" + t.Anchor + ">)[")
			w.linkText(n)
		default:
			w.inlines(n)
		}
	case *ast.AutoLink:
		label := string(n.Label(src))
		url := string(n.URL(src))
		if n.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(url), "mailto:") {
			url = "mailto:" + url
		}
		if w.inLink {
			w.text(label)
		} else {
			w.sb.WriteString("#link(" + typstString(url) + ")[" + typstText(label, true) + "];")
		}
	case *ast.Image:
		if img := w.b.ImageOf(n); img != nil {
			fmt.Fprintf(&w.sb, "#box(image(%s, height: 1em));", typstString(img.Path))
		} else {
			w.inlines(n)
		}
	case *book.PageRef:
		if w.known(n.Anchor) {
			w.sb.WriteString("#context counter(page).at(<" + n.Anchor + ">).first();")
		} else {
			w.text(book.PageToken)
		}
	case *east.FootnoteLink:
		w.footnote(n.Index)
	case *east.TaskCheckBox:
		fill := ""
		if n.IsChecked {
			fill = ", fill: black"
		}
		w.sb.WriteString("#box(width: 0.6em, height: 0.6em, stroke: 0.5pt" + fill + ")#h(0.4em);")
	case *east.FootnoteBacklink, *ast.RawHTML:
		// nothing: Typst links a note to its call itself; raw HTML is
		// dropped as Pandoc drops it from a PDF
	default:
		w.inlines(n)
	}
}

// linkText writes a link's text and closes the link's content block.
func (w *typstWriter) linkText(n *ast.Link) {
	w.inLink = true
	w.inlines(n)
	w.inLink = false
	w.sb.WriteString("];")
}

// known says whether an anchor is written as a label somewhere.
func (w *typstWriter) known(a string) bool {
	_, ok := w.labels[a]
	return ok
}

// footnote writes the note called with index at its call: its blocks the
// first time, a reference to the same note after.
func (w *typstWriter) footnote(index int) {
	home := w.b.NoteHome(w.ch, index)
	key := noteRef{home, index}
	note := w.notes[key]
	if note == nil || w.inNote {
		return
	}
	label := fmt.Sprintf("fn-%d-%s", index, home.ID)
	if !typstLabelOK(label) {
		label = fmt.Sprintf("fn-%d-%p", index, home)
	}
	if w.used[key] {
		w.sb.WriteString("#footnote(<" + label + ">);")
		return
	}
	w.used[key] = true
	saved := w.ch
	w.ch, w.inNote = home, true
	w.sb.WriteString("#footnote[")
	w.blocks(note)
	w.trimBlank()
	w.sb.WriteString("] <" + label + ">")
	w.ch, w.inNote = saved, false
}

// charisFolder is the absolute path of the checkout's assets/fonts (the
// bench runs at the module root, as `make bench` runs it), where Quire's
// Charis fonts are: Typst sets the book in them.
func charisFolder() (string, error) {
	dir, err := filepath.Abs(filepath.Join("assets", "fonts"))
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(filepath.Join(dir, "Charis-Regular.ttf")); err != nil {
		return "", fmt.Errorf("no Charis-Regular.ttf in %s (run the bench at the module root)", dir)
	}
	return dir, nil
}

// pdfPages counts the pages of a PDF with pdfinfo (Typst's PDF names each
// page more than once, so countPages cannot); 0 when it cannot tell.
func pdfPages(file string) int {
	out, err := exec.Command("pdfinfo", file).Output()
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(out), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && k == "Pages" {
			n, _ := strconv.Atoi(strings.TrimSpace(v))
			return n
		}
	}
	return 0
}
