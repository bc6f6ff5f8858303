package fpdf

// Tests of the patches Quire carries (see QUIRE-PATCHES.md): pages are
// compressed when they end, and Text formats without fmt. What they write
// must be what the unpatched code writes.

import (
	"bytes"
	"compress/zlib"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

// streams returns the decompressed content streams of a PDF, in order.
func streams(t *testing.T, pdf []byte) []string {
	t.Helper()
	re := regexp.MustCompile(`(?s)<</Filter /FlateDecode /Length (\d+)>>\nstream\n`)
	var out []string
	for _, m := range re.FindAllSubmatchIndex(pdf, -1) {
		zr, err := zlib.NewReader(bytes.NewReader(pdf[m[1]:]))
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(zr)
		if err != nil && err != io.ErrUnexpectedEOF {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

func newDoc(t *testing.T) *Fpdf {
	t.Helper()
	f := New("P", "pt", "A4", "")
	f.SetCreationDate(time.Unix(0, 0))
	f.SetModificationDate(time.Unix(0, 0))
	f.SetCatalogSort(true)
	f.SetFont("Helvetica", "", 12)
	return f
}

func output(t *testing.T, f *Fpdf) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestSealedPageWrittenAgain: content drawn on a page after it ended (as
// a table of contents gets its page numbers) is kept, after what the page
// had, and the aliases of AliasNbPages are replaced on compressed pages.
func TestSealedPageWrittenAgain(t *testing.T) {
	f := newDoc(t)
	f.AliasNbPages("")
	f.AddPage()
	f.Text(10, 20, "first page of {nb}")
	f.AddPage()
	f.Text(10, 20, "second")
	f.AddPage()
	last := f.PageNo()
	f.SetPage(1)
	f.Text(10, 40, "added later")
	f.SetPage(last)
	f.Text(10, 20, "third")
	s := streams(t, output(t, f))
	if len(s) < 3 {
		t.Fatalf("%d streams, want 3 pages", len(s))
	}
	first, later := strings.Index(s[0], "(first page of 3)"), strings.Index(s[0], "(added later)")
	if first < 0 || later < first {
		t.Errorf("page 1 = %q, want its text, the alias replaced, then the later text", s[0])
	}
	if !strings.Contains(s[1], "(second)") || !strings.Contains(s[2], "(third)") {
		t.Errorf("pages 2 and 3 = %q, %q", s[1], s[2])
	}
}

// TestCompressionDeterministic: the same document twice gives the same
// bytes, compressed in the background or not, and an uncompressed
// document has the same page content.
func TestCompressionDeterministic(t *testing.T) {
	build := func(compress bool) []byte {
		f := newDoc(t)
		f.SetCompression(compress)
		for p := range 40 {
			f.AddPage()
			for l := range 50 {
				f.SetTextColor(p%3*40, 0, l%2*90)
				f.Text(20, float64(20+l*14), strings.Repeat("Lorem ipsum (dolor) \\ sit amet. ", 2))
			}
		}
		return output(t, f)
	}
	a, b := build(true), build(true)
	if !bytes.Equal(a, b) {
		t.Fatal("two builds differ")
	}
	plain := build(false)
	z := streams(t, a)
	if len(z) < 40 {
		t.Fatalf("%d compressed streams, want 40", len(z))
	}
	for i, s := range z[:40] {
		if !bytes.Contains(plain, []byte("stream\n"+s+"\nendstream")) {
			t.Fatalf("page %d's content is not the uncompressed document's", i+1)
		}
	}
}

// TestTextFormat: the fast path of Text writes what fmt did.
func TestTextFormat(t *testing.T) {
	f := New("P", "pt", "A4", "")
	f.AddUTF8FontFromBytes("dejavu", "", mustFont(t))
	f.SetFont("dejavu", "", 10)
	f.SetCompression(false)
	f.AddPage()
	f.SetTextColor(10, 20, 30)
	cases := []struct {
		x, y float64
		s    string
	}{
		{1.005, 2.5, "a(b)c\\d"},
		{-3.14159, 700, "é€"},
		{0, 0, ""},
	}
	for _, c := range cases {
		f.Text(c.x, c.y, c.s)
	}
	pdf := string(output(t, f))
	for _, c := range cases {
		want := sprintf("q %s BT %.2f %.2f Td (%s) Tj ET Q", f.color.text.str, c.x*f.k, (f.h-c.y)*f.k, f.escape(utf8toutf16(c.s, false)))
		if !strings.Contains(pdf, want+"\n") {
			t.Errorf("Text(%v, %v, %q): %q not in the page", c.x, c.y, c.s, want)
		}
	}
}

// mustFont reads a TrueType font of the Quire repository this copy lives in.
func mustFont(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("../../assets/fonts/DejaVuSansMono.ttf")
	if err != nil {
		t.Fatal(err)
	}
	return b
}
