// Package fontset makes the font chains a book is set in: for each of six
// faces (regular, bold, italic and bold italic text; regular and bold
// code), the book's own font first, then the bundled ones. The PDF and the
// drawn cover both set text with them, through the shaping engine (package
// shape), which looks further, in the system's fonts, for a character
// none of them has.
//
// The bundled fonts: Charis for text, with Noto Serif after it for the
// Greek and the rest of the Cyrillic and Vietnamese that Charis lacks;
// DejaVu Sans Mono for code, with Noto Sans Mono after it.
package fontset

import (
	"fmt"
	"strings"
	"sync"

	"github.com/go-text/typesetting/language"
	textlang "golang.org/x/text/language"

	"github.com/quire-books/quire/assets"
	"github.com/quire-books/quire/shape"
)

// The faces, by index.
const (
	Regular = iota
	Bold
	Italic
	BoldItalic
	Mono
	MonoBold
	NumFaces
)

// bundled lists each face's bundled fonts, in order.
var bundled = [NumFaces][]string{
	{"fonts/Charis-Regular.ttf", "fonts/NotoSerif-Regular.ttf"},
	{"fonts/Charis-Bold.ttf", "fonts/NotoSerif-Bold.ttf"},
	{"fonts/Charis-Italic.ttf", "fonts/NotoSerif-Italic.ttf"},
	{"fonts/Charis-BoldItalic.ttf", "fonts/NotoSerif-BoldItalic.ttf"},
	{"fonts/DejaVuSansMono.ttf", "fonts/NotoSansMono-Regular.ttf"},
	{"fonts/DejaVuSansMono-Bold.ttf", "fonts/NotoSansMono-Bold.ttf"},
}

// File is one font file of a book: its bytes, the face's place in a
// collection (0 for a single font) and its path, for messages.
type File struct {
	Data  []byte
	Index int
	Path  string
}

// Family is a book's typeface for text or for code, by style; nil for a
// style it does not name (set in its regular style: fonts are not
// emboldened or slanted). A zero Family is the bundled default.
type Family struct {
	Regular, Bold, Italic, BoldItalic *File
	// More are further families, tried in turn for a character this one
	// lacks (book.yaml's font list).
	More []Family
}

// Set is the font chains of one book, one per face (by index).
type Set [NumFaces][]*shape.Font

// bundledFonts parses each bundled font once per process: they are the
// same bytes in every build.
var bundledFonts = sync.OnceValue(func() map[string]*shape.Font {
	m := map[string]*shape.Font{}
	for _, list := range bundled {
		for _, name := range list {
			if _, ok := m[name]; !ok {
				f, err := shape.Load(assets.Read(name), 0, "")
				if err != nil {
					panic(fmt.Sprintf("bundled font %s: %v", name, err))
				}
				m[name] = f
			}
		}
	}
	return m
})

// For returns the font chains of a book whose text and code families are
// text and mono: the book's font for a face, then the bundled ones; code
// then falls back on the text fonts of its weight.
func For(text, mono Family) (Set, error) {
	var set Set
	loaded := map[*File]*shape.Font{} // a file serves several faces
	for i := range NumFaces {
		fam := text
		if i >= Mono {
			fam = mono
		}
		for _, fam := range append([]Family{fam}, fam.More...) {
			if fam.Regular == nil {
				continue
			}
			pick := [NumFaces]*File{fam.Regular, fam.Bold, fam.Italic, fam.BoldItalic, fam.Regular, fam.Bold}[i]
			if pick == nil && i == BoldItalic {
				pick = fam.Bold
			}
			if pick == nil {
				pick = fam.Regular
			}
			f, ok := loaded[pick]
			if !ok {
				var err error
				if f, err = shape.Load(pick.Data, pick.Index, pick.Path); err != nil {
					return set, fmt.Errorf("font %s: %v", pick.Path, err)
				}
				loaded[pick] = f
			}
			set[i] = append(set[i], f)
		}
		for _, name := range bundled[i] {
			set[i] = append(set[i], bundledFonts()[name])
		}
	}
	set[Mono] = append(set[Mono], set[Regular]...)
	set[MonoBold] = append(set[MonoBold], set[Bold]...)
	return set, nil
}

// Engine makes a shaping engine for a book in language lang (a BCP 47
// tag) whose paragraphs run right to left when rtl (the book's direction,
// which may differ from its language's), with these fonts; sys, when not
// nil, is searched for characters they lack.
func (set Set) Engine(lang string, rtl bool, sys *shape.System) *shape.Engine {
	specs := make([]shape.Spec, NumFaces)
	for i := range NumFaces {
		specs[i] = shape.Spec{Chain: set[i], Mono: i >= Mono, Bold: i == Bold || i == BoldItalic || i == MonoBold,
			Italic: i == Italic || i == BoldItalic, Sans: strings.Contains(strings.ToLower(set[i][0].Family), "sans")}
	}
	return shape.New(shape.Options{Styles: specs, Language: lang, RTL: rtl, System: sys})
}

// Has reports whether a font of the regular face's chain, or else of the
// system's (when sys is not nil), has r.
func (set Set) Has(r rune, sys *shape.System) bool {
	for _, f := range set[Regular] {
		if f.Has(r) {
			return true
		}
	}
	return sys != nil && sys.Find(r, shape.Spec{}, "", language.Common) != nil
}

// RTL reports whether a language (a BCP 47 tag) is written right to left:
// whether its script is, the one its tag names (ku-Arab, ar-Latn) or else
// the one it is most likely written in (ar, he, fa, ur, ckb, dv, pa-PK).
// This is the one rule both editions follow, through book.Metadata.RTL,
// when a book does not set its direction.
func RTL(tag string) bool {
	t, err := textlang.Parse(tag)
	if err != nil { // a malformed tag: its language alone
		base, _, _ := strings.Cut(tag, "-")
		if t, err = textlang.Parse(base); err != nil {
			return false
		}
	}
	s, _ := t.Script()
	return rtlScripts[s.String()]
}

// rtlScripts are the scripts (ISO 15924) written right to left.
var rtlScripts = map[string]bool{
	"Adlm": true, "Arab": true, "Aran": true, "Armi": true, "Avst": true, "Chrs": true,
	"Cprt": true, "Elym": true, "Hatr": true, "Hebr": true, "Hung": true, "Khar": true,
	"Lydi": true, "Mand": true, "Mani": true, "Mend": true, "Merc": true, "Mero": true,
	"Narb": true, "Nbat": true, "Nkoo": true, "Orkh": true, "Ougr": true, "Palm": true,
	"Phli": true, "Phlp": true, "Phnx": true, "Prti": true, "Rohg": true, "Samr": true,
	"Sarb": true, "Sogd": true, "Sogo": true, "Syrc": true, "Thaa": true, "Yezi": true,
}
