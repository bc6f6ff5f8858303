package main

import (
	"os"
	"runtime/debug"
	"testing"
)

// TestPaceGC: on huge pages, an EPUB-only build lets the heap grow further
// between collections than one that lays out a PDF; GOGC, or a heap not on
// huge pages, leaves the collector alone.
func TestPaceGC(t *testing.T) {
	defer func(old bool) { hugePages = old }(hugePages)
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	gcPercent := func() int {
		p := debug.SetGCPercent(100)
		debug.SetGCPercent(p)
		return p
	}
	for _, tc := range []struct {
		name    string
		huge    bool
		gogc    string
		formats []string
		want    int
	}{
		{"EPUB alone", true, "", []string{"epub"}, hugePageEPUBGCPercent},
		{"PDF alone", true, "", []string{"pdf"}, hugePagePDFGCPercent},
		{"both", true, "", []string{"epub", "pdf"}, hugePagePDFGCPercent},
		{"not known yet", true, "", nil, hugePagePDFGCPercent},
		{"GOGC set", true, "150", []string{"epub"}, 100},
		{"no huge pages", false, "", []string{"epub"}, 100},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.gogc != "" {
				t.Setenv("GOGC", tc.gogc)
			} else if v, ok := os.LookupEnv("GOGC"); ok {
				t.Setenv("GOGC", v)
				os.Unsetenv("GOGC")
			}
			hugePages = tc.huge
			debug.SetGCPercent(100)
			paceGC(tc.formats)
			if got := gcPercent(); got != tc.want {
				t.Errorf("GC percent %d, want %d", got, tc.want)
			}
		})
	}
}
