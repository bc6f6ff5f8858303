package shape

import (
	"os"
	"testing"

	"github.com/quire-books/quire/assets"
)

func bundled(t testing.TB, name string) *Font {
	t.Helper()
	f, err := Load(assets.Read("fonts/"+name), 0, "")
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// needFont skips a test when an installed font is missing, except in CI,
// which installs it.
func needFont(t *testing.T, path string) {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing (CI installs fonts-noto-core and fonts-noto-cjk)", path)
		}
		t.Skipf("%s is not installed", path)
	}
}

func textEngine(t *testing.T, lang string) *Engine {
	charis, noto := bundled(t, "Charis-Regular.ttf"), bundled(t, "NotoSerif-Regular.ttf")
	return New(Options{Styles: []Spec{{Chain: []*Font{charis, noto}}}, Language: lang, RTL: lang == "ar" || lang == "he", System: &System{}})
}

func TestLatin(t *testing.T) {
	e := textEngine(t, "en")
	// A ligature is one glyph that keeps its letters.
	office := e.Shape("office", 0)
	var texts []string
	for _, g := range office.Runs[0].Glyphs {
		texts = append(texts, g.Text)
	}
	if len(texts) != 4 || texts[1] != "ffi" {
		t.Errorf("office shaped as %q, want the ffi ligature", texts)
	}
	// Kerning: AV is narrower than A and V apart.
	if av, a, v := e.Shape("AV", 0).Advance, e.Shape("A", 0).Advance, e.Shape("V", 0).Advance; av >= a+v {
		t.Errorf("AV = %.0f, A + V = %.0f: not kerned", av, a+v)
	}
	// Decomposed text is shaped as its composed form.
	if nfd, nfc := e.Shape("Vie\u0302\u0323t", 0), e.Shape("Việt", 0); nfd.Advance != nfc.Advance || len(nfd.Runs[0].Glyphs) != len(nfc.Runs[0].Glyphs) {
		t.Errorf("NFD and NFC Vietnamese differ: %v / %v", nfd, nfc)
	}
}

func TestFallback(t *testing.T) {
	e := textEngine(t, "el")
	// Greek is set in Noto Serif, all of it, not in Charis's few
	// Greek letters.
	for _, w := range []string{"Ωμέγα", "μα"} {
		tx := e.Shape(w, 0)
		if len(tx.Runs) != 1 || tx.Runs[0].Font.Family != "Noto Serif" {
			t.Errorf("%s: %d runs, first in %s", w, len(tx.Runs), tx.Runs[0].Font.Family)
		}
	}
	// A character no font has is reported.
	if m := e.Shape("a\U000E01EF\U0010FFFD", 0).Missing; string(m) != "\U0010FFFD" {
		t.Errorf("missing = %q", string(m))
	}
}

func TestSystemScripts(t *testing.T) {
	needFont(t, "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf")
	needFont(t, "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
	for _, tt := range []struct {
		lang, text, family string
		rtl                bool
	}{
		{"ar", "مرحبا", "Noto Naskh Arabic", true},
		{"he", "שלום", "Noto Serif Hebrew", true},
		{"hi", "हिन्दी", "Noto Serif Devanagari", false},
		{"zh-Hans", "中文", "Noto Serif CJK SC", false},
		{"ja", "日本語", "Noto Serif CJK JP", false},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			tx := textEngine(t, tt.lang).Shape(tt.text, 0)
			if len(tx.Runs) != 1 || len(tx.Missing) > 0 {
				t.Fatalf("%d runs, missing %q", len(tx.Runs), string(tx.Missing))
			}
			r := tx.Runs[0]
			if r.Font.Family != tt.family || r.RTL() != tt.rtl {
				t.Errorf("set in %s (RTL %v), want %s (RTL %v)", r.Font.Family, r.RTL(), tt.family, tt.rtl)
			}
		})
	}
	// Devanagari: the i vowel sign goes before its consonant, in one
	// cluster that keeps the text in logical order.
	tx := textEngine(t, "hi").Shape("हि", 0)
	if g := tx.Runs[0].Glyphs; len(g) != 2 || g[0].Text != "हि" || g[0].Clusters != 2 {
		t.Errorf("हि shaped as %+v", g)
	}
	// Numbers in a right-to-left paragraph are left-to-right runs.
	tx = textEngine(t, "ar").Shape("123", 0)
	if tx.Runs[0].Level != 2 {
		t.Errorf("digits in Arabic at level %d, want 2", tx.Runs[0].Level)
	}
}

func BenchmarkShapeWords(b *testing.B) {
	charis := bundled(b, "Charis-Regular.ttf")
	words := []string{"The", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "office", "AVATAR", "typographic"}
	for b.Loop() {
		e := New(Options{Styles: []Spec{{Chain: []*Font{charis}}}, Language: "en"})
		for _, w := range words {
			e.Shape(w, 0)
		}
	}
}

// TestWithFeatures: small capitals ("smcp") change Charis's lowercase
// glyphs and not its capitals, keep the text of every glyph, and leave the
// engine they come from as it was.
func TestWithFeatures(t *testing.T) {
	e := textEngine(t, "en")
	sc := e.WithFeatures("smcp")
	ids := func(x *Text) (out []uint16, text string) {
		for _, r := range x.Runs {
			for _, g := range r.Glyphs {
				out = append(out, g.ID)
				text += g.Text
			}
		}
		return out, text
	}
	plain, _ := ids(e.Shape("Quire", 0))
	small, text := ids(sc.Shape("Quire", 0))
	if text != "Quire" {
		t.Errorf("small caps spell %q, want Quire", text)
	}
	if len(plain) != len(small) || plain[0] != small[0] {
		t.Fatalf("the capital changed: %v, %v", plain, small)
	}
	for i := 1; i < len(plain); i++ {
		if plain[i] == small[i] {
			t.Errorf("glyph %d is the same with smcp: %d", i, plain[i])
		}
	}
	again, _ := ids(e.Shape("Quire", 0))
	if again[1] != plain[1] {
		t.Errorf("the first engine shapes with smcp too")
	}
	// A bad tag is ignored.
	odd, _ := ids(e.WithFeatures("smcpx").Shape("Quire", 0))
	if odd[1] != plain[1] {
		t.Errorf("a five-byte tag was used")
	}
}
