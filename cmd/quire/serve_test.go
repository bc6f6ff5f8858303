package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// lockedBuffer is an output stream that rebuilds may write to from
// another goroutine while the test reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// waitFor polls cond every 20 ms until it holds or the time is up, and
// returns how long it took.
func waitFor(t *testing.T, within time.Duration, what string, cond func() bool) time.Duration {
	t.Helper()
	start := time.Now()
	for {
		if cond() {
			return time.Since(start)
		}
		if time.Since(start) > within {
			t.Fatalf("%s: not within %v", what, within)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// edit rewrites a file of the book with f applied to its text.
func edit(t *testing.T, p string, f func(string) string) {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(f(string(data))), 0o644); err != nil {
		t.Fatal(err)
	}
}

// startServe runs 'quire serve' on a copy of the features book, on a
// free port, and returns the book folder, the preview's URL and stdout
// and stderr. The server stops at the end of the test.
func startServe(t *testing.T) (dir, url string, stdout, stderr *lockedBuffer) {
	t.Helper()
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	dir = copyDir(t, "../../book/testdata/valid/features")
	stdout, stderr = &lockedBuffer{}, &lockedBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	urls := make(chan string, 1)
	done := make(chan int, 1)
	go func() {
		done <- serve(ctx, serveFlags{source: dir, port: 0}, stdout, stderr, func(u string) { urls <- u })
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != exitOK {
				t.Errorf("serve returned %d\nstderr: %s", code, stderr)
			}
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop within 10 s of its context")
		}
	})
	select {
	case url = <-urls:
	case code := <-done:
		t.Fatalf("serve stopped with %d\nstderr: %s", code, stderr)
	}
	// Wait for the first build.
	waitFor(t, 30*time.Second, "the first build", func() bool { return strings.Contains(stdout.String(), " ok ") })
	return dir, url, stdout, stderr
}

func fetch(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// TestServeRebuilds drives 'quire serve' over HTTP: a change rebuilds the
// preview, a broken save shows its errors with file:line above the last
// good preview, a fix recovers; the terminal gets one line per rebuild.
func TestServeRebuilds(t *testing.T) {
	dir, url, stdout, stderr := startServe(t)
	if !strings.Contains(stdout.String(), "quire serve: previewing "+dir+" at http://127.0.0.1:") {
		t.Errorf("stdout: %s", stdout)
	}
	code, body := fetch(t, url+"book/preface.xhtml")
	if code != 200 || !strings.Contains(body, "A preface summary.") {
		t.Fatalf("preface: %d\n%s", code, body)
	}
	code, body = fetch(t, url)
	if code != 200 || !strings.Contains(body, `<a href="/book/inline.xhtml">`) || !strings.Contains(body, "Download the PDF") {
		t.Fatalf("overview: %d\n%s", code, body)
	}
	if code, body := fetch(t, url+"book.pdf"); code != 200 || !strings.HasPrefix(body, "%PDF-") {
		t.Fatalf("book.pdf: %d %.20q", code, body)
	}

	edit(t, filepath.Join(dir, "preface.md"), func(s string) string {
		return strings.Replace(s, "A preface summary.", "A preface summary, served anew.", 1)
	})
	waitFor(t, 10*time.Second, "the edited preface", func() bool {
		_, body := fetch(t, url+"book/preface.xhtml")
		return strings.Contains(body, "served anew")
	})
	waitFor(t, 5*time.Second, "the rebuild's line", func() bool {
		return regexp.MustCompile(`(?m)^\d\d:\d\d:\d\d ok   preview updated \(\d+\.\d s; ` + regexp.QuoteMeta(filepath.ToSlash(filepath.Join(dir, "preface.md"))) + ` changed\)$`).MatchString(stdout.String())
	})

	edit(t, filepath.Join(dir, "book.yaml"), func(s string) string { return s + "oops: [\n" })
	var overview string
	waitFor(t, 10*time.Second, "the YAML error on the overview", func() bool {
		_, overview = fetch(t, url)
		return strings.Contains(overview, "The last build failed")
	})
	yamlErr := regexp.MustCompile(`<code>` + regexp.QuoteMeta(filepath.ToSlash(filepath.Join(dir, "book.yaml"))) + `:\d+:\d+</code>: error: `)
	if !yamlErr.MatchString(overview) {
		t.Errorf("overview lacks the error with its book.yaml:line:col:\n%s", overview)
	}
	code, body = fetch(t, url+"book/preface.xhtml")
	if code != 200 || !strings.Contains(body, "served anew") || !yamlErr.MatchString(body) {
		t.Errorf("the preface during the failure: %d (want the last good text under the error)\n%s", code, body)
	}
	if !strings.Contains(stderr.String(), "FAIL 1 error; the preview keeps the last good build") ||
		!regexp.MustCompile(`(?m)^`+regexp.QuoteMeta(filepath.ToSlash(filepath.Join(dir, "book.yaml")))+`:\d+:\d+: error: `).MatchString(stderr.String()) {
		t.Errorf("stderr lacks the FAIL line and the diagnostic:\n%s", stderr)
	}

	edit(t, filepath.Join(dir, "book.yaml"), func(s string) string { return strings.TrimSuffix(s, "oops: [\n") })
	waitFor(t, 10*time.Second, "recovery", func() bool {
		_, body := fetch(t, url+"book/preface.xhtml")
		return !strings.Contains(body, "quire-problems") && strings.Contains(body, "served anew")
	})
}

func TestServeUsage(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	busy := fmt.Sprint(ln.Addr().(*net.TCPAddr).Port)
	book := copyDir(t, "../../book/testdata/valid/features")
	tests := []struct {
		name     string
		args     []string
		code     int
		inStderr string
	}{
		{"help", []string{"serve", "--help"}, exitOK, "-port N"},
		{"help serve", []string{"help", "serve"}, exitOK, "last good"},
		{"bad port", []string{"serve", "--port", "70000"}, exitUsage, "is not a port"},
		{"two sources", []string{"serve", "a", "b"}, exitUsage, "one SOURCE at a time"},
		{"missing source", []string{"serve", filepath.Join(t.TempDir(), "nope"), "--port", "0"}, exitBook, "cannot read"},
		{"port in use", []string{"serve", book, "--port", busy}, exitBook, "cannot listen on 127.0.0.1:" + busy},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := quire(t, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.inStderr) {
				t.Errorf("exit %d, want %d; stderr lacks %q?\nstdout: %s\nstderr: %s", code, tt.code, tt.inStderr, stdout, stderr)
			}
		})
	}
	if code, stdout, _ := quire(t, "--help"); code != exitOK || !strings.Contains(stdout, "quire serve [SOURCE] [--port N]") || !strings.Contains(stdout, "quire watch [SOURCE] [-o DIR]") {
		t.Errorf("usage lacks serve and watch:\n%s", stdout)
	}
}

// TestServeStopsOnInterrupt: SIGINT stops 'quire serve' with status 130
// and closes its port.
func TestServeStopsOnInterrupt(t *testing.T) {
	dir := copyDir(t, "../../book/testdata/valid/features")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := fmt.Sprint(ln.Addr().(*net.TCPAddr).Port)
	ln.Close()
	stdout, stderr := &lockedBuffer{}, &lockedBuffer{}
	done := make(chan int, 1)
	go func() { done <- run([]string{"serve", dir, "--port", port}, stdout, stderr) }()
	// The signal handler is in place before the server prints its URL.
	waitFor(t, 30*time.Second, "the server", func() bool { return strings.Contains(stdout.String(), "previewing") })
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case code := <-done:
		if code != exitInterrupted || !strings.Contains(stderr.String(), "quire serve: stopped (interrupt)") {
			t.Errorf("exit %d, stderr %q; want 130 and the stop message", code, stderr)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop within 10 s of SIGINT")
	}
	if c, err := net.Dial("tcp", "127.0.0.1:"+port); err == nil {
		c.Close()
		t.Error("the port is still open")
	}
}

const chromiumPath = "/usr/bin/chromium"

// requireChromium skips the test when Chromium is missing, or fails it
// under CI=true, as for the validators.
func requireChromium(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err == nil {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not installed: CI must run it (see .ci/run)", chromiumPath)
	}
	t.Skipf("%s is not installed; skipping (CI=true makes this a failure)", chromiumPath)
}

// TestServeInChromium is the author's loop end to end in headless
// Chromium: open a chapter, change it on disk and see the new text within
// 2 s without reloading by hand; break book.yaml, then a chapter, and see
// each error with its file:line above the last good text; fix them and
// see the page recover.
func TestServeInChromium(t *testing.T) {
	requireChromium(t)
	dir, url, stdout, _ := startServe(t)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1000, 800),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	// The first action starts the browser, which lives as long as ctx:
	// later actions get a time limit of their own.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	do := func(steps ...chromedp.Action[chromedp.Void]) error {
		c, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		return chromedp.Do(c, steps...)
	}
	eval := func(expr string) (string, error) {
		c, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		return chromedp.Run(c, chromedp.Evaluate[string](expr))
	}

	text := func() string {
		s, err := eval(`document.body ? document.body.innerText : ""`)
		if err != nil {
			return "" // the page is between loads
		}
		return s
	}
	if err := do(chromedp.Navigate(url + "book/blocks.xhtml")); err != nil {
		t.Fatal(err)
	}
	if got := text(); !strings.Contains(got, "Blocks") || !strings.Contains(got, "✓ built") {
		t.Fatalf("the chapter does not show:\n%s", got)
	}

	const sentence = "Shown in the TOC because toc-depth is 3."
	if !strings.Contains(text(), sentence) {
		t.Fatalf("the chapter lacks %q", sentence)
	}
	// A mark on the window, which a new page load clears: the page must
	// reload by itself.
	if _, err := eval(`window.quireTestMark = "old page"`); err != nil {
		t.Fatal(err)
	}
	edit(t, filepath.Join(dir, "blocks.md"), func(s string) string {
		return strings.Replace(s, sentence, sentence+" Changed on disk, live.", 1)
	})
	latency := waitFor(t, 2*time.Second, "the changed text in the open page", func() bool {
		return strings.Contains(text(), "Changed on disk, live.")
	})
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	t.Logf("a saved change showed in the open page after %v; the rebuild: %s", latency, lines[len(lines)-1])
	if mark, _ := eval(`String(window.quireTestMark)`); mark != "undefined" {
		t.Errorf("the page shows the change without having loaded again (mark %q)", mark)
	}

	shots := t.TempDir()
	if d := os.Getenv("QUIRE_SCREENSHOTS"); d != "" {
		shots = d // to look at them
	}
	shot := func(name string) {
		c, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		png, err := chromedp.Run(c, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if len(png) < 8 || !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
			t.Fatalf("screenshot %s is not a PNG (%d bytes)", name, len(png))
		}
		p := filepath.Join(shots, name)
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s (%d bytes)", p, len(png))
	}
	shot("preview.png")

	breakages := []struct {
		name, file string
		breakIt    func(string) string
		where      string
	}{
		{"malformed book.yaml", "book.yaml", func(s string) string { return s + "oops: [\n" }, "book.yaml"},
		{"missing image", "blocks.md", func(s string) string {
			return strings.Replace(s, "images/diagram.png", "images/gone.png", 1)
		}, "blocks.md"},
	}
	for _, br := range breakages {
		p := filepath.Join(dir, br.file)
		good, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		edit(t, p, br.breakIt)
		where := regexp.MustCompile(regexp.QuoteMeta(filepath.ToSlash(filepath.Join(dir, br.where))) + `:\d+(:\d+)?: error: `)
		waitFor(t, 5*time.Second, br.name+": the error in the open page", func() bool {
			return where.MatchString(text())
		})
		if got := text(); !strings.Contains(got, "Changed on disk, live.") || !strings.Contains(got, "The last build failed") {
			t.Errorf("%s: the last good preview is not shown under the error:\n%s", br.name, got)
		}
		if br.name == "missing image" {
			shot("broken.png")
		}
		if err := os.WriteFile(p, good, 0o644); err != nil {
			t.Fatal(err)
		}
		waitFor(t, 5*time.Second, br.name+": recovery", func() bool {
			got := text()
			return strings.Contains(got, "✓ built") && !strings.Contains(got, "The last build failed")
		})
	}

	// The overview lists the table of contents; the PDF page frames the PDF.
	if err := do(chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	if got := text(); !strings.Contains(got, "Contents") || !strings.Contains(got, "None: no errors, no warnings.") {
		t.Errorf("overview:\n%s", got)
	}
	shot("overview.png")
	if err := do(chromedp.Navigate(url + "pdf")); err != nil {
		t.Fatal(err)
	}
	if frames, err := eval(`String(document.querySelectorAll('iframe[src^="/book.pdf"]').length)`); err != nil || frames != "1" {
		t.Errorf("the PDF page has %s frames for the PDF (%v), want 1", frames, err)
	}
}
