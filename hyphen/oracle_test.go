package hyphen

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// oracleTags are the sets with an oracle file: those with a Debian word
// list (see gen.sh). TestLanguages checks some of the others.
var oracleTags = []string{"en-us", "en-gb", "de-1996", "fr", "es", "it", "pt"}

// oracle reads testdata/oracle/<tag>.tsv: words and their hyphenation as
// computed by LuaTeX from the same pattern files (see gen.sh there).
func oracle(t testing.TB, tag string) [][2]string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "oracle", tag+".tsv"))
	if err != nil {
		t.Fatalf("oracle file missing: %v", err)
	}
	defer f.Close()
	var cases [][2]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		word, want, ok := strings.Cut(sc.Text(), "\t")
		if !ok || strings.ReplaceAll(want, "-", "") != word {
			t.Fatalf("%s.tsv: malformed line %q", tag, sc.Text())
		}
		cases = append(cases, [2]string{word, want})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 500 {
		t.Fatalf("%s.tsv: only %d words", tag, len(cases))
	}
	return cases
}

// TestOracle compares every pattern set with TeX's own answers (LuaTeX's
// hyphenator, an independent implementation of Liang's algorithm) on a few
// hundred to a few thousand words each.
func TestOracle(t *testing.T) {
	for _, tag := range oracleTags {
		t.Run(tag, func(t *testing.T) {
			h, ok := New(tag)
			if !ok {
				t.Fatalf("New(%q) found no patterns", tag)
			}
			hyphenated, bad := 0, 0
			for _, c := range oracle(t, tag) {
				got := h.Hyphenate(c[0], "-")
				if got != c[1] {
					bad++
					if bad <= 20 {
						t.Errorf("%s: got %s, TeX says %s", c[0], got, c[1])
					}
				}
				if strings.Contains(c[1], "-") {
					hyphenated++
				}
			}
			if bad > 20 {
				t.Errorf("... and %d more differences", bad-20)
			}
			if hyphenated == 0 {
				t.Error("the oracle hyphenates no word at all")
			}
		})
	}
}

// TestOracleMinimums checks on the oracle words that no point is closer to
// either end of the word than the pattern set's minimums allow.
func TestOracleMinimums(t *testing.T) {
	for _, tag := range oracleTags {
		h, _ := New(tag)
		left, right := h.Minimums()
		for _, c := range oracle(t, tag) {
			word := c[0]
			prev := 0
			for _, p := range h.Points(word) {
				if p <= prev || p >= len(word) || !utf8.RuneStart(word[p]) {
					t.Fatalf("%s %q: bad point %d in %v", tag, word, p, h.Points(word))
				}
				before, after := utf8.RuneCountInString(word[:p]), utf8.RuneCountInString(word[p:])
				if before < left || after < right {
					t.Errorf("%s %q: point %d leaves %d+%d letters (minimums %d+%d)", tag, word, p, before, after, left, right)
				}
				prev = p
			}
		}
	}
}
