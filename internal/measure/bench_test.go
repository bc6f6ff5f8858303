package measure

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/quire-books/quire/internal/synth"
	"github.com/quire-books/quire/internal/validate"
)

// BenchmarkTypesetting builds the sample book (content/) and a small
// synthetic book with Quire, then measures each PDF per iteration; the
// measures appear as metrics in `go test -bench Typesetting
// ./internal/measure`:
//
//	loose%     share of justified, non-final lines with loose spacing
//	overfull   words past the right edge
//	widows, orphans, heads@foot
func BenchmarkTypesetting(b *testing.B) {
	validate.Require(b, "pdftotext")
	synthDir := b.TempDir()
	if err := synth.Write(synthDir, synth.Options{Chapters: 4, WordsPerChapter: 2000, Seed: 1, Title: "Bench"}); err != nil {
		b.Fatal(err)
	}
	for _, bk := range []struct{ name, dir string }{
		{"content", filepath.Join("..", "..", "content")},
		{"synthetic", synthDir},
	} {
		b.Run(bk.name, func(b *testing.B) {
			if _, err := os.Stat(bk.dir); err != nil {
				b.Fatal(err)
			}
			path, _ := buildQuire(b, bk.dir, b.TempDir())
			b.ResetTimer()
			var r Report
			for b.Loop() {
				var err error
				if r, err = Analyze(path, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(100*r.LooseShare, "loose%")
			b.ReportMetric(r.MeanRatio, "gap-ratio")
			b.ReportMetric(float64(r.Overfull), "overfull")
			b.ReportMetric(float64(r.Widows), "widows")
			b.ReportMetric(float64(r.Orphans), "orphans")
			b.ReportMetric(float64(r.HeadingsAtFoot), "heads@foot")
			b.ReportMetric(float64(r.Pages), "pages")
		})
	}
}
