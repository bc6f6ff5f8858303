package book

import (
	"encoding/binary"
	"math"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/shape"
)

func near(a, b float64) bool { return math.Abs(a-b) < 0.01 }

func TestParsePageSize(t *testing.T) {
	tests := []struct {
		in   string
		w, h float64
		err  string
	}{
		{in: "A4", w: 595.28, h: 841.89},
		{in: "a5", w: 419.53, h: 595.28},
		{in: "Letter", w: 612, h: 792},
		{in: "6x9in", w: 432, h: 648},
		{in: "6 x 9 in", w: 432, h: 648},
		{in: "6in x 9in", w: 432, h: 648},
		{in: "148mm x 210mm", w: 419.53, h: 595.28},
		{in: "14.8cm×21cm", w: 419.53, h: 595.28},
		{in: "432x648pt", w: 432, h: 648},
		{in: "6x9", err: "needs a unit"},
		{in: "6x9ft", err: "needs a unit"},
		{in: "B7", err: "is not a page size"},
		{in: "", err: "is not a page size"},
		{in: "sixinx9in", err: "is not a page size"},
		{in: "-6x9in", err: "is not a page size"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			w, h, err := ParsePageSize(tt.in)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("ParsePageSize(%q) error = %v, want %q", tt.in, err, tt.err)
				}
				return
			}
			if err != nil || !near(w, tt.w) || !near(h, tt.h) {
				t.Fatalf("ParsePageSize(%q) = %v, %v, %v; want %v, %v", tt.in, w, h, err, tt.w, tt.h)
			}
		})
	}
}

func TestParseLength(t *testing.T) {
	tests := []struct {
		in, def string
		want    float64
		err     string
	}{
		{in: "1in", want: 72},
		{in: "25.4mm", want: 72},
		{in: "2.54 cm", want: 72},
		{in: "54pt", want: 54},
		{in: "11", def: "pt", want: 11},
		{in: "54", err: "needs a unit"},
		{in: "2 furlongs", err: "is not a length"},
		{in: "mm", err: "is not a length"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseLength(tt.in, tt.def)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("ParseLength(%q) error = %v, want %q", tt.in, err, tt.err)
				}
				return
			}
			if err != nil || !near(got, tt.want) {
				t.Fatalf("ParseLength(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

// loadPDFBook loads a one-chapter book whose book.yaml ends with pdfYAML
// (starting at line 5) and has extra files.
func loadPDFBook(t *testing.T, pdfYAML string, files fstest.MapFS) (*Book, Diagnostics) {
	t.Helper()
	fsys := fstest.MapFS{
		"book.yaml": {Data: []byte("title: T\nauthors: [A]\nlanguage: " + "en" + "\nchapters: [one.md]\n" + pdfYAML)},
		"one.md":    {Data: []byte("# One\n\nText.\n")},
	}
	for k, v := range files {
		fsys[k] = v
	}
	return Load(fsys)
}

func TestPDFSettings(t *testing.T) {
	ttf, err := os.ReadFile("../assets/fonts/DejaVuSansMono.ttf")
	if err != nil {
		t.Fatal(err)
	}
	fonts := fstest.MapFS{"fonts/m.ttf": {Data: ttf}, "fonts/x.otf": {Data: fakeSfnt("OTTO", nil)}}
	tests := []struct {
		name  string
		yaml  string
		check func(t *testing.T, s PDFSettings)
		diags []string // each "LINE:COL: severity: part of the message"
	}{
		{name: "defaults", yaml: "", check: func(t *testing.T, s PDFSettings) {
			want := PDFSettings{Profile: "book", PageWidth: 432, PageHeight: 648,
				Margins: Margins{54, 54, 54, 72}, FontSize: 10.5, LineSpacing: 1.35}
			if s.Profile != want.Profile || s.PageWidth != want.PageWidth || s.PageHeight != want.PageHeight ||
				s.Margins != want.Margins || s.FontSize != want.FontSize || s.LineSpacing != want.LineSpacing || s.TwoSided {
				t.Errorf("settings = %+v, want %+v", s, want)
			}
		}},
		{name: "handout", yaml: "pdf:\n  profile: handout\n", check: func(t *testing.T, s PDFSettings) {
			if !near(s.PageWidth, 595.28) || s.FontSize != 12 || s.TwoSided || s.Margins.Outer <= s.Margins.Inner {
				t.Errorf("handout = %+v, want single-sided A4, 12pt, a wide outer margin", s)
			}
		}},
		{name: "everything", yaml: "pdf:\n  page-size: 148mm x 210mm\n  two-sided: true\n  margins: {inner: 20mm, outer: 15mm, top: 1in, bottom: 54pt}\n  font-size: 11pt\n  line-spacing: 1.5\n  font: {regular: fonts/m.ttf, bold: fonts/m.ttf}\n  mono-font: fonts/m.ttf\n  profile: handout\n",
			check: func(t *testing.T, s PDFSettings) {
				if s.Profile != "handout" || !near(s.PageWidth, 419.53) || !s.TwoSided || s.FontSize != 11 || s.LineSpacing != 1.5 {
					t.Errorf("settings = %+v", s)
				}
				if !near(s.Margins.Inner, 56.69) || !near(s.Margins.Outer, 42.52) || s.Margins.Top != 72 || s.Margins.Bottom != 54 {
					t.Errorf("margins = %+v", s.Margins)
				}
				if s.Font.Regular == nil || s.Font.Bold == nil || s.Font.Italic != nil || len(s.Font.Regular.Data) != len(ttf) || s.Font.Regular.Path != "fonts/m.ttf" {
					t.Errorf("font = %+v", s.Font)
				}
				if s.MonoFont.Regular == nil || s.MonoFont.Bold != nil {
					t.Errorf("mono-font = %+v", s.MonoFont)
				}
			}},
		{name: "one margin", yaml: "pdf:\n  margins: 0.5in\n", check: func(t *testing.T, s PDFSettings) {
			if s.Margins != (Margins{36, 36, 36, 36}) {
				t.Errorf("margins = %+v", s.Margins)
			}
		}},
		{name: "bad values", yaml: "pdf:\n  profile: handot\n  page-size: 6x9\n  margins: 54\n  two-sided: yes\n  font-size: huge\n  line-spacing: 0.5\n  colour: red\n",
			diags: []string{
				`6:12: error: pdf profile "handot" is not a profile: write book or handout; did you mean "handout"?`,
				`7:14: error: page-size: "6x9" needs a unit`,
				`8:12: error: margins: "54" needs a unit`,
				`9:14: error: two-sided must be true or false, not "yes"`,
				`10:14: error: font-size must be a size from 6pt to 24pt`,
				`11:17: error: line-spacing must be a multiple`,
				`12:3: warning: unknown key "colour" in pdf`,
			}},
		{name: "margins too wide", yaml: "pdf:\n  margins: {inner: 2in, outer: 2.5in}\n",
			diags: []string{`6:12: error: the margins leave a text block 1.5in wide on a page 6in wide`}},
		{name: "bad margin key", yaml: "pdf:\n  margins: {iner: 1in}\n",
			diags: []string{`6:13: warning: unknown key "iner" in margins; did you mean "inner"?`}},
		{name: "fonts", yaml: "pdf:\n  font: {regular: fonts/x.otf}\n  mono-font: ../m.ttf\n",
			diags: []string{
				`6:19: error: fonts/x.otf has no outlines Quire can embed (neither TrueType glyf nor CFF)`,
				`7:14: error: font "../m.ttf" is outside the book folder`,
			}},
		{name: "absent font", yaml: "pdf:\n  font: /etc/f.ttf\n  mono-font: {bold: fonts/m.ttf, italic: fonts/m.ttf}\n",
			diags: []string{
				`6:9: error: font "/etc/f.ttf" is an absolute path`,
				`7:3: error: mono-font needs a regular style`,
				`7:34: warning: unknown key "italic" in mono-font: it takes regular, bold`,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, ds := loadPDFBook(t, tt.yaml, fonts)
			var got []string
			for _, d := range ds {
				got = append(got, d.String())
			}
			all := strings.Join(got, "\n")
			if len(ds) != len(tt.diags) {
				t.Errorf("got %d diagnostics, want %d:\n%s", len(ds), len(tt.diags), all)
			}
			for _, want := range tt.diags {
				if !strings.Contains(all, "book.yaml:"+want) {
					t.Errorf("no diagnostic %q in:\n%s", want, all)
				}
			}
			if tt.check != nil {
				tt.check(t, b.Meta.PDF)
			}
		})
	}
}

// fakeSfnt makes the header and table directory of an sfnt with the given
// tag and tables (each table 4 bytes of zeros).
func fakeSfnt(tag string, tables []string) []byte {
	out := []byte(tag)
	out = binary.BigEndian.AppendUint16(out, uint16(len(tables)))
	out = append(out, make([]byte, 6)...)
	data := 12 + 16*len(tables)
	for i, tb := range tables {
		out = append(out, tb...)
		out = append(out, 0, 0, 0, 0)
		out = binary.BigEndian.AppendUint32(out, uint32(data+4*i))
		out = binary.BigEndian.AppendUint32(out, 4)
	}
	return append(out, make([]byte, 4*len(tables))...)
}

func TestCheckFont(t *testing.T) {
	real, err := os.ReadFile("../assets/fonts/Charis-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	all := []string{"cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"}
	tests := []struct {
		name string
		data []byte
		err  string
	}{
		{"real TTF", real, ""},
		{"fake TTF with every table", fakeSfnt("\x00\x01\x00\x00", all), ""},
		{"Apple true", fakeSfnt("true", all), ""},
		{"OpenType CFF", fakeSfnt("OTTO", []string{"CFF ", "cmap"}), ""},
		{"CFF2", fakeSfnt("OTTO", []string{"CFF2", "cmap"}), "has CFF2 (variable PostScript) outlines"},
		{"collection", fakeSfnt("ttcf", nil), ""},
		{"WOFF", fakeSfnt("wOFF", nil), "is a web font"},
		{"garbage", []byte("<html>this is not a font</html>"), `is not an OpenType font (it starts with "<htm")`},
		{"tiny", []byte("\x00\x01"), "is not a font file"},
		{"no outlines", fakeSfnt("\x00\x01\x00\x00", []string{"cmap", "head", "name"}), "has no outlines Quire can embed"},
		{"truncated directory", fakeSfnt("\x00\x01\x00\x00", all)[:40], "truncated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckFont(tt.data)
			if tt.err == "" {
				if err != nil {
					t.Fatalf("CheckFont = %v, want nil", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("CheckFont = %v, want %q", err, tt.err)
			}
		})
	}
}

// TestFontFace chooses a face of a real collection by index and by name.
func TestFontFace(t *testing.T) {
	const ttc = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
	data, err := os.ReadFile(ttc)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	for _, tt := range []struct {
		face    string
		has     bool
		want    int
		wantErr string
	}{
		{"", false, 0, ""},
		{"2", true, 2, ""},
		{"noto serif cjk sc", true, -1, ""},
		{"99", true, 0, "is not one of them"},
		{"Comic Sans", true, 0, `has no font named "Comic Sans"`},
	} {
		got, err := FontFace(data, tt.face, tt.has)
		switch {
		case tt.wantErr != "":
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("FontFace(%q) = %d, %v; want error %q", tt.face, got, err, tt.wantErr)
			}
		case err != nil:
			t.Errorf("FontFace(%q): %v", tt.face, err)
		case tt.want >= 0 && got != tt.want:
			t.Errorf("FontFace(%q) = %d, want %d", tt.face, got, tt.want)
		case tt.want < 0:
			f, _ := shape.Load(data, got, "")
			if f.Family != "Noto Serif CJK SC" {
				t.Errorf("FontFace(%q) chose %s", tt.face, f.Family)
			}
		}
	}
}

func TestHandoutLetterForUS(t *testing.T) {
	for lang, w := range map[string]float64{"en-US": 612, "en-GB": 595.28, "fr": 595.28} {
		if s := profileSettings("handout", lang); !near(s.PageWidth, w) {
			t.Errorf("handout page width for %s = %v, want %v", lang, s.PageWidth, w)
		}
	}
}
