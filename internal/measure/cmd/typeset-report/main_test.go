package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/quire-books/quire/internal/measure"
)

func TestParseBlock(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want measure.Block
		ok   bool
	}{
		{"54,378", measure.Block{Left: 54, Right: 378}, true},
		{" 72.5 , 360 ", measure.Block{Left: 72.5, Right: 360}, true},
		{"378,54", measure.Block{}, false},
		{"54", measure.Block{}, false},
		{"a,b", measure.Block{}, false},
	} {
		got, err := parseBlock(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("parseBlock(%q) = %v, %v; want %v, ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

func TestUsage(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(nil, &out, &errb); code != 2 || !strings.Contains(errb.String(), "usage") {
		t.Errorf("no files: exit %d, stderr %q; want 2 and a usage line", code, errb.String())
	}
	errb.Reset()
	if code := run([]string{"/nonexistent/file.pdf"}, &out, &errb); code != 1 || errb.Len() == 0 {
		t.Errorf("missing file: exit %d, stderr %q; want 1 and an error", code, errb.String())
	}
}
