package hyphen

import (
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"
)

func mustNew(t testing.TB, tag string) *Hyphenator {
	t.Helper()
	h, ok := New(tag)
	if !ok {
		t.Fatalf("New(%q): no patterns", tag)
	}
	return h
}

// TestHyphenate covers the word handling around the patterns: punctuation,
// case, acronyms, digits, dashes, apostrophes, length, non-ASCII letters and
// exceptions. The plain-word answers agree with LuaTeX on the same patterns
// (the oracle test covers thousands more).
func TestHyphenate(t *testing.T) {
	tests := []struct {
		name, lang, word, want string
	}{
		// TeX's classic examples. Right minimum 3: TeX gives com-puter, not com-put-er.
		{"hyphenation", "en-US", "hyphenation", "hy-phen-ation"},
		{"computer", "en-US", "computer", "com-puter"},
		{"algorithm", "en-US", "algorithm", "al-go-rithm"},
		{"international", "en-US", "international", "in-ter-na-tional"},
		{"cooperation", "en-US", "cooperation", "co-op-er-a-tion"},
		{"long word", "en-US", "internationalization", "in-ter-na-tion-al-iza-tion"},
		{"British patterns", "en-GB", "hyphenation", "hy-phen-a-tion"},

		// Exceptions (hyph-en-us.hyp.txt) replace the patterns.
		{"exception", "en-US", "associate", "as-so-ciate"},
		{"exception forbids all", "en-US", "present", "present"},
		{"exception, capitalised", "en-US", "Associates", "As-so-ciates"},
		{"exception in punctuation", "en-US", "(project).", "(project)."},
		{"British exception", "en-GB", "universities", "uni-ver-sit-ies"},

		// Punctuation and case.
		{"curly quotes and comma", "en-US", "“Diplomacy,”", "“Diplo-macy,”"},
		{"brackets", "en-US", "(cooperation)", "(co-op-er-a-tion)"},
		{"capitalised", "en-US", "Community", "Com-mu-nity"},
		{"inner capital", "en-US", "McDonald", "Mc-Don-ald"},
		{"Markdown emphasis", "en-US", "_emphasis_", "_em-pha-sis_"},

		// Words left alone.
		{"acronym", "en-US", "COVID", "COVID"},
		{"capitals", "en-US", "COMMUNITY", "COMMUNITY"},
		{"digits", "en-US", "G20", "G20"},
		{"digits at the end", "en-US", "cooperation2", "cooperation2"},
		{"decade", "en-US", "1990s", "1990s"},
		{"short", "en-US", "table", "ta-ble"},
		{"too short", "en-US", "tabs", "tabs"},
		{"one letter", "en-US", "a", "a"},
		{"no letters", "en-US", "—", "—"},
		{"empty", "en-US", "", ""},
		{"abbreviation", "en-US", "e.g.", "e.g."},
		{"slash", "en-US", "communication/cooperation", "communication/cooperation"},
		{"URL", "en-US", "https://example.com/cooperation", "https://example.com/cooperation"},
		{"soft hyphen", "en-US", "hy\u00adphenation", "hy\u00adphenation"},
		{"letters TeX has no patterns for", "en-US", "naïve", "naïve"},

		// Explicit hyphens and dashes split the word; they are not reported.
		{"hyphen", "en-US", "co-operation", "co-op-er-a-tion"},
		{"hyphen in quotes", "en-US", "“co-operation,”", "“co-op-er-a-tion,”"},
		{"en dash", "en-US", "co–operation", "co–op-er-a-tion"},
		{"em dash", "en-US", "policy—cooperation", "pol-icy—co-op-er-a-tion"},
		{"non-breaking hyphen", "en-US", "co\u2011operation", "co\u2011op-er-a-tion"},
		{"acronym piece", "en-US", "NATO-cooperation", "NATO-co-op-er-a-tion"},
		{"digit anywhere", "en-US", "COVID-19", "COVID-19"},

		// Apostrophes: a separator in English, a letter in French.
		{"English possessive", "en-US", "nation’s", "na-tion’s"},
		{"English ASCII apostrophe", "en-US", "nation's", "na-tion's"},
		{"French elision", "fr", "l’organisation", "l’or-ga-ni-sa-tion"},
		{"French inner apostrophe", "fr", "aujourd’hui", "au-jour-d’hui"},
		{"French ASCII apostrophe", "fr", "d'accord", "d'ac-cord"},

		// Other languages, non-ASCII letters.
		{"German triple f", "de", "Schifffahrt", "Schiff-fahrt"},
		{"German compound", "de-DE", "Donaudampfschifffahrtsgesellschaft", "Do-nau-dampf-schiff-fahrts-ge-sell-schaft"},
		{"German ck (1996 spelling)", "de-AT", "Bäckerei", "Bä-cke-rei"},
		{"German sharp s", "de-CH", "Straße", "Stra-ße"},
		{"German capitals", "de", "SCHIFFFAHRT", "SCHIFFFAHRT"},
		{"French", "fr", "coopération", "co-opé-ra-tion"},
		{"French guillemets", "fr-CA", "«coopération»", "«co-opé-ra-tion»"},
		{"French decomposed accent", "fr", "coope\u0301ration", "co-ope\u0301-ra-tion"},
		{"Spanish", "es", "cooperación", "coope-ra-ción"},
		{"Spanish capitalised", "es-MX", "Internacional", "In-ter-na-cio-nal"},
		{"Italian", "it", "cooperazione", "coo-pe-ra-zio-ne"},
		{"Italian elision", "it", "dell’anno", "del-l’an-no"},
		{"Portuguese", "pt-BR", "cooperação", "co-o-pe-ra-ção"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := mustNew(t, tt.lang)
			if got := h.Hyphenate(tt.word, "-"); got != tt.want {
				t.Errorf("Hyphenate(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}

// TestPointsOffsets checks the raw byte offsets where the letters before a
// point are multi-byte.
func TestPointsOffsets(t *testing.T) {
	tests := []struct {
		name, lang, word string
		want             []int
	}{
		{"after a curly quote", "en-US", "“cooperation”", []int{5, 7, 9, 10}}, // “ is 3 bytes: co|op|er|a|tion
		{"after é", "fr", "coopération", []int{2, 6, 8}},                      // co|opé|ra|tion
		{"after ß", "de", "Straße", []int{4}},                                 // Stra|ße
		{"none", "en-US", "COVID", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mustNew(t, tt.lang).Points(tt.word); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Points(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}

// TestExceptionsWin checks that every exception of the English sets differs
// from what the patterns alone give, and that Points follows the exception.
func TestExceptionsWin(t *testing.T) {
	for _, tag := range []string{"en-us", "en-gb"} {
		h := mustNew(t, tag)
		set, _ := setByTag(tag)
		pat, err := readGzip("patterns/hyph-" + tag + ".pat.txt.gz")
		if err != nil {
			t.Fatal(err)
		}
		bare, err := build(set, string(pat), "") // the same patterns, no exceptions
		if err != nil {
			t.Fatal(err)
		}
		hyp, err := readGzip("patterns/hyph-" + tag + ".hyp.txt.gz")
		if err != nil {
			t.Fatal(err)
		}
		differ := 0
		for _, want := range strings.Fields(string(hyp)) {
			word := strings.ReplaceAll(want, "-", "")
			if got := h.Hyphenate(word, "-"); got != want {
				t.Errorf("%s: Hyphenate(%q) = %q, want the exception %q", tag, word, got, want)
			}
			if bare.Hyphenate(word, "-") != want {
				differ++
			}
		}
		if differ == 0 {
			t.Errorf("%s: no exception differs from the patterns, so this test proves nothing", tag)
		}
	}
}

func TestNilHyphenator(t *testing.T) {
	var h *Hyphenator
	if got := h.Points("hyphenation"); got != nil {
		t.Errorf("nil Hyphenator: Points = %v, want nil", got)
	}
	if got := h.Hyphenate("hyphenation", "-"); got != "hyphenation" {
		t.Errorf("nil Hyphenator: Hyphenate = %q", got)
	}
}

// TestAllocations: a word with points costs one allocation (the result), a
// word without none.
func TestAllocations(t *testing.T) {
	h := mustNew(t, "en-US")
	for word, want := range map[string]float64{
		"“Hyphenation,”": 1,
		"co-operation":   1,
		"COVID":          0,
		"the":            0,
		"present":        0, // an exception
		"strengths":      0, // one syllable
	} {
		if got := testing.AllocsPerRun(100, func() { h.Points(word) }); got != want {
			t.Errorf("Points(%q): %v allocations, want %v", word, got, want)
		}
	}
}

// TestConcurrent shares one Hyphenator between goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	h := mustNew(t, "en-US")
	words := bookWords(t)
	want := make([][]int, len(words))
	for i, w := range words {
		want[i] = h.Points(w)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, w := range words {
				if got := h.Points(w); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("Points(%q) = %v concurrently, %v alone", w, got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestBookWords runs over the sample book: every point lies strictly inside
// the word, on a rune boundary, in increasing order, and Hyphenate only adds
// hyphens; a good share of the long words gets points.
func TestBookWords(t *testing.T) {
	h := mustNew(t, "en")
	long, withPoints := 0, 0
	for _, w := range bookWords(t) {
		pts := h.Points(w)
		checkPoints(t, w, pts)
		if strings.ReplaceAll(h.Hyphenate(w, "\x00"), "\x00", "") != w {
			t.Errorf("Hyphenate(%q) changes the word", w)
		}
		if len(w) >= 10 {
			long++
			if len(pts) > 0 {
				withPoints++
			}
		}
	}
	if long == 0 || withPoints*2 < long {
		t.Errorf("only %d of %d words of 10+ bytes get points", withPoints, long)
	}
}

func checkPoints(t testing.TB, word string, pts []int) {
	t.Helper()
	prev := 0
	for _, p := range pts {
		if p <= prev || p >= len(word) {
			t.Fatalf("Points(%q) = %v: %d out of order or outside the word", word, pts, p)
		}
		after, _ := utf8.DecodeRuneInString(word[p:])
		before, _ := utf8.DecodeLastRuneInString(word[:p])
		if !utf8.RuneStart(word[p]) || !unicode.IsLetter(after) || !unicode.IsLetter(before) && !unicode.IsMark(before) && !isApostrophe(before) {
			t.Fatalf("Points(%q) = %v: %d not between letters", word, pts, p)
		}
		if isDash(after) || isDash(before) {
			t.Fatalf("Points(%q) = %v: %d next to an explicit dash", word, pts, p)
		}
		prev = p
	}
}

// FuzzPoints: Points never panics and its answer is well formed on any input.
func FuzzPoints(f *testing.F) {
	for _, s := range []string{"hyphenation", "“co-operation,”", "coope\u0301ration", "Straße", "l’homme", "\xff\xfe", "a\u0301\u0301\u0301b"} {
		f.Add(s)
	}
	h := mustNew(f, "en-US")
	fr := mustNew(f, "fr")
	f.Fuzz(func(t *testing.T, word string) {
		checkPoints(t, word, h.Points(word))
		checkPoints(t, word, fr.Points(word))
	})
}
