package preview

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/epub"
)

// testBook builds the EPUB of a two-chapter book whose chapters say what
// one and two are given.
func testBook(t *testing.T, one, two string) Result {
	t.Helper()
	fsys := fstest.MapFS{
		"book.yaml": {Data: []byte("title: \"Tea & Sympathy\"\nauthors: [Ada]\nlanguage: en\nslug: tea\nchapters: [one.md, two.md]\n")},
		"one.md":    {Data: []byte("# One\n\n" + one + "\n\n## Deeper\n\nMore.\n")},
		"two.md":    {Data: []byte("# Two\n\n" + two + "\n")},
	}
	b, diags := book.Load(fsys)
	if diags.HasErrors() {
		t.Fatalf("test book: %v", diags)
	}
	var buf bytes.Buffer
	if err := epub.Write(&buf, b, epub.Options{Modified: time.Unix(1700000000, 0)}); err != nil {
		t.Fatal(err)
	}
	return Result{
		EPUB: buf.Bytes(), PDF: []byte("%PDF-1.7 " + one + two), Title: b.Meta.Title, Slug: b.Meta.Slug,
		Diagnostics: diags, Finished: time.Unix(1700000000, 0), Took: 300 * time.Millisecond,
	}
}

type response struct {
	code int
	ct   string
	etag string
	body string
}

func get(t *testing.T, h http.Handler, method, url string, header ...string) response {
	t.Helper()
	req := httptest.NewRequest(method, "http://127.0.0.1:4000"+url, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return response{rec.Code, rec.Header().Get("Content-Type"), strings.Trim(rec.Header().Get("ETag"), `"`), rec.Body.String()}
}

// wellFormed fails t unless body parses as XML from start to end.
func wellFormed(t *testing.T, name, body string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(body))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("%s is not well-formed XML: %v\n%s", name, err, body)
		}
	}
}

func TestServerBeforeFirstBuild(t *testing.T) {
	s := NewServer()
	r := get(t, s, "GET", "/")
	if r.code != 200 || !strings.Contains(r.body, "building…") || !strings.Contains(r.body, "None yet") {
		t.Errorf("overview before any build: %d\n%s", r.code, r.body)
	}
	for _, url := range []string{"/book/one.xhtml", "/book.pdf", "/book.epub"} {
		if r := get(t, s, "GET", url); r.code != 404 {
			t.Errorf("%s before any build: %d, want 404", url, r.code)
		}
	}
	if r := get(t, s, "GET", "/pdf"); r.code != 200 || !strings.Contains(r.body, "There is no PDF yet") {
		t.Errorf("/pdf before any build: %d\n%s", r.code, r.body)
	}
}

func TestServerServesTheEPUB(t *testing.T) {
	s := NewServer()
	res := testBook(t, "The first text.", "The second text.")
	s.Publish(res)

	ov := get(t, s, "GET", "/")
	for _, want := range []string{
		"<h1>Tea &amp; Sympathy</h1>", "Built at", "in 0.3 s",
		`<a href="/book/one.xhtml">One</a>`, `<a href="/book/one.xhtml#deeper">Deeper</a>`, `<a href="/book/two.xhtml">Two</a>`,
		`href="/book/cover.xhtml">Read the book`, `download="tea.epub"`, "None: no errors, no warnings.",
	} {
		if !strings.Contains(ov.body, want) {
			t.Errorf("overview lacks %q:\n%s", want, ov.body)
		}
	}

	ch := get(t, s, "GET", "/book/one.xhtml")
	if ch.code != 200 || !strings.HasPrefix(ch.ct, "application/xhtml+xml") {
		t.Fatalf("chapter: %d %s", ch.code, ch.ct)
	}
	wellFormed(t, "one.xhtml", ch.body)
	for _, want := range []string{
		"The first text.", `<link rel="stylesheet" type="text/css" href="css/book.css"/>`,
		`<script src="/_quire/live.js" data-version="` + ch.etag + `"></script>`,
		`id="quire-bar"`, `rel="prev"`, `<a href="/book/two.xhtml" rel="next">`, "✓ built",
	} {
		if !strings.Contains(ch.body, want) {
			t.Errorf("chapter lacks %q:\n%s", want, ch.body)
		}
	}
	if strings.Contains(ch.body, "quire-problems") {
		t.Errorf("a good build shows problems:\n%s", ch.body)
	}
	if i, j := strings.Index(ch.body, "</head>"), strings.Index(ch.body, "live.js"); j < 0 || j > i {
		t.Errorf("the live script is not in the head")
	}

	if css := get(t, s, "GET", "/book/css/book.css"); css.code != 200 || css.ct != "text/css" || css.body == "" {
		t.Errorf("stylesheet: %d %q, %d bytes", css.code, css.ct, len(css.body))
	}
	if nav := get(t, s, "GET", "/book/nav.xhtml"); nav.code != 200 || !strings.Contains(nav.body, `href="one.xhtml#deeper"`) {
		t.Errorf("nav: %d\n%s", nav.code, nav.body)
	}
	if p := get(t, s, "GET", "/book.pdf"); p.code != 200 || p.ct != "application/pdf" || p.body != string(res.PDF) {
		t.Errorf("/book.pdf: %d %s %q", p.code, p.ct, p.body)
	}
	if e := get(t, s, "GET", "/book.epub"); e.code != 200 || e.body != string(res.EPUB) {
		t.Errorf("/book.epub: %d, %d bytes", e.code, len(e.body))
	}
	pdfPage := get(t, s, "GET", "/pdf")
	if !strings.Contains(pdfPage.body, `<iframe src="/book.pdf?v=`) {
		t.Errorf("/pdf has no frame for the PDF:\n%s", pdfPage.body)
	}
	if r := get(t, s, "GET", "/book/nope.xhtml"); r.code != 404 || !strings.Contains(r.body, "The book has no page nope.xhtml") || !strings.Contains(r.body, "live.js") {
		t.Errorf("missing page: %d\n%s", r.code, r.body)
	}
	for _, a := range []string{"/_quire/live.js", "/_quire/preview.css"} {
		if r := get(t, s, "GET", a); r.code != 200 || r.body == "" {
			t.Errorf("%s: %d", a, r.code)
		}
	}
}

// TestServerVersions: a page's ETag (the version its live script holds)
// changes exactly when what the page shows changes, so that only those
// pages reload; HEAD and If-None-Match work as the script uses them.
func TestServerVersions(t *testing.T) {
	s := NewServer()
	s.Publish(testBook(t, "First.", "Second."))
	one := get(t, s, "GET", "/book/one.xhtml").etag
	two := get(t, s, "GET", "/book/two.xhtml").etag
	pdf := get(t, s, "GET", "/pdf").etag
	if one == "" || one == two {
		t.Fatalf("versions %q and %q", one, two)
	}
	head := get(t, s, "HEAD", "/book/one.xhtml")
	if head.etag != one || head.body != "" {
		t.Errorf("HEAD: etag %q body %q, want %q and no body", head.etag, head.body, one)
	}
	if r := get(t, s, "GET", "/book/one.xhtml", "If-None-Match", `"`+one+`"`); r.code != http.StatusNotModified {
		t.Errorf("If-None-Match with the current version: %d, want 304", r.code)
	}

	s.Publish(testBook(t, "First.", "Second, changed."))
	if got := get(t, s, "HEAD", "/book/one.xhtml").etag; got != one {
		t.Errorf("one.xhtml's version changed though its text did not")
	}
	if got := get(t, s, "HEAD", "/book/two.xhtml").etag; got == two {
		t.Errorf("two.xhtml's version did not change with its text")
	}
	if got := get(t, s, "HEAD", "/pdf").etag; got == pdf {
		t.Errorf("the PDF page's version did not change with the PDF")
	}
}

// TestServerKeepsLastGood: a failed build shows its errors, with their
// file:line, on every page, above the last good preview; the next good
// build clears them.
func TestServerKeepsLastGood(t *testing.T) {
	s := NewServer()
	s.Publish(testBook(t, "Good text.", "Two."))
	before := get(t, s, "GET", "/book/one.xhtml").etag

	diags := book.Diagnostics{
		{Pos: book.Pos{File: "mybook/one.md", Line: 3, Col: 7}, Severity: book.Error, Message: `no image "gone.png" <here>`},
		{Pos: book.Pos{File: "mybook/book.yaml", Line: 2}, Severity: book.Warning, Message: `unknown key "autor"`},
	}
	s.Publish(Result{Title: "Tea & Sympathy", Diagnostics: diags, Failure: "1 error", Finished: time.Unix(1700000100, 0), Changed: []string{"mybook/one.md"}})

	ch := get(t, s, "GET", "/book/one.xhtml")
	if ch.code != 200 || !strings.Contains(ch.body, "Good text.") {
		t.Fatalf("the last good chapter is gone: %d\n%s", ch.code, ch.body)
	}
	wellFormed(t, "one.xhtml with problems", ch.body)
	for _, want := range []string{
		"The last build failed: 1 error.", "Below is the last good preview.",
		"<code>mybook/one.md:3:7</code>: error: no image &#34;gone.png&#34; &lt;here&gt;", "✗ 1 error",
	} {
		if !strings.Contains(ch.body, want) {
			t.Errorf("chapter lacks %q:\n%s", want, ch.body)
		}
	}
	if strings.Contains(ch.body, "autor") {
		t.Errorf("the banner lists warnings; they belong on the overview")
	}
	if ch.etag == before {
		t.Errorf("the chapter's version did not change: it would not reload to show the errors")
	}
	ov := get(t, s, "GET", "/")
	for _, want := range []string{"Build failed at", "after a change to mybook/one.md", "<code>mybook/one.md:3:7</code>: error:", "<code>mybook/book.yaml:2</code>: warning: unknown key", `href="/book/one.xhtml"`} {
		if !strings.Contains(ov.body, want) {
			t.Errorf("overview lacks %q:\n%s", want, ov.body)
		}
	}
	if p := get(t, s, "GET", "/book.pdf"); p.code != 200 || !strings.Contains(p.body, "Good text.") {
		t.Errorf("the last good PDF is gone: %d", p.code)
	}

	s.Publish(testBook(t, "Fixed text.", "Two."))
	ch = get(t, s, "GET", "/book/one.xhtml")
	if !strings.Contains(ch.body, "Fixed text.") || strings.Contains(ch.body, "quire-problems") {
		t.Errorf("after the fix:\n%s", ch.body)
	}
}

func TestServerFirstBuildFails(t *testing.T) {
	s := NewServer()
	s.Publish(Result{Diagnostics: book.Diagnostics{{Pos: book.Pos{File: "book.yaml", Line: 1, Col: 8}, Severity: book.Error, Message: "malformed YAML"}}, Failure: "1 error", Finished: time.Unix(1, 0)})
	r := get(t, s, "GET", "/book/one.xhtml")
	if r.code != 404 || !strings.Contains(r.body, "There is no preview yet.") || !strings.Contains(r.body, "book.yaml:1:8") {
		t.Errorf("page before any good build: %d\n%s", r.code, r.body)
	}
}

func TestServerUnreadableEPUB(t *testing.T) {
	s := NewServer()
	s.Publish(Result{EPUB: []byte("not a zip"), PDF: []byte("%PDF"), Finished: time.Unix(1, 0)})
	if r := get(t, s, "GET", "/"); !strings.Contains(r.body, "The last build failed: the preview cannot show this EPUB") {
		t.Errorf("overview:\n%s", r.body)
	}
}

// TestServerEvents: an open event stream gets one "build" event per
// published rebuild, and Close ends it.
func TestServerEvents(t *testing.T) {
	s := NewServer()
	ts := httptest.NewServer(s)
	defer ts.Close()
	resp, err := http.Get(ts.URL + "/_quire/events")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("Content-Type %q", ct)
	}
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	next := func() string {
		select {
		case l, ok := <-lines:
			if !ok {
				return "<closed>"
			}
			return l
		case <-time.After(5 * time.Second):
			t.Fatal("no event within 5 s")
		}
		return ""
	}
	if l := next(); l != "retry: 1000" {
		t.Fatalf("first line %q", l)
	}
	next() // blank
	for gen := 1; gen <= 2; gen++ {
		s.Publish(Result{Failure: "1 error", Finished: time.Unix(1, 0)})
		if l := next(); l != "event: build" {
			t.Fatalf("got %q, want the build event", l)
		}
		if l, want := next(), "data: "+string(rune('0'+gen)); l != want {
			t.Fatalf("got %q, want %q", l, want)
		}
		next()
	}
	s.Close()
	if l := next(); l != "<closed>" {
		t.Fatalf("after Close: %q, want the stream closed", l)
	}
}

func TestServerAnswersLocalNamesOnly(t *testing.T) {
	s := NewServer()
	for host, want := range map[string]int{
		"127.0.0.1:4000": 200, "localhost:4000": 200, "LOCALHOST": 200, "[::1]:4000": 200,
		"evil.example:4000": 403, "127.0.0.1.evil.example": 403, "": 403,
	} {
		req := httptest.NewRequest("GET", "/", nil)
		req.Host = host
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != want {
			t.Errorf("Host %q: %d, want %d", host, rec.Code, want)
		}
	}
}

func TestInject(t *testing.T) {
	tests := []struct{ name, doc, want string }{
		{"xhtml", `<html><head><title>x</title></head><body epub:type="x"><p>a</p></body></html>`,
			`<html><head><title>x</title>H</head><body epub:type="x">` + "\n" + `B<p>a</p></body></html>`},
		{"no head", `<html><body><p>a</p></body></html>`, `<html><body><p>a</p></body></html>`},
		{"no body", `<html><head></head></html>`, `<html><head></head></html>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(inject([]byte(tt.doc), []byte("H"), []byte("B"))); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}
