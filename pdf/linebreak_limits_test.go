package pdf

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// composeWord sets one word of n letters across a 60-unit measure, checks
// that no line is overfull, and returns how long the setting took.
func composeWord(t *testing.T, n int) time.Duration {
	t.Helper()
	words := toWords([]run{{text: strings.Repeat("abcdefghij", n/10)}}, runeMeasurer{})
	start := time.Now()
	lines := composer{m: runeMeasurer{}}.compose(words, 60, alignJustify)
	d := time.Since(start)
	if len(lines) < n/60 {
		t.Fatalf("%d letters set in %d lines", n, len(lines))
	}
	for i, l := range lines {
		if l.width > 60+eps {
			t.Fatalf("line %d is %v wide", i+1, l.width)
		}
	}
	return d
}

// TestLongWordNearLinear: a word far wider than the measure breaks in the
// emergency pass, where every character is a break candidate; the time
// must grow about linearly with the word's length (ten times the letters:
// well under the hundred times of a quadratic breaker).
func TestLongWordNearLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("a few seconds")
	}
	small := composeWord(t, 10_000)
	for range 2 {
		small = min(small, composeWord(t, 10_000))
	}
	big := composeWord(t, 100_000)
	t.Logf("10k letters: %v; 100k letters: %v", small, big)
	if big > 40*small && big > time.Second {
		t.Errorf("10× the letters took %.0f× the time", float64(big)/float64(small))
	}
}

// TestEmergencyCutsKeepClusters: a word wider than the measure breaks
// between clusters, never before a combining mark or next to a joiner,
// and with a hyphen only in scripts that hyphenate.
func TestEmergencyCutsKeepClusters(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		hyphen     bool
	}{
		{"Thai", strings.Repeat("สิทธิมนุษยชน", 8), false},
		{"Devanagari", strings.Repeat("अधिकारों", 8), false},
		{"emoji", strings.Repeat("👍🏽👩\u200d💻", 8), false},
		{"Latin", strings.Repeat("abcdefghij", 8), true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := frag{text: tt.text}
			cuts := composer{m: runeMeasurer{}}.emergencyCuts(f, false, 10)
			if len(cuts) == 0 {
				t.Fatal("no cut in a word far wider than the measure")
			}
			for _, k := range cuts {
				prev, _ := utf8.DecodeLastRuneInString(tt.text[:k.at])
				r, _ := utf8.DecodeRuneInString(tt.text[k.at:])
				if clusterContinues(prev, r) {
					t.Errorf("cut between %U and %U", prev, r)
				}
				if k.hyphen != tt.hyphen {
					t.Errorf("cut at %d: hyphen %v, want %v", k.at, k.hyphen, tt.hyphen)
				}
			}
		})
	}
}
