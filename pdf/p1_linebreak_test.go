package pdf

import (
	"math"
	"strings"
	"testing"
)

// fakeHyphenator hyphenates the words it knows at the given byte offsets.
type fakeHyphenator map[string][]int

func (h fakeHyphenator) Points(w string) []int { return h[w] }

// lineEnd is where a placed line's last fragment ends.
func lineEnd(l line) float64 {
	if len(l.frags) == 0 {
		return 0
	}
	f := l.frags[len(l.frags)-1]
	return f.x + f.width
}

// TestTotalFit checks Knuth–Plass against first-fit on a paragraph where
// first-fit leaves very loose lines: the optimum keeps every line within
// the glue's stretch (ratio 1.5 at most), first-fit does not.
func TestTotalFit(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		measure   float64
		want      []string
		maxRatio  float64 // for the optimal breaks
		greedyMin float64 // first-fit's worst line is at least this loose
	}{
		{"greedy leaves loose lines", "aaa bb cc ddddd ee f gggg hh iii jj kkkk", 14,
			[]string{"aaa bb cc ddddd", "ee f gggg hh", "iii jj kkkk"}, 1.34, 4},
		{"shrinking beats a loose line", "aaaa bbbb cccc dddd eeee", 14,
			[]string{"aaaa bbbb cccc", "dddd eeee"}, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := composer{m: runeMeasurer{}}
			p := kpPass{tolerance: math.Inf(1)}
			items := c.items(toWords(plainRuns(tt.text), runeMeasurer{}), tt.measure, p)
			breaks, ok := c.breaks(items, tt.measure, p)
			if !ok {
				t.Fatal("no breaks")
			}
			got := lineTexts(c.place(items, breaks, tt.measure, alignJustify))
			if strings.Join(got, "/") != strings.Join(tt.want, "/") {
				t.Errorf("lines = %q, want %q", got, tt.want)
			}
			if m := maxRatio(c, items, breaks, tt.measure); m > tt.maxRatio {
				t.Errorf("worst ratio %g, want at most %g", m, tt.maxRatio)
			}
			if g := maxRatio(c, items, greedyBreaks(items, tt.measure), tt.measure); g < tt.greedyMin {
				t.Errorf("first-fit's worst ratio %g, want at least %g (the example no longer shows the difference)", g, tt.greedyMin)
			}
		})
	}
}

// TestJustifiedLines checks on longer text that every line but the last
// fills the measure within its glue's stretch and shrink, and that the last
// line is ragged (set at natural width).
func TestJustifiedLines(t *testing.T) {
	text := strings.Repeat("the quick brown fox jumps over a lazy dog while seven wizards quietly hex ", 6)
	for _, measure := range []float64{30, 42, 57, 66} {
		words := toWords(plainRuns(text), runeMeasurer{})
		lines := setLines(words, measure, alignJustify, runeMeasurer{})
		if len(lines) < 3 {
			t.Fatalf("measure %g: %d lines", measure, len(lines))
		}
		for i, l := range lines {
			end := lineEnd(l)
			gaps := float64(len(l.frags) - 1)
			last := i == len(lines)-1
			switch {
			case last:
				if math.Abs(end-l.width) > 1e-9 || end > measure {
					t.Errorf("measure %g: last line ends at %g, natural width %g: want it ragged", measure, end, l.width)
				}
			case math.Abs(end-measure) > 1e-9:
				t.Errorf("measure %g: line %d ends at %g, not at the measure", measure, i, end)
			case (end-l.width)/gaps > spaceStretch*tolerance/100+1e-9 || (l.width-end)/gaps > spaceShrink+1e-9:
				// each space is 1 wide: stretch ½ and shrink ⅓ at ratio ±1
				t.Errorf("measure %g: line %d spaces moved by %g each", measure, i, (end-l.width)/gaps)
			}
		}
	}
}

// TestEmergency checks that words and URLs longer than the line are broken
// so that no line is wider than the measure, URLs after their punctuation.
func TestEmergency(t *testing.T) {
	url := style{face: face{}, color: linkBlue}
	tests := []struct {
		name    string
		runs    []run
		measure float64
		want    []string
	}{
		{"long word", plainRuns("abcdefghijklmnopqrstuvwxy"), 10, []string{"abcdefghi-", "jklmnopqr-", "stuvwxy"}},
		{"url breaks after slashes", []run{{text: "see https://example.com/a/very/long/path now", st: url, link: target{url: "https://example.com/a/very/long/path"}}}, 16,
			[]string{"see https://", "example.com/a/", "very/long/path", "now"}},
		{"code span", []run{{text: "call "}, {text: "package.function_name_here()", st: style{face: face{mono: true}}}}, 12,
			[]string{"call package", ".function", "_name_here()"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := setLines(toWords(tt.runs, runeMeasurer{}), tt.measure, alignJustify, runeMeasurer{})
			got := lineTexts(lines)
			for i, l := range lines {
				if e := lineEnd(l); e > tt.measure+eps {
					t.Errorf("line %d %q is overfull: ends at %g", i, got[i], e)
				}
			}
			if strings.Join(got, "/") != strings.Join(tt.want, "/") {
				t.Errorf("lines = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHyphenation checks that hyphenation is tried only when the
// paragraph cannot be set well without it, that a hyphenated break draws
// a hyphen joined to the word, and that hyphenation points too near a
// word's ends are not used.
func TestHyphenation(t *testing.T) {
	h := fakeHyphenator{"international": {2, 5, 7}, "abc": {1}, "abcdef": {3}}
	tests := []struct {
		name    string
		text    string
		measure float64
		want    []string
	}{
		{"not needed", "an international", 16, []string{"an international"}},
		{"used", "a very international event", 11, []string{"a very in-", "ternational", "event"}},
		{"only where needed", "abc abc abcdef", 5, []string{"abc", "abc", "abc-", "def"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := composer{m: runeMeasurer{}, hyph: h}
			lines := c.compose(toWords(plainRuns(tt.text), runeMeasurer{}), tt.measure, alignJustify)
			got := lineTexts(lines)
			if strings.Join(got, "/") != strings.Join(tt.want, "/") {
				t.Errorf("lines = %q, want %q", got, tt.want)
			}
			for _, l := range lines {
				for _, f := range l.frags {
					if f.text == "-" {
						t.Errorf("the hyphen is drawn apart from its word: %q", lineTexts([]line{l}))
					}
				}
			}
		})
	}
}

// TestHyphenCuts checks that the hyphenator's points are used as they
// are, except those not inside the text at a rune's start.
func TestHyphenCuts(t *testing.T) {
	h := fakeHyphenator{"international": {2, 5, 7}, "(café),": {0, 3, 5, 6, 7, 9}}
	tests := []struct {
		text string
		want []int
	}{
		{"international", []int{2, 5, 7}},
		{"(café),", []int{3, 6, 7}}, // 0 is the start, 5 inside "é", 9 past the end
		{"unknown", nil},
		{"", nil},
	}
	for _, tt := range tests {
		var got []int
		for _, k := range hyphenCuts(h, tt.text) {
			got = append(got, k.at)
		}
		if !equalInts(got, tt.want) {
			t.Errorf("hyphenCuts(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestMixedStyles checks that a paragraph of mixed styles keeps each
// word's fragments together, with their links and note marks.
func TestMixedStyles(t *testing.T) {
	bold := style{face: face{bold: true}}
	runs := []run{
		{text: "plain "}, {text: "bold", st: bold}, {text: "text and a "},
		{text: "link", link: target{url: "https://x.org"}}, {text: "1", note: "n1"}, {text: " end of it all here"},
	}
	lines := setLines(toWords(runs, runeMeasurer{}), 12, alignJustify, runeMeasurer{})
	var frags []frag
	for _, l := range lines {
		for _, f := range l.frags {
			frags = append(frags, f.frag)
		}
	}
	var note, link bool
	for i, f := range frags {
		if f.note() == "n1" {
			note = true
			if i == 0 || frags[i-1].text != "link" {
				t.Errorf("the note mark does not follow its word: %+v", frags)
			}
		}
		if f.text == "link" && f.link().url == "https://x.org" {
			link = true
		}
	}
	if !note || !link {
		t.Errorf("lost the note mark (%v) or the link (%v): %q", note, link, lineTexts(lines))
	}
}
