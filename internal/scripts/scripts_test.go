package scripts

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/quire-books/quire/internal/validate"
)

func TestLCS(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"a b c", "", 0},
		{"a b c", "a b c", 3},
		{"a b c", "x a y b z c", 3},
		{"a b c d", "d c b a", 1},
		{"a b c d", "b a d c", 2},
		{"the cat sat", "page 1 the cat header sat", 3},
	} {
		if got := LCS(strings.Fields(c.a), strings.Fields(c.b)); got != c.want {
			t.Errorf("LCS(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func TestWordRecall(t *testing.T) {
	for _, c := range []struct {
		name, src, got string
		found, total   int
	}{
		{"same", "All human beings are born free.", "All human beings are born free.", 6, 6},
		{"extra text around", "born free", "Contents\n1\nborn free\n2", 2, 2},
		{"line-break hyphen", "international cooperation", "inter-\nnational co‐\noperation", 2, 2},
		{"real hyphen kept or not", "co‐operation", "co-operation", 1, 1},
		{"ligature character", "affirmed", "a\uFB03rmed", 1, 1},
		{"case and punctuation", "Whereas, recognition", "WHEREAS recognition,", 2, 2},
		{"order matters", "one two three four", "four three two one", 1, 4},
		{"missing words", "one two three four", "one four", 2, 4},
		// Arabic: bidi controls from pdftotext and presentation forms (NFKC).
		{"arabic controls", "لكل إنسان", "\u202bلكل\u202c \u202bإنسان\u202c", 2, 2},
		{"arabic presentation forms", "لكل", "\uFEDF\uFEDC\uFEDE", 1, 1},
		{"arabic reversed letters", "لكل إنسان", "لكل ناسنإ", 1, 2},
		// Hebrew NFC vs NFD.
		{"hebrew normal forms", "שָׁלוֹם", "ש\u05c1\u05b8לוֹם", 1, 1},
		{"emoji variation selector", "love ❤️", "love ❤", 2, 2},
	} {
		r := WordRecall(c.src, c.got)
		if r.Found != c.found || r.Total != c.total {
			t.Errorf("%s: WordRecall = %d/%d, want %d/%d", c.name, r.Found, r.Total, c.found, c.total)
		}
	}
}

func TestClauses(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"人人生而自由，在尊严和权利上一律平等。他们赋有理性和良心！", []string{"人人生而自由", "在尊严和权利上一律平等", "他们赋有理性和良心"}},
		{"第１条\nすべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。",
			[]string{"第1条", "すべての人間は", "生まれながらにして自由であり", "かつ", "尊厳と権利とについて平等である"}},
		{"甲；乙：丙？丁、 戊 己", []string{"甲", "乙", "丙", "丁", "戊己"}},
		{"。。，", nil},
	} {
		if got := Clauses(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Clauses(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestClauseRecall(t *testing.T) {
	src := "人人生而自由，在尊严和权利上一律平等。他们赋有理性和良心。"
	for _, c := range []struct {
		name, got    string
		found, total int
	}{
		{"same", src, 3, 3},
		{"broken lines and spaces", "人人生而自\n由，在尊严和权利上一律平\n等。他们 赋有理性和良心。", 3, 3},
		{"line-break hyphen", "人人生而自-\n由，在尊严和权利上一律平等。他们赋有理性和良心。", 3, 3},
		{"a clause lost", "人人生而自由，在尊严和权利上一律平等。", 2, 3},
		{"out of order", "他们赋有理性和良心。在尊严和权利上一律平等。人人生而自由，", 1, 3},
		{"contents before the body", "目录 他们赋有理性和良心 1\n人人生而自由，在尊严和权利上一律平等。他们赋有理性和良心。", 3, 3},
		{"nothing", "□□□□", 0, 3},
	} {
		r := ClauseRecall(src, c.got)
		if r.Found != c.found || r.Total != c.total {
			t.Errorf("%s: ClauseRecall = %d/%d, want %d/%d", c.name, r.Found, r.Total, c.found, c.total)
		}
	}
}

func TestKinsoku(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       int
	}{
		{"clean", "人人生而自由，在尊严\n和权利上一律平等。\n", 0},
		{"comma at line start", "人人生而自由\n，在尊严和权利上\n", 1},
		{"full stop alone", "すべての人間は平等である\n。\n", 1},
		{"small kana", "不作為のために行\nった作為\n", 1},
		{"prolonged sound mark", "コンピュ\nーター\n", 1},
		{"closing bracket", "「世界人権宣言\n」を公布する\n", 1},
		{"opening bracket is fine", "宣言\n「世界人権宣言」\n", 0},
		{"latin text is not checked", "free\n) and equal\n", 0},
		{"page break between", "人人生而自由\n\f，在尊严\n", 1},
	} {
		if got := KinsokuViolations(c.text); len(got) != c.want {
			t.Errorf("%s: KinsokuViolations = %q, want %d", c.name, got, c.want)
		}
	}
	for _, r := range "、。，．：；？！）」』】〕〉》”’ゝゞーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ" {
		if !NotLineStart(r) {
			t.Errorf("NotLineStart(%q) = false", r)
		}
	}
	for _, r := range "「（“人あア a" {
		if NotLineStart(r) {
			t.Errorf("NotLineStart(%q) = true", r)
		}
	}
}

func TestCJKHyphens(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       int
	}{
		{"none", "人人生而自\n由\n", 0},
		{"hyphen", "人人生而自-\n由\n", 1},
		{"unicode hyphen", "すべての人‐\n間は\n", 1},
		{"latin hyphen", "inter-\nnational\n", 0},
		{"latin after", "人人生而-\nfree\n", 0},
		{"blank line between", "人人生而自-\n\n由\n", 1},
	} {
		if got := CJKHyphens(c.text); len(got) != c.want {
			t.Errorf("%s: CJKHyphens = %q, want %d", c.name, got, c.want)
		}
	}
}

func TestParseXMLText(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "xmltext-sample.xml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pages, err := ParseXMLText(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 2 {
		t.Fatalf("%d pages, want 2", len(pages))
	}
	// Page 1: a span of Quire's Chinese title in an early build, drawn
	// with .notdef (gid 0) glyphs at 24pt.
	g := pages[0].Spans[0].Glyphs[0]
	if g.GID != 0 || g.UCS != '世' || g.Size != 24 || g.DirX != 1 || g.DirY != 0 {
		t.Errorf("first glyph = %+v", g)
	}
	s := Stats(pages)
	if s.Pages != 2 || s.Notdef != 6 || s.LigatureChars != 2 {
		t.Errorf("Stats = %+v, want 2 pages, 6 notdef, 2 ligature chars", s)
	}
	if string(s.NotdefChars) != "世界人权宣言" {
		t.Errorf("NotdefChars = %q", string(s.NotdefChars))
	}
	// Page 2: XeLaTeX's "reaffirmed": the ffi ligature is one glyph and two
	// characters with gid -1; the pair that crosses to the next line is not
	// measured.
	var lig []Glyph
	for _, g := range pages[1].Spans[0].Glyphs {
		if g.GID < 0 {
			lig = append(lig, g)
		}
	}
	if len(lig) != 2 || lig[0].UCS != 'f' || lig[1].UCS != 'i' {
		t.Errorf("ligature characters = %+v", lig)
	}
	if s.Pairs == 0 || s.Kerned == 0 || s.Kerned > s.Pairs/2 {
		t.Errorf("pairs %d, kerned %d: want some kerned pairs, most not", s.Pairs, s.Kerned)
	}
	if c := PageGlyphs(pages); c[0] != 6 || c[1] == 0 { // .notdef glyphs take room too
		t.Errorf("PageGlyphs = %v", c)
	}
}

func TestType3(t *testing.T) {
	info := "Fonts (2):\n\t1\t(98 0 R):\tType0 'ZLDYSM+NotoSerif-Regular' Identity-H (43 0 R)\n" +
		"\t3\t(106 0 R):\tType3 'NotoColorEmoji' (72 0 R)\n"
	names := ParseType3Fonts(info)
	if !reflect.DeepEqual(names, map[string]bool{"NotoColorEmoji": true}) {
		t.Fatalf("ParseType3Fonts = %v", names)
	}
	pages := []Page{{Spans: []Span{
		{Font: "NotoColorEmoji", Glyphs: []Glyph{{GID: 0, UCS: 0x1F600}}},
		{Font: "ZLDYSM+NotoSerif-Regular", Glyphs: []Glyph{{GID: 0, UCS: 0xFFFD}}},
	}}}
	MarkType3(pages, names)
	if s := Stats(pages); s.Notdef != 1 || s.NotdefChars[0] != 0xFFFD {
		t.Errorf("Stats = %+v, want only the U+FFFD glyph as .notdef", s)
	}
}

func TestKerningReconstruction(t *testing.T) {
	// Three glyphs at 10pt, advance 0.5em: the second pair is kerned by
	// -0.05em; a space and a line change are left out.
	sp := Span{Glyphs: []Glyph{
		{X: 0, GID: 1, UCS: 'A', Adv: 5, DirX: 1, Size: 10},
		{X: 5, GID: 2, UCS: 'V', Adv: 5, DirX: 1, Size: 10},
		{X: 9.5, GID: 3, UCS: 'a', Adv: 5, DirX: 1, Size: 10},
		{X: 14.5, GID: 4, UCS: ' ', Adv: 2.5, DirX: 1, Size: 10},
		{X: 17, GID: 5, UCS: 'b', Adv: 5, DirX: 1, Size: 10},
		{X: 0, Y: 12, GID: 5, UCS: 'c', Adv: 5, DirX: 1, Size: 10},
	}}
	s := Stats([]Page{{Spans: []Span{sp}}})
	if s.Pairs != 2 || s.Kerned != 1 {
		t.Errorf("pairs %d kerned %d, want 2 and 1", s.Pairs, s.Kerned)
	}
}

func TestFailures(t *testing.T) {
	r := Result{Language: "ar", Recall: Recall{Found: 91, Total: 100, Unit: "words"}}
	if !r.OK() {
		t.Errorf("ar at 0.91 fails: %v", r.Failures())
	}
	r.Language = "ru"
	if r.OK() {
		t.Error("ru at 0.91 passes")
	}
	r = Result{Language: "ja", Recall: Recall{1, 1, "clauses"}, Kinsoku: []string{"、"}}
	if r.OK() {
		t.Error("a kinsoku violation passes")
	}
	if !strings.Contains(Table([]Result{r}), "| **no** |") {
		t.Error("the table does not say no")
	}
}

// TestCorpus checks that every corpus book loads and has text in the
// expected form.
func TestCorpus(t *testing.T) {
	for _, name := range CorpusBooks {
		src, err := LoadSource(filepath.Join(CorpusDir(), name))
		if err != nil {
			t.Fatal(err)
		}
		if len(src.Chapters) == 0 || len(src.Blocks) < 5 {
			t.Errorf("%s: %d chapters, %d blocks", name, len(src.Chapters), len(src.Blocks))
		}
		if name != "mixed" && (src.Language != name || src.Slug != "udhr-"+strings.ToLower(name)) {
			t.Errorf("%s: language %q slug %q", name, src.Language, src.Slug)
		}
	}
}

// TestScripts builds every corpus book with Quire's CLI and measures the
// PDFs, and fails when a book misses an acceptance threshold of issue 12
// (fonts-noto-core, fonts-noto-cjk, fonts-symbola and fonts-hanazono
// installed: CI installs them). -short skips it.
func TestScripts(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the script corpus takes a while")
	}
	if err := Tools(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to build quire")
	}
	tmp := t.TempDir()
	bin, err := BuildQuireBinary(tmp)
	if err != nil {
		t.Fatal(err)
	}
	var results []Result
	var epubs []string
	for _, name := range CorpusBooks {
		dir := filepath.Join(CorpusDir(), name)
		src, err := LoadSource(dir)
		if err != nil {
			t.Fatal(err)
		}
		pdf, err := BuildWithQuire(bin, dir, filepath.Join(tmp, name), src)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			results = append(results, Result{Book: name, Engine: "quire", Language: src.Language, Err: err})
			continue
		}
		r := Measure(pdf, src)
		r.Book, r.Engine = name, "quire"
		results = append(results, r)
		epubs = append(epubs, strings.TrimSuffix(pdf, ".pdf")+".epub")
	}
	t.Log("\n" + Table(results))
	for _, r := range results {
		for _, f := range r.Failures() {
			t.Errorf("%s: %s", r.Book, f)
		}
	}
	validateEPUBs(t, epubs)
}

// validateEPUBs runs EPUBCheck and Ace on the corpus's EPUBs: every
// family of scripts (right to left, CJK, Indic, Cyrillic, Greek, Latin
// with diacritics) must give 0 fatal, 0 errors, 0 warnings and 0
// violations.
func validateEPUBs(t *testing.T, epubs []string) {
	for _, e := range epubs {
		name := filepath.Base(filepath.Dir(e))
		t.Run(name+"/epubcheck", func(t *testing.T) {
			validate.Require(t, "epubcheck")
			r, err := validate.EPUBCheck(e)
			if err != nil {
				t.Fatal(err)
			}
			if r.Fatal+r.Errors+r.Warnings > 0 {
				t.Errorf("EPUBCheck: %d fatal, %d errors, %d warnings:\n%s", r.Fatal, r.Errors, r.Warnings, strings.Join(r.Messages, "\n"))
			}
		})
		t.Run(name+"/ace", func(t *testing.T) {
			validate.Require(t, "ace")
			v, err := validate.Ace(e)
			if err != nil {
				t.Fatal(err)
			}
			if len(v) > 0 {
				t.Errorf("Ace: %d violations:\n%s", len(v), strings.Join(v, "\n"))
			}
		})
	}
}
