package cover

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"strings"
	"testing"

	"github.com/quire-books/quire/fontset"
	"github.com/quire-books/quire/shape"
)

func decode(t *testing.T, data []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	return img
}

// inkRows returns the first and last rows where some pixel differs from the
// background, within [from, to).
func inkRows(img image.Image, from, to int) (first, last int) {
	bg := img.At(0, 0)
	first, last = -1, -1
	for y := from; y < to; y++ {
		for x := 0; x < img.Bounds().Dx(); x++ {
			if img.At(x, y) != bg {
				if first < 0 {
					first = y
				}
				last = y
				break
			}
		}
	}
	return first, last
}

func TestDraw(t *testing.T) {
	long := strings.Repeat("Interminable Chronicles of an Unusually Verbose Title ", 12)
	cases := []struct {
		name, title, subtitle string
		authors               []string
	}{
		{"plain", "China’s Diplomacy to Help Fight COVID-19", "A Prime Example of Building a Community", []string{"Liu Jinsong"}},
		{"no subtitle", "Walden", "", []string{"Henry David Thoreau"}},
		{"no authors", "Anonymous Verses", "Collected", nil},
		{"many authors", "Proceedings", "", []string{"A. One", "B. Two", "C. Three", "D. Four", "E. Five", "F. Six", "G. Seven", "H. Eight", "I. Nine", "J. Ten"}},
		{"long title", long, long, []string{"X"}},
		{"long word", "Pneumonoultramicroscopicsilicovolcanoconiosis" + strings.Repeat("x", 80), "", []string{"Y"}},
		{"greek cyrillic", "Ἀριστοτέλους Πολιτικά — Война и мир", "Лев Толстой", []string{"Лев Толстой"}},
		{"cjk", "红楼梦 Dream of the Red Chamber", "紅樓夢", []string{"曹雪芹"}},
		{"emoji and controls", "Title \U0001F600\u200b\x01", "", []string{""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Draw(c.title, c.subtitle, c.authors, Options{})
			if err != nil {
				t.Fatal(err)
			}
			b, err := Draw(c.title, c.subtitle, c.authors, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a, b) {
				t.Error("two draws of the same cover differ")
			}
			if len(a) > 400_000 {
				t.Errorf("PNG is %d bytes: too large for a flat cover", len(a))
			}
			img := decode(t, a)
			if got := img.Bounds().Size(); got != image.Pt(Width, Height) {
				t.Fatalf("size %v, want %d × %d", got, Width, Height)
			}
			// The title block stays in the upper part: nothing between
			// its end (72% of the height) and the foot rule.
			if first, _ := inkRows(img, Height*72/100+60, 2040); first >= 0 {
				t.Errorf("text overflows the upper part at row %d", first)
			}
			// The title is drawn: ink right below the top rule.
			if first, _ := inkRows(img, 440, 900); first < 0 {
				t.Error("no title drawn")
			}
			// The authors stay above the bottom margin.
			if _, last := inkRows(img, 2040, Height); last > 2460 {
				t.Errorf("authors run to row %d, past the bottom margin", last)
			}
		})
	}
}

func TestDrawOptions(t *testing.T) {
	data, err := Draw("Small", "", nil, Options{Width: 400, Height: 640})
	if err != nil {
		t.Fatal(err)
	}
	if got := decode(t, data).Bounds().Size(); got != image.Pt(400, 640) {
		t.Errorf("size %v, want 400 × 640", got)
	}
	for _, o := range []Options{{Width: 100, Height: 100}, {Width: 1600}} {
		if _, err := Draw("T", "", nil, o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
	if _, err := Draw("  ", "", nil, Options{}); err == nil {
		t.Error("empty title: no error")
	}
}

func TestSchemesContrast(t *testing.T) {
	for i, s := range Schemes {
		for _, c := range []struct {
			name string
			r    float64
		}{{"ink", Contrast(s.Ink, s.Background)}, {"accent", Contrast(s.Accent, s.Background)}} {
			if c.r < 4.5 {
				t.Errorf("scheme %d: %s contrast %.2f:1, want ≥ 4.5:1", i, c.name, c.r)
			}
		}
	}
	if r := Contrast(rgb(0xffffff), rgb(0x000000)); r < 20.99 || r > 21.01 {
		t.Errorf("white on black: %.3f, want 21", r)
	}
	if r := Contrast(rgb(0x777777), rgb(0xffffff)); r < 4.47 || r > 4.49 {
		t.Errorf("#777 on white: %.3f, want 4.48", r)
	}
}

func TestSchemeFor(t *testing.T) {
	seen := map[Scheme]bool{}
	for _, title := range []string{"A", "B", "C", "D", "E", "F", "G", "H", "Walden", "Emma"} {
		if SchemeFor(title) != SchemeFor(title) {
			t.Fatalf("%q: scheme changes", title)
		}
		seen[SchemeFor(title)] = true
	}
	if len(seen) < 2 {
		t.Error("every title gets the same scheme")
	}
}

func TestMissing(t *testing.T) {
	e := engine(t, "en")
	for _, c := range []struct {
		name                  string
		title, subtitle, auth string
		want                  string
		noto                  bool // needs the installed Noto fonts
	}{
		{name: "latin", title: "Walden", want: ""},
		{name: "cyrillic", title: "Война и мир", subtitle: "Ἀριστοτέλους", auth: "Лев Толстой", want: ""},
		{name: "unassigned", title: "Walden \u0378", subtitle: "x\U000F0001", auth: "\u0378", want: "\u0378\U000F0001"},
		{name: "controls", title: "Title\u200b\x01", want: ""},
		{name: "cjk", title: "红楼梦 Dream", auth: "曹雪芹", want: "", noto: true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.noto {
				needNoto(t)
			}
			got := string(Missing(c.title, c.subtitle, []string{c.auth}, Options{Engine: e}))
			if got != c.want {
				t.Errorf("Missing = %q, want %q", got, c.want)
			}
		})
	}
}

// The Noto fonts for the scripts beyond Latin, Greek and Cyrillic.
var notoFiles = []string{
	"/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf", // fonts-noto-core
	"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",    // fonts-noto-cjk
}

// needNoto skips a test when the Noto fonts are not installed, except
// under CI=true, where they must be.
func needNoto(t *testing.T) {
	t.Helper()
	for _, p := range notoFiles {
		if _, err := os.Stat(p); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s is not installed (apt-get install fonts-noto-core fonts-noto-cjk): CI has it", p)
			}
			t.Skipf("%s is not installed (fonts-noto-core, fonts-noto-cjk)", p)
		}
	}
}

// engine makes the bundled fonts' engine for lang, with the system's
// fonts.
func engine(t testing.TB, lang string) *shape.Engine {
	t.Helper()
	set, err := fontset.For(fontset.Family{}, fontset.Family{})
	if err != nil {
		t.Fatal(err)
	}
	return set.Engine(lang, fontset.RTL(lang), &shape.System{})
}

// inkBox returns the bounds of the pixels that differ from the
// background within rows [from, to), and how many there are.
func inkBox(img image.Image, from, to int) (image.Rectangle, int) {
	bg := img.At(0, 0)
	var box image.Rectangle
	n := 0
	for y := from; y < to; y++ {
		for x := 0; x < img.Bounds().Dx(); x++ {
			if img.At(x, y) != bg {
				box = box.Union(image.Rect(x, y, x+1, y+1))
				n++
			}
		}
	}
	return box, n
}

// The cover in the world's scripts: every letter found (in the installed
// fonts beyond Latin, Greek and Cyrillic), the text where it belongs,
// right-to-left titles flush right.
func TestDrawScripts(t *testing.T) {
	cases := []struct {
		name, lang, title, subtitle, author string
		noto, rtl                           bool
	}{
		{name: "english", lang: "en", title: "Universal Declaration of Human Rights", subtitle: "Adopted by the General Assembly", author: "United Nations"},
		{name: "greek", lang: "el", title: "Οικουμενική Διακήρυξη για τα Ανθρώπινα Δικαιώματα", subtitle: "Ψήφισμα 217 A (III)", author: "Ηνωμένα Έθνη"},
		{name: "russian", lang: "ru", title: "Всеобщая декларация прав человека", subtitle: "Принята Генеральной Ассамблеей", author: "Организация Объединённых Наций"},
		{name: "chinese", lang: "zh", title: "世界人权宣言", subtitle: "联合国大会一九四八年十二月十日第217A(III)号决议通过并颁布", author: "联合国", noto: true},
		{name: "arabic", lang: "ar", title: "الإعلان العالمي لحقوق الإنسان", subtitle: "اعتمد بموجب قرار الجمعية العامة ٢١٧ ألف (د-٣)", author: "الأمم المتحدة", noto: true, rtl: true},
		{name: "arabic in an english book", lang: "en", title: "الإعلان العالمي لحقوق الإنسان", author: "United Nations", noto: true, rtl: true},
		{name: "hebrew", lang: "he", title: "ההכרזה לכל באי עולם בדבר זכויות האדם", author: "האומות המאוחדות", noto: true, rtl: true},
		{name: "hindi", lang: "hi", title: "मानव अधिकारों की सार्वभौम घोषणा", subtitle: "संयुक्त राष्ट्र महासभा द्वारा स्वीकृत", author: "संयुक्त राष्ट्र", noto: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.noto {
				needNoto(t)
			}
			authors := []string{c.author}
			opt := Options{Engine: engine(t, c.lang)}
			if miss := Missing(c.title, c.subtitle, authors, opt); len(miss) > 0 {
				t.Errorf("Missing = %q, want none", string(miss))
			}
			a, err := Draw(c.title, c.subtitle, authors, opt)
			if err != nil {
				t.Fatal(err)
			}
			// Another engine, the same bytes.
			b, err := Draw(c.title, c.subtitle, authors, Options{Engine: engine(t, c.lang)})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a, b) {
				t.Error("two draws of the same cover differ")
			}
			if os.Getenv("COVER_PNG") != "" {
				os.WriteFile(fmt.Sprintf("%s/cover-%s.png", os.Getenv("COVER_PNG"), strings.ReplaceAll(c.name, " ", "-")), a, 0o644)
			}
			img := decode(t, a)
			margin := 170
			box, n := inkBox(img, 440, 1900) // the title and subtitle
			// Letters cover 3 to 40 % of their box: not nothing (boxes of
			// .notdef outlines or dropped letters), not solid.
			if area := box.Dx() * box.Dy(); n < area*3/100 || n > area*40/100 || box.Dy() < 100 {
				t.Errorf("title ink: %d pixels in %v", n, box)
			}
			if box.Min.X < margin-30 || box.Max.X > Width-margin+30 {
				t.Errorf("title ink %v outside the margins", box)
			}
			if c.rtl && box.Max.X < Width-margin-20 || !c.rtl && box.Min.X > margin+20 {
				t.Errorf("title ink %v: not flush %s", box, map[bool]string{true: "right", false: "left"}[c.rtl])
			}
			if fb, n := inkBox(img, 2100, 2460); n == 0 || fb.Dy() < 30 {
				t.Errorf("authors' ink: %d pixels in %v", n, fb)
			}
		})
	}
}

// A right-to-left line reads from the right: its first word is at its
// right end, drawn exactly as the word alone.
func TestDrawRightToLeft(t *testing.T) {
	needNoto(t)
	for _, c := range []struct{ lang, first, second string }{
		{"ar", "سلام", "عليكم"},
		{"en", "سلام", "عليكم"},
		{"he", "שלום", "עולם"},
		{"ar", "سلام", "Quire"}, // two runs, two fonts: the Latin one to the left
		{"he", "שלום", "1948"},
	} {
		t.Run(c.lang+" "+c.first+" "+c.second, func(t *testing.T) {
			opt := Options{Engine: engine(t, c.lang)}
			both, err := Draw(c.first+" "+c.second, "", nil, opt)
			if err != nil {
				t.Fatal(err)
			}
			alone, err := Draw(c.first, "", nil, opt)
			if err != nil {
				t.Fatal(err)
			}
			// The scheme is the title's: compare where there is ink.
			ib, ia := decode(t, both), decode(t, alone)
			wa, _ := inkBox(ia, 480, 1000)
			wb, _ := inkBox(ib, 480, 1000)
			if wa.Empty() || wb.Min.X >= wa.Min.X-20 || wb.Max.X < wa.Max.X-1 || wb.Max.X > wa.Max.X+1 {
				t.Fatalf("the two words' ink %v, the first's alone %v: want the first word at the right", wb, wa)
			}
			// The same pixels, but for anti-aliasing: the word starts
			// at the line's end less its advance, to a fraction of a
			// pixel.
			inkAt := func(img image.Image, x, y int) bool { return img.At(x, y) != img.At(0, 0) }
			same, ink := 0, 0
			for y := wa.Min.Y; y < wa.Max.Y; y++ {
				for x := wa.Min.X; x < wa.Max.X; x++ {
					if inkAt(ia, x, y) {
						ink++
						if inkAt(ib, x, y) {
							same++
						}
					}
				}
			}
			if same < ink*98/100 {
				t.Errorf("of the first word's %d pixels, %d are drawn in the line", ink, same)
			}
		})
	}
}

// Lines break at spaces and between Chinese or Japanese characters, not
// before closing punctuation nor after an opening bracket.
func TestPieces(t *testing.T) {
	e := engine(t, "en")
	for _, c := range []struct{ in, want string }{
		{"Walden  or Life\tin the Woods", "Walden_|or_|Life_|in_|the_|Woods"},
		{"世界人权宣言", "世|界|人|权|宣|言"},
		{"世界。人权、宣言（草案）", "世|界。|人|权、|宣|言|（草|案）"},
		{"「世界」の人", "「世|界」|の|人"},
		{"コーヒー", "コー|ヒー"},
		{"红楼梦 Dream", "红|楼|梦_|Dream"},
		{"红楼梦Dream", "红|楼|梦Dream"},
		{"non\u00a0breaking", "non\u00a0breaking"},
		{"मानव अधिकारों", "मानव_|अधिकारों"},
	} {
		var parts []string
		for _, p := range pieces(e, authorStyle, c.in) {
			s := p.text
			if p.space {
				s += "_"
			}
			if p.w <= 0 {
				t.Errorf("%q: piece %q has no width", c.in, p.text)
			}
			parts = append(parts, s)
		}
		if got := strings.Join(parts, "|"); got != c.want {
			t.Errorf("pieces(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

// A long Chinese title wraps between characters and fills its lines.
func TestWrapCJK(t *testing.T) {
	needNoto(t)
	e := engine(t, "zh")
	text := strings.Repeat("世界人权宣言，", 6)
	ps := pieces(e, titleStyle, text)
	lines := wrap(e, titleStyle, ps, e.Shape(" ", titleStyle).Advance, 5500)
	if len(lines) < 6 || strings.Join(lines, "") != text {
		t.Fatalf("lines %q", lines)
	}
	for i, l := range lines {
		if w := e.Shape(l, titleStyle).Advance; w > 5500 || i < len(lines)-1 && w < 3500 {
			t.Errorf("line %q is %.0f wide for 5500", l, w)
		}
		if strings.HasPrefix(l, "，") {
			t.Errorf("line %q starts with a comma", l)
		}
	}
}

func BenchmarkDraw(b *testing.B) {
	for _, c := range []struct {
		name string
		opt  func() Options
	}{
		{"default engine", func() Options { return Options{} }},
		{"shared engine", func() Options { return Options{Engine: engine(b, "en")} }},
	} {
		b.Run(c.name, func(b *testing.B) {
			opt := c.opt()
			for b.Loop() {
				if _, err := Draw("China’s Diplomacy to Help Fight COVID-19", "A Prime Example of Building a Community", []string{"Liu Jinsong"}, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// Text that does not fit at the smallest size ends with "…", on a line
// that fits, in every script.
func TestFitEllipsis(t *testing.T) {
	for _, c := range []struct {
		lang, word string
		noto, rtl  bool
	}{
		{lang: "en", word: "Interminable"},
		{lang: "ar", word: "الإنسان", noto: true, rtl: true},
		{lang: "zh", word: "世界人权宣言", noto: true},
	} {
		t.Run(c.lang, func(t *testing.T) {
			if c.noto {
				needNoto(t)
			}
			e := engine(t, c.lang)
			b := fit(e, titleStyle, strings.Repeat(c.word+" ", 400), 148, 44, 1260, 793, 1.2)
			if b.size != 44 || len(b.lines) != (793-44)/b.leading+1 {
				t.Fatalf("size %v, %d lines", b.size, len(b.lines))
			}
			last := b.lines[len(b.lines)-1]
			if !strings.HasSuffix(last.text, "…") || last.rtl != c.rtl {
				t.Errorf("last line %+v", last)
			}
			for _, l := range b.lines {
				if w := e.Width(l.text, titleStyle, b.size); w > 1260 {
					t.Errorf("line %q is %.0f px wide, for 1260", l.text, w)
				}
			}
		})
	}
}
