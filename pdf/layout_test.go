package pdf

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// runeMeasurer measures every rune, space included, as one unit wide, so
// that tests can reason in characters.
type runeMeasurer struct{}

func (runeMeasurer) width(s string, st style) float64 { return float64(utf8.RuneCountInString(s)) }

// plainRuns turns a text into one run; "|" marks a hard break.
func plainRuns(text string) []run {
	var out []run
	for i, part := range strings.Split(text, "|") {
		if i > 0 {
			out[len(out)-1].brk = true
		}
		out = append(out, run{text: part})
	}
	return out
}

// lineTexts renders set lines as text, words separated by one space when
// there is a gap between them.
func lineTexts(lines []line) []string {
	var out []string
	for _, l := range lines {
		var sb strings.Builder
		end := 0.0
		for i, f := range l.frags {
			if i > 0 && f.x > end+eps {
				sb.WriteByte(' ')
			}
			sb.WriteString(f.text)
			end = f.x + f.width
		}
		out = append(out, sb.String())
	}
	return out
}

func TestSetLines(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		measure float64
		want    []string
	}{
		{"empty", "", 10, nil},
		{"one word", "word", 10, []string{"word"}},
		{"fits", "a bb ccc", 10, []string{"a bb ccc"}},
		{"exact fit", "aaaa bbbbb", 10, []string{"aaaa bbbbb"}},
		{"wraps", "aaaa bbbb cccc dddd", 10, []string{"aaaa bbbb", "cccc dddd"}},
		{"collapses spaces", "  a   b  ", 10, []string{"a b"}},
		{"long word alone", "abcdefghijklmnopqrstuvwxy", 10, []string{"abcdefghi-", "jklmnopqr-", "stuvwxy"}},
		{"long word fills the line", "abc defghijklmnopq rs", 10, []string{"abc defgh-", "ijklmnopq", "rs"}},
		{"long word after a full line", "abcdefgh ijklmnopqrstu", 10, []string{"abcdefgh", "ijklmnopq-", "rstu"}},
		{"hard break", "aa bb|cc", 10, []string{"aa bb", "cc"}},
		{"hard break at the start", "|aa", 10, []string{"", "aa"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := toWords(plainRuns(tt.text), runeMeasurer{})
			got := lineTexts(setLines(words, tt.measure, alignLeft, runeMeasurer{}))
			if strings.Join(got, "/") != strings.Join(tt.want, "/") {
				t.Errorf("lines = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestJustify checks that justified lines fill the measure exactly, except
// the last line and lines ended by a hard break, and that no line is ever
// overfull.
func TestJustify(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		measure float64
		full    []bool // does line i fill the measure?
	}{
		{"two lines", "aaa bb cc dddd e", 10, []bool{true, false}},
		{"three lines, shrunk", "a b c d e f g h i j k l m n o p", 10, []bool{true, true, false}},
		{"hard break is not stretched", "aa bb|cc dd ee ff gg", 10, []bool{false, true, false}},
		{"single word lines are not stretched", "aaaaaaaaa bbbbbbbbb c", 10, []bool{false, false, false}},
		{"broken long word", "xx abcdefghijklmnopqrstuvw yy", 10, []bool{true, true, false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := toWords(plainRuns(tt.text), runeMeasurer{})
			lines := setLines(words, tt.measure, alignJustify, runeMeasurer{})
			if len(lines) != len(tt.full) {
				t.Fatalf("%d lines %q, want %d", len(lines), lineTexts(lines), len(tt.full))
			}
			for i, l := range lines {
				last := l.frags[len(l.frags)-1]
				end := last.x + last.width
				if end > tt.measure+eps {
					t.Errorf("line %d %q is overfull: ends at %g", i, lineTexts(lines)[i], end)
				}
				if fills := math.Abs(end-tt.measure) < 1e-9; fills != tt.full[i] {
					t.Errorf("line %d %q ends at %g: fills = %v, want %v", i, lineTexts(lines)[i], end, fills, tt.full[i])
				}
			}
		})
	}
}

func TestAlign(t *testing.T) {
	tests := []struct {
		name  string
		al    align
		wantX float64
	}{
		{"left", alignLeft, 0},
		{"centre", alignCenter, 3},
		{"right", alignRight, 6},
		{"justify alone is left", alignJustify, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := setLines(toWords(plainRuns("ab cd"), runeMeasurer{}), 11, tt.al, runeMeasurer{})
			if x := lines[0].frags[0].x; x != tt.wantX {
				t.Errorf("x = %g, want %g", x, tt.wantX)
			}
		})
	}
}

func TestToWords(t *testing.T) {
	bold := style{face: face{bold: true}}
	tests := []struct {
		name string
		runs []run
		want []string // each word's fragments joined by "+", then "_" if a space follows
	}{
		{"styles join without space", []run{{text: "plain"}, {text: "bold", st: bold}, {text: " next"}}, []string{"plain+bold_", "next"}},
		{"space at run end", []run{{text: "a "}, {text: "b", st: bold}}, []string{"a_", "b"}},
		{"space at run start", []run{{text: "a"}, {text: " b", st: bold}}, []string{"a_", "b"}},
		{"space-only run", []run{{text: "a"}, {text: " "}, {text: "b"}}, []string{"a_", "b"}},
		{"trailing space dropped", []run{{text: "a b "}}, []string{"a_", "b"}},
		{"no-break space joins", []run{{text: "10\u00a0km"}}, []string{"10\u00a0km"}},
		{"punctuation after a link", []run{{text: "link", st: style{color: linkBlue}}, {text: ", then"}}, []string{"link+,_", "then"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, w := range toWords(tt.runs, runeMeasurer{}) {
				var parts []string
				for _, f := range w.frags {
					parts = append(parts, f.text)
				}
				s := strings.Join(parts, "+")
				if w.space > 0 {
					s += "_"
				}
				got = append(got, s)
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("words = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWrapCode(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string // continuation lines start with ">"
	}{
		{"fits", "short", []string{"short"}},
		{"empty", "", []string{""}},
		{"keeps indentation", "    x = 1", []string{"    x = 1"}},
		{"breaks after a space", "aaaa bbbb cccc", []string{"aaaa bbbb", ">cccc"}},
		{"breaks mid-token", "abcdefghijklmnop", []string{"abcdefghij", ">klmnop"}},
		{"continuations are narrower", "abcdefghijklmnopqrstuvwxyz", []string{"abcdefghij", ">klmnopqr", ">stuvwxyz"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, cl := range wrapCode(tt.line, 10, 8, style{}, runeMeasurer{}) {
				s := cl.text
				if cl.cont {
					s = ">" + s
				}
				got = append(got, s)
			}
			if strings.Join(got, "/") != strings.Join(tt.want, "/") {
				t.Errorf("wrapCode = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestColumnWidths(t *testing.T) {
	row := func(cells ...string) tableRow {
		var r tableRow
		for _, c := range cells {
			r.cells = append(r.cells, tableCell{words: toWords([]run{{text: c}}, runeMeasurer{})})
		}
		return r
	}
	tests := []struct {
		name  string
		rows  []tableRow
		avail float64
		want  []float64
	}{
		{"natural widths fit", []tableRow{row("aaaaaaa", "bbbbbbbb"), row("c", "d")}, 40, []float64{7, 8}},
		// Column 0 wants 7..23, column 1 wants 2 (at least 6): the 7
		// left after the minimums go to column 0, the only one wanting more.
		{"shared beyond the longest words", []tableRow{row("aaaaaaa aaaaaaa aaaaaaa", "bb")}, 20, []float64{14, 6}},
		{"longest words do not fit", []tableRow{row("aaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbb")}, 20, []float64{10, 10}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := columnWidths(tt.rows, len(tt.want), tt.avail)
			for i := range got {
				if math.Abs(got[i]-tt.want[i]) > 1e-9 {
					t.Fatalf("widths = %v, want %v", got, tt.want)
				}
			}
		})
	}
}

// TestCJKSourceLineBreaks: a line break in the source between two CJK
// characters is no space (but a place to break, unless kinsoku forbids
// it); between Latin words it stays a space.
func TestCJKSourceLineBreaks(t *testing.T) {
	for _, tt := range []struct {
		name, text    string
		words         int
		space, cjkGap bool
	}{
		{"Chinese", "人人生而自由\n在尊严和权利上", 2, false, true},
		{"before a full stop", "人人生而自由\n。他们", 1, false, false},
		{"Chinese then Latin", "人人生而自由\nfree", 2, true, false},
		{"Latin", "free\nand equal", 3, true, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			words := toWords([]run{{text: tt.text}}, runeMeasurer{})
			if len(words) != tt.words {
				t.Fatalf("%d words, want %d: %+v", len(words), tt.words, words)
			}
			if w := words[0]; (w.space > 0) != tt.space || w.cjkGap != tt.cjkGap {
				t.Errorf("first word: space %v, cjkGap %v; want %v, %v", w.space, w.cjkGap, tt.space, tt.cjkGap)
			}
		})
	}
}
