package book

import (
	"fmt"
	"math"
	"path"
	"strconv"
	"strings"

	yast "github.com/goccy/go-yaml/ast"
)

// PDFSettings is the print setup of the PDF edition: book.yaml's `pdf:`
// section, with the profile's defaults filled in. Every length is in
// points (1/72 in).
type PDFSettings struct {
	// Profile is "book" (a 6×9 in trade paperback, the default) or
	// "handout" (single-sided A4, or Letter for en-US, larger type and
	// wide margins for notes).
	Profile string
	// PageWidth and PageHeight are the trim size.
	PageWidth, PageHeight float64
	Margins               Margins
	// TwoSided mirrors the margins on left-hand pages, opens chapters and
	// parts on right-hand pages and runs the book title on left-hand pages.
	TwoSided bool
	// FontSize is the body type size; LineSpacing the line height as a
	// multiple of it.
	FontSize, LineSpacing float64
	// Font and MonoFont are the book's own TrueType fonts; a zero family
	// keeps the built-in ones (Charis, DejaVu Sans Mono).
	Font, MonoFont FontFamily

	src *pdfSection // the section as written, until the loader resolves it
}

// Margins are the four page margins. Inner is the binding side: the left
// margin of right-hand pages.
type Margins struct {
	Inner, Outer, Top, Bottom float64
}

// FontFamily is a typeface given as font files. Regular is nil for the
// built-in default; a style the book does not name is nil and set in
// Regular (a mono family has no italics). More are the families after it
// in book.yaml's list, tried in turn for a character it lacks.
type FontFamily struct {
	Regular, Bold, Italic, BoldItalic *FontFile
	More                              []FontFamily
}

// FontFile is one TrueType file of the book, read and checked.
type FontFile struct {
	Path string // slash-separated, relative to the book folder
	Data []byte
	// Index is the face's place in a collection (.ttc, .otc); 0 for a
	// single font.
	Index int
	at    Pos
	base  string
}

// Profiles lists the print profiles, the default first.
var Profiles = []string{"book", "handout"}

// profileSettings returns the defaults of a profile for a book in lang.
func profileSettings(profile, lang string) PDFSettings {
	if profile == "handout" {
		s := PDFSettings{
			Profile:   "handout",
			PageWidth: pageSizes["a4"][0], PageHeight: pageSizes["a4"][1],
			Margins:  Margins{Inner: 72, Outer: 126, Top: 72, Bottom: 72},
			FontSize: 12, LineSpacing: 1.4,
		}
		if strings.EqualFold(lang, "en-US") {
			s.PageWidth, s.PageHeight = pageSizes["letter"][0], pageSizes["letter"][1]
		}
		return s
	}
	return PDFSettings{
		Profile:   "book",
		PageWidth: 432, PageHeight: 648,
		Margins:  Margins{Inner: 54, Outer: 54, Top: 54, Bottom: 72},
		FontSize: 10.5, LineSpacing: 1.35,
	}
}

// DefaultPDFSettings are the settings of a book without a `pdf:` section.
func DefaultPDFSettings(lang string) PDFSettings { return profileSettings("book", lang) }

// pageSizes are the named trim sizes, width × height in points.
var pageSizes = map[string][2]float64{
	"a4":     {595.28, 841.89},
	"a5":     {419.53, 595.28},
	"letter": {612, 792},
	"6x9in":  {432, 648},
}

// units are the length units book.yaml accepts, in points.
var units = map[string]float64{"pt": 1, "in": 72, "mm": 72 / 25.4, "cm": 72 / 2.54}

// pdfKeys lists the keys of the pdf section, for the unknown-key warning:
// the pdf.* keys of the settings table (settings.go).
var pdfKeys = settingKeys("pdf")

// pdfSection is the pdf section as written: each value set only when
// book.yaml gives it, so that the profile fills in the rest wherever the
// profile key comes.
type pdfSection struct {
	y              *yamlDoc
	at             Pos
	profile        string
	page           *[2]float64
	pageAt         Pos
	margins        [4]float64 // inner, outer, top, bottom; 0: the profile's
	marginsAt      Pos
	twoSided       *bool
	fontSize       float64
	lineSpacing    float64
	font, monoFont FontFamily
}

// decodePDF reads the `pdf:` section of book.yaml. Paths of font files are
// relative to the folder of the file that names them; the loader reads
// them later (loadFonts). The result still lacks the language's defaults:
// resolve fills them in.
func decodePDF(y *yamlDoc, e yamlEntry) *pdfSection {
	s := &pdfSection{y: y, at: e.KeyAt}
	kv, ok := y.mapping(e.Value, "pdf")
	if !ok {
		return s
	}
	base := path.Dir(y.file)
	for _, f := range kv {
		switch f.Key {
		case "profile":
			v, _ := y.scalar(f.Value, "profile")
			if v != "book" && v != "handout" {
				y.d.errorf(y.pos(f.Value), "pdf profile %q is not a profile: write book or handout%s", v, suggest(v, Profiles))
				break
			}
			s.profile = v
		case "page-size":
			v, _ := y.scalar(f.Value, "page-size")
			w, h, err := ParsePageSize(v)
			if err != nil {
				y.d.errorf(y.pos(f.Value), "page-size: %v", err)
				break
			}
			if w < 144 || h < 144 || w > 1440 || h > 1440 {
				y.d.errorf(y.pos(f.Value), "page-size %q is %s × %s: a page must measure from 2 to 20 inches each way", v, inches(w), inches(h))
				break
			}
			s.page, s.pageAt = &[2]float64{w, h}, y.pos(f.Value)
		case "margins":
			s.marginsAt = y.pos(f.Value)
			s.margins = decodeMargins(y, f.Value)
		case "two-sided":
			v, _ := y.scalar(f.Value, "two-sided")
			b, err := strconv.ParseBool(v)
			if err != nil || v == "1" || v == "0" || v == "t" || v == "f" || v == "T" || v == "F" {
				y.d.errorf(y.pos(f.Value), "two-sided must be true or false, not %q", v)
				break
			}
			s.twoSided = &b
		case "font-size":
			v, _ := y.scalar(f.Value, "font-size")
			n, err := ParseLength(strings.TrimSpace(v), "pt")
			if err != nil || n < 6 || n > 24 {
				y.d.errorf(y.pos(f.Value), "font-size must be a size from 6pt to 24pt (e.g. 11 or 11pt), not %q", v)
				break
			}
			s.fontSize = n
		case "line-spacing":
			v, _ := y.scalar(f.Value, "line-spacing")
			n, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil || n < 1 || n > 3 {
				y.d.errorf(y.pos(f.Value), "line-spacing must be a multiple of the font size from 1 to 3 (e.g. 1.35), not %q", v)
				break
			}
			s.lineSpacing = n
		case "font":
			s.font = decodeFontFamily(y, f, base, []string{"regular", "bold", "italic", "bold-italic"})
		case "mono-font":
			s.monoFont = decodeFontFamily(y, f, base, []string{"regular", "bold"})
		default:
			y.d.warnf(f.KeyAt, "unknown key %q in pdf%s", f.Key, suggest(f.Key, pdfKeys))
		}
	}
	return s
}

// resolve fills in the profile's defaults and checks that the text block
// the margins leave is usable.
func (s *pdfSection) resolve(lang string) PDFSettings {
	y := s.y
	p := s.profile
	if p == "" {
		p = "book"
	}
	out := profileSettings(p, lang)
	if s.page != nil {
		out.PageWidth, out.PageHeight = s.page[0], s.page[1]
	}
	m := []*float64{&out.Margins.Inner, &out.Margins.Outer, &out.Margins.Top, &out.Margins.Bottom}
	for i, v := range s.margins {
		if v > 0 {
			*m[i] = v
		}
	}
	if s.twoSided != nil {
		out.TwoSided = *s.twoSided
	}
	if s.fontSize > 0 {
		out.FontSize = s.fontSize
	}
	if s.lineSpacing > 0 {
		out.LineSpacing = s.lineSpacing
	}
	out.Font, out.MonoFont = s.font, s.monoFont
	at := orPos(s.marginsAt, orPos(s.pageAt, s.at))
	if w := out.PageWidth - out.Margins.Inner - out.Margins.Outer; w < 144 {
		y.d.errorf(at, "the margins leave a text block %s wide on a page %s wide: it needs at least 2in", inches(max(w, 0)), inches(out.PageWidth))
	} else if h := out.PageHeight - out.Margins.Top - out.Margins.Bottom; h < 144 {
		y.d.errorf(at, "the margins leave a text block %s high on a page %s high: it needs at least 2in", inches(max(h, 0)), inches(out.PageHeight))
	}
	return out
}

// decodeMargins reads one length (all four margins) or a mapping of
// inner, outer, top and bottom.
func decodeMargins(y *yamlDoc, n yast.Node) [4]float64 {
	var out [4]float64
	one := func(v yast.Node, key string) float64 {
		s, ok := y.scalar(v, key)
		if !ok {
			return 0
		}
		l, err := ParseLength(s, "")
		switch {
		case err != nil:
			y.d.errorf(y.pos(v), "%s: %v", key, err)
			return 0
		case l <= 0 || l > 360:
			y.d.errorf(y.pos(v), "%s must be greater than 0 and at most 5in, not %q", key, s)
			return 0
		}
		return l
	}
	switch unwrap(n).(type) {
	case *yast.MappingNode, *yast.MappingValueNode:
		kv, _ := y.mapping(n, "margins")
		sides := []string{"inner", "outer", "top", "bottom"}
		for _, f := range kv {
			i := indexOf(sides, f.Key)
			if i < 0 {
				y.d.warnf(f.KeyAt, "unknown key %q in margins%s", f.Key, suggest(f.Key, sides))
				continue
			}
			out[i] = one(f.Value, "margin "+f.Key)
		}
	default:
		l := one(n, "margins")
		out = [4]float64{l, l, l, l}
	}
	return out
}

// decodeFontFamily reads one path (the regular style), a mapping of
// styles to paths, or a list of these: a fallback chain, the first family
// first.
func decodeFontFamily(y *yamlDoc, e yamlEntry, base string, styles []string) FontFamily {
	if seq, ok := unwrap(e.Value).(*yast.SequenceNode); ok {
		var fams []FontFamily
		for _, v := range seq.Values {
			fams = append(fams, decodeOneFamily(y, yamlEntry{Key: e.Key, KeyAt: y.pos(v), Value: v}, base, styles))
		}
		if len(fams) == 0 {
			return FontFamily{}
		}
		fams[0].More = fams[1:]
		return fams[0]
	}
	return decodeOneFamily(y, e, base, styles)
}

// decodeOneFamily reads one path or one mapping of styles to paths.
func decodeOneFamily(y *yamlDoc, e yamlEntry, base string, styles []string) FontFamily {
	var fam FontFamily
	slots := map[string]**FontFile{"regular": &fam.Regular, "bold": &fam.Bold, "italic": &fam.Italic, "bold-italic": &fam.BoldItalic}
	file := func(v yast.Node, what string) *FontFile {
		s, ok := y.scalar(v, what)
		if !ok {
			return nil
		}
		if strings.TrimSpace(s) == "" {
			y.d.errorf(y.pos(v), "%s needs the path of a font file (.ttf, .otf, .ttc) in the book folder", what)
			return nil
		}
		return &FontFile{Path: s, at: y.pos(v), base: base}
	}
	switch unwrap(e.Value).(type) {
	case *yast.MappingNode, *yast.MappingValueNode:
		kv, _ := y.mapping(e.Value, e.Key)
		for _, f := range kv {
			if indexOf(styles, f.Key) < 0 {
				y.d.warnf(f.KeyAt, "unknown key %q in %s: it takes %s%s", f.Key, e.Key, strings.Join(styles, ", "), suggest(f.Key, styles))
				continue
			}
			*slots[f.Key] = file(f.Value, e.Key+" "+f.Key)
		}
		if fam.Regular == nil && (fam.Bold != nil || fam.Italic != nil || fam.BoldItalic != nil) {
			y.d.errorf(e.KeyAt, "%s needs a regular style: add `regular: fonts/….ttf`", e.Key)
		}
	default:
		fam.Regular = file(e.Value, e.Key)
	}
	return fam
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// ParsePageSize reads a trim size: a name (A4, A5, Letter, 6x9in) or
// "W x H" with a unit (in, mm, cm, pt) after each number or after the
// last only: "148mm x 210mm", "6 x 9 in", "6in x 9in". Sizes are in points.
func ParsePageSize(s string) (w, h float64, err error) {
	t := strings.ToLower(strings.Join(strings.Fields(s), ""))
	if sz, ok := pageSizes[t]; ok {
		return sz[0], sz[1], nil
	}
	t = strings.ReplaceAll(t, "×", "x")
	i := strings.IndexByte(t, 'x')
	if t == "" || i < 0 {
		return 0, 0, fmt.Errorf("%q is not a page size: write A4, A5, Letter, 6x9in or a width x height such as 148mm x 210mm", s)
	}
	ws, hs := t[:i], t[i+1:]
	hu := unitOf(hs)
	if hu == "" {
		return 0, 0, fmt.Errorf("%q needs a unit: in, mm, cm or pt (e.g. 6x9in or 148mm x 210mm)", s)
	}
	if w, err = ParseLength(ws, hu); err == nil {
		h, err = ParseLength(hs, "")
	}
	if err != nil {
		return 0, 0, fmt.Errorf("%q is not a page size: %v", s, err)
	}
	return w, h, nil
}

// unitOf returns the unit a length ends with, or "".
func unitOf(s string) string {
	for u := range units {
		if strings.HasSuffix(s, u) {
			return u
		}
	}
	return ""
}

// ParseLength reads a length such as "20mm", "0.75in", "2cm" or "54pt" in
// points. A bare number takes the unit def; with def "" it is an error.
func ParseLength(s, def string) (float64, error) {
	t := strings.ToLower(strings.Join(strings.Fields(s), ""))
	u := unitOf(t)
	num := strings.TrimSuffix(t, u)
	if u == "" {
		if def == "" {
			if _, err := strconv.ParseFloat(num, 64); err == nil {
				return 0, fmt.Errorf("%q needs a unit: in, mm, cm or pt (e.g. 20mm)", s)
			}
			return 0, fmt.Errorf("%q is not a length: write a number and a unit (in, mm, cm or pt), e.g. 20mm", s)
		}
		u = def
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
		return 0, fmt.Errorf("%q is not a length: write a number and a unit (in, mm, cm or pt), e.g. 20mm", s)
	}
	return v * units[u], nil
}

// inches formats a length in points as inches, for messages.
func inches(pt float64) string {
	return strconv.FormatFloat(math.Round(pt/72*100)/100, 'f', -1, 64) + "in"
}
