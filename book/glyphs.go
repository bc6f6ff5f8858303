package book

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-text/typesetting/language"

	"github.com/quire-books/quire/fontset"
	"github.com/quire-books/quire/shape"
)

// systemFonts is the system's fonts of this load: the ones LoadOptions
// gave, or a search of its own.
func (l *loader) systemFonts() *shape.System {
	if l.system == nil {
		l.system = &shape.System{}
	}
	return l.system
}

// Fontset is a family, with the families after it, as package fontset
// takes it.
func (f FontFamily) Fontset() fontset.Family {
	files := map[*FontFile]*fontset.File{}
	file := func(f *FontFile) *fontset.File {
		if f == nil {
			return nil
		}
		if ff, ok := files[f]; ok {
			return ff
		}
		ff := &fontset.File{Data: f.Data, Index: f.Index, Path: f.Path}
		files[f] = ff
		return ff
	}
	out := fontset.Family{Regular: file(f.Regular), Bold: file(f.Bold), Italic: file(f.Italic), BoldItalic: file(f.BoldItalic)}
	for _, m := range f.More {
		out.More = append(out.More, m.Fontset())
	}
	return out
}

// checkGlyphs warns, once per character, at its first use, of every
// character of the book's text that no font has: not the book's, not the
// bundled ones, not one installed on the system. The PDF would show an
// empty box for it.
func (l *loader) checkGlyphs() {
	if l.d.list.HasErrors() {
		return
	}
	set, err := fontset.For(l.b.Meta.PDF.Font.Fontset(), l.b.Meta.PDF.MonoFont.Fontset())
	if err != nil {
		return // the fonts were checked when read
	}
	known := map[rune]bool{}
	has := func(r rune) bool {
		ok, seen := known[r]
		if !seen {
			ok = set.Has(r, l.systemFonts())
			known[r] = ok
		}
		return ok
	}
	check := func(text string, at func(offset int) Pos) {
		for i := 0; i < len(text); {
			c := text[i]
			if c < utf8.RuneSelf {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if r != utf8.RuneError && !shape.Ignorable(r) && !unicode.IsSpace(r) && !has(r) {
				known[r] = true // once
				l.d.warnf(at(i), "%s", missingGlyph(r))
			}
			i += n
		}
	}
	m := l.b.Meta
	check(m.Title+m.Subtitle+strings.Join(m.AuthorNames(), ""), func(int) Pos { return Pos{File: ManifestName} })
	for _, ch := range l.b.Chapters {
		check(string(ch.Source), ch.Pos)
	}
}

// missingGlyph is the warning for a character no font has: what it is and
// what to do.
func missingGlyph(r rune) string {
	sc := language.LookupScript(r)
	what := sc.String() + " script"
	pkg := "fonts-noto-core or fonts-noto-extra"
	switch {
	case sc == language.Han && r >= 0x20000:
		what, pkg = "a rare Han character (CJK Extension B or later)", "fonts-hanazono"
	case sc == language.Han || sc == language.Hiragana || sc == language.Katakana || sc == language.Hangul || sc == language.Bopomofo:
		pkg = "fonts-noto-cjk"
	case unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r):
		what, pkg = "a symbol or emoji", "fonts-symbola (emoji in colour cannot be embedded in a PDF font)"
	case unicode.Is(unicode.Sm, r) || r >= 0x1D400 && r <= 0x1D7FF:
		what, pkg = "a mathematical symbol", "fonts-stix or fonts-dejavu-extra"
	case r >= 0xE000 && r <= 0xF8FF || r >= 0xF0000:
		what, pkg = "a private-use character", "the font it was made for"
	}
	return fmt.Sprintf("no font has %q (U+%04X, %s): the PDF shows an empty box for it; install a font that has it (on Debian or Ubuntu: %s) or name one in %s (pdf: {font: [fonts/Main.ttf, fonts/Other.otf]})", r, r, what, pkg, ManifestName)
}
