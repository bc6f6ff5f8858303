package book

import (
	"bytes"
	"errors"
	"image"
	_ "image/gif" // register decoders for DecodeConfig
	_ "image/jpeg"
	_ "image/png"
	"io/fs"
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// maxImagePixels bounds the images a book may use: 40 million pixels
// (8000 × 5000, far above what print needs). The PDF writer decodes images
// with an alpha channel fully, about 35 bytes a pixel at its peak.
const maxImagePixels = 40_000_000

// maxDecodePixels bounds the GIFs decoded in full to find a corrupt body
// (about 64 MB decoded).
const maxDecodePixels = 16_000_000

// resolve checks and resolves the links and images of one chapter.
func (l *loader) resolve(ch *Chapter) {
	ast.Walk(ch.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		l.htmlNode(ch, n) // raw HTML (html.go)
		switch t := n.(type) {
		case *ast.Link:
			target := l.linkTarget(ch, destination(t.Destination), ch.NodePos(t))
			l.b.links[t] = target
			l.markPageRefs(ch, t, target) // before the walk enters the link
		case *ast.Image:
			if img := l.chapterImage(ch, t); img != nil {
				l.b.images[t] = img
			}
		}
		return ast.WalkContinue, nil
	})
}

// destination is a link or image destination as the author meant it:
// goldmark keeps backslash escapes and character references in the AST
// (`[x](\(foo\))` goes to "(foo)", `a&amp;b` to "a&b").
func destination(raw []byte) string {
	d := util.UnescapePunctuations(raw)
	d = util.ResolveNumericReferences(d)
	return string(util.ResolveEntityNames(d))
}

// isRemote reports whether a destination has a URL scheme or is
// protocol-relative.
func isRemote(dest string) bool {
	if strings.HasPrefix(dest, "//") {
		return true
	}
	u, err := url.Parse(dest)
	return err == nil && u.Scheme != "" && len(u.Scheme) > 1 // "C:" is a drive
}

func (l *loader) linkTarget(ch *Chapter, dest string, at Pos) LinkTarget {
	dest = strings.TrimSpace(dest)
	if dest == "" {
		l.d.warnf(at, "link has no destination; it is printed as plain text")
		return LinkTarget{}
	}
	if isRemote(dest) {
		return LinkTarget{URL: dest}
	}
	file, frag, _ := strings.Cut(dest, "#")
	if f, err := url.PathUnescape(file); err == nil {
		file = f
	}
	if f, err := url.PathUnescape(frag); err == nil {
		frag = f
	}
	fa := l.byFile[ch.File]
	if file != "" {
		// A link is not a file the book reads: one that leaves the book
		// folder goes nowhere in the book, like a missing chapter.
		target := path.Clean(path.Join(webBase(path.Dir(ch.File), file), webName(file)))
		if strings.HasPrefix(file, `\`) || target == ".." || strings.HasPrefix(target, "../") {
			l.d.warnf(at, "link to %q leaves the book folder; it is printed as plain text", dest)
			return LinkTarget{}
		}
		fa = l.chapterFile(target)
		if fa == nil {
			l.d.warnf(at, "link to %q: no chapter of the book is %q%s; it is printed as plain text", dest, target, l.suggestChapter(path.Dir(ch.File), target))
			return LinkTarget{}
		}
	}
	if frag == "" {
		return LinkTarget{Chapter: fa.first, Anchor: fa.first.Anchor}
	}
	if ref, ok := fa.find(frag); ok {
		return LinkTarget{Chapter: ref.ch, Anchor: ref.anchor}
	}
	if file == "" && fa.pandoc != nil {
		// Pandoc reads a book's files as one document: #x may name a
		// heading of another file.
		for _, other := range l.b.Chapters {
			if ofa := l.byFile[other.File]; ofa != fa {
				if ref, ok := ofa.find(frag); ok {
					return LinkTarget{Chapter: ref.ch, Anchor: ref.anchor}
				}
			}
		}
	}
	hint := ""
	if near := closest(frag, fa.headingNames()); near != "" {
		hint = aside(didYouMean("#" + near))
	}
	if file == "" {
		l.d.warnf(at, "link to %q: no heading %q in this chapter%s; it is printed as plain text", dest, "#"+frag, hint)
		return LinkTarget{}
	}
	l.d.warnf(at, "link to %q: no heading %q in %s%s; it goes to the start of the chapter", dest, "#"+frag, fa.first.File, hint)
	return LinkTarget{Chapter: fa.first, Anchor: fa.first.Anchor}
}

// A link or image destination that starts with one "/" is relative to the
// book folder, as GitHub takes it relative to the repository and a web
// site to its root: webBase and webName give the folder and the name to
// join. Only the Markdown's destinations read so; the paths in book.yaml
// stay relative to the book folder, where "/" is an error.

// webBase is the folder a destination is relative to: base, or the book
// folder for "/x".
func webBase(base, dest string) string {
	if strings.HasPrefix(dest, "/") && !strings.HasPrefix(dest, "//") {
		return "."
	}
	return base
}

// webName is dest without the "/" that makes it relative to the book
// folder.
func webName(dest string) string {
	if strings.HasPrefix(dest, "/") && !strings.HasPrefix(dest, "//") {
		return strings.TrimLeft(dest, "/")
	}
	return dest
}

// find looks up the place a link's fragment names in the file: as
// written, as its slug, or lower-cased as GitHub does.
func (fa *fileAnchors) find(frag string) (anchorRef, bool) {
	for _, name := range [...]string{frag, Slugify(frag), lowerFull(frag, true)} {
		if ref, ok := fa.names[name]; ok {
			return ref, true
		}
	}
	return anchorRef{}, false
}

// chapterFile returns the names of the chapter file target, a path in the
// book folder; a folder stands for its README.md or index.md, as GitHub
// (and mdBook) show a folder's README. Nil when the book has no such
// chapter.
func (l *loader) chapterFile(target string) *fileAnchors {
	if fa := l.byFile[target]; fa != nil {
		return fa
	}
	for _, index := range [...]string{"README.md", "readme.md", "index.md"} {
		if fa := l.byFile[path.Join(target, index)]; fa != nil {
			return fa
		}
	}
	return nil
}

func (l *loader) chapterImage(ch *Chapter, n *ast.Image) *Image {
	dest := imageDestination(n)
	at := ch.NodePos(n)
	if dest == "" {
		l.d.errorf(at, "image has no file name")
		return nil
	}
	if isRemote(dest) {
		// A badge or a picture on the web, as GitHub READMEs have: the
		// editions print its alt text (an EPUB may not show remote images).
		l.d.warnf(at, "image %q is remote: Quire never downloads at build time, so its alt text is printed instead; save it in the book folder and use a relative path to show it", dest)
		return nil
	}
	dest = unescapePath(dest)
	p, ok := l.bookPath(webBase(path.Dir(ch.File), dest), webName(dest), at, "image")
	if !ok {
		return nil
	}
	return l.image(p, dest, at)
}

func (l *loader) loadCover() {
	if l.cover == "" {
		return
	}
	if isRemote(l.cover) {
		l.d.errorf(l.coverP, "cover %q is remote: save it in the book folder and use a relative path", l.cover)
		return
	}
	p, ok := l.bookPath(".", l.cover, l.coverP, "cover")
	if !ok {
		return
	}
	l.b.Cover = l.imageAs("cover", p, l.cover, l.coverP)
}

// image reads, checks and registers an image file once. The file that
// names it (at.File) is where a suggestion's path is relative to.
func (l *loader) image(p, written string, at Pos) *Image {
	return l.imageAs("image", p, written, at)
}

// imageAs is image, naming the image as what ("cover") in its errors.
func (l *loader) imageAs(what, p, written string, at Pos) *Image {
	if img, ok := l.imgPath[p]; ok {
		return img
	}
	f := l.imgRead[p]
	if f == nil {
		f = readImage(l.fsys, p)
	}
	delete(l.imgRead, p)
	data, err := f.data, f.err
	if err != nil {
		hint := ""
		if errors.Is(err, fs.ErrNotExist) {
			hint = l.suggestFile(path.Dir(at.File), p)
		}
		l.d.errorf(at, "%s%s", fileProblem(what, written, p, err), hint)
		return nil
	}
	cfg, format, err := f.cfg, f.format, f.cfgErr
	if err != nil {
		if format == "" {
			l.d.errorf(at, "%s %q is not a JPEG, PNG or GIF file (the formats Quire supports): %s", what, written, err)
		} else {
			l.d.errorf(at, "%s %q is a corrupt %s file: %s", what, written, strings.ToUpper(format), err)
		}
		return nil
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || int64(cfg.Width)*int64(cfg.Height) > maxImagePixels {
		l.d.errorf(at, "%s %q is %d × %d pixels: Quire takes images up to %d million pixels", what, written, cfg.Width, cfg.Height, maxImagePixels/1_000_000)
		return nil
	}
	if err := f.bodyErr; err != nil {
		l.d.errorf(at, "%s %q is a corrupt %s file: %s", what, written, strings.ToUpper(format), err)
		return nil
	}
	img := &Image{
		Path: p, Data: data, Format: format, MediaType: "image/" + format,
		Width: cfg.Width, Height: cfg.Height, Name: l.imageName(p, format),
	}
	l.imgPath[p] = img
	l.b.Images = append(l.b.Images, img)
	return img
}

// imageFile is an image file read and checked (the work of imageAs that
// touches nothing of the loader's, and so may run ahead, concurrently).
type imageFile struct {
	data    []byte
	err     error // reading the file
	cfg     image.Config
	format  string
	cfgErr  error // decoding its header
	bodyErr error // checking its body (see checkBody)
}

// readImage reads and checks the image file p. A good header may front a
// broken body (imagecheck.go). A GIF is decoded to be checked, when that
// takes reasonable memory; an image over maxImagePixels is not checked
// (imageAs refuses it).
func readImage(fsys fs.FS, p string) *imageFile {
	f := &imageFile{}
	if f.data, f.err = readFile(fsys, p); f.err != nil {
		return f
	}
	if f.cfg, f.format, f.cfgErr = image.DecodeConfig(bytes.NewReader(f.data)); f.cfgErr != nil {
		return f
	}
	px := int64(f.cfg.Width) * int64(f.cfg.Height)
	if f.cfg.Width <= 0 || f.cfg.Height <= 0 || px > maxImagePixels {
		return f
	}
	if f.format != "gif" || px <= maxDecodePixels {
		f.bodyErr = checkBody(f.format, f.data)
	}
	return f
}

// readImages reads ahead the image files a chapter's Markdown images name
// (file is the chapter's source), by the path imageAs will be asked for. A
// destination imageAs would refuse is skipped; reading goes through fsys,
// which keeps every read inside the book folder.
func readImages(fsys fs.FS, file string, doc *ast.Document) map[string]*imageFile {
	var out map[string]*imageFile
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		img, ok := n.(*ast.Image)
		if !ok || !entering {
			return ast.WalkContinue, nil
		}
		dest := imageDestination(img)
		if dest == "" || isRemote(dest) {
			return ast.WalkContinue, nil
		}
		dest = unescapePath(dest)
		p, problem := cleanBookPath(webBase(path.Dir(file), dest), webName(dest))
		if problem != "" || out[p] != nil {
			return ast.WalkContinue, nil
		}
		if out == nil {
			out = map[string]*imageFile{}
		}
		out[p] = readImage(fsys, p)
		return ast.WalkContinue, nil
	})
	return out
}

// imageDestination is the file an image names, as the author wrote it.
func imageDestination(n *ast.Image) string { return strings.TrimSpace(destination(n.Destination)) }

// unescapePath undoes a destination's percent-encoding, when it has a valid
// one.
func unescapePath(dest string) string {
	if u, err := url.PathUnescape(dest); err == nil {
		return u
	}
	return dest
}

// imageName gives an image its unique, ASCII name inside the EPUB.
func (l *loader) imageName(p, format string) string {
	ext := map[string]string{"jpeg": ".jpg", "png": ".png", "gif": ".gif"}[format]
	base := fileID(strings.TrimSuffix(path.Base(p), path.Ext(p)))
	name := "images/" + base + ext
	for i := 2; l.imgName[strings.ToLower(name)]; i++ {
		name = "images/" + base + "-" + strconv.Itoa(i) + ext
	}
	l.imgName[strings.ToLower(name)] = true
	return name
}

// headingNames are the names a link may give a heading of the source file:
// slugs of heading texts, explicit ids and anchors.
func (fa *fileAnchors) headingNames() []string {
	out := make([]string, 0, len(fa.names))
	for name := range fa.names {
		out = append(out, name)
	}
	return out
}

// suggestChapter proposes the chapter file nearest to the missing target,
// written relative to the folder base.
func (l *loader) suggestChapter(base, target string) string {
	var files []string
	for f := range l.byFile {
		files = append(files, f)
	}
	if near := closest(target, files); near != "" {
		return aside(didYouMean(relTo(base, near)))
	}
	return ""
}
