package hyphen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bookWords returns every whitespace-separated word of the sample book, as
// the line breaker sees them (punctuation, capitals and Markdown included).
func bookWords(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "content", "*.md"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no chapters in ../content: %v", err)
	}
	var words []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		words = append(words, strings.Fields(string(b))...)
	}
	return words
}

// BenchmarkPoints reports the cost of one Points call, averaged over the
// words of the sample book.
func BenchmarkPoints(b *testing.B) {
	h, _ := New("en-US")
	words := bookWords(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		h.Points(words[i%len(words)])
	}
}

// BenchmarkPointsLong is the worst common case: a long word with many points.
func BenchmarkPointsLong(b *testing.B) {
	h, _ := New("en-US")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		h.Points("“Internationalization,”")
	}
}

// BenchmarkNew measures parsing the embedded patterns of each set.
func BenchmarkNew(b *testing.B) {
	for _, tag := range Tags() {
		b.Run(tag, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, ok := New(tag); !ok {
					b.Fatal(tag)
				}
			}
		})
	}
}
