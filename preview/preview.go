// Package preview serves a live preview of a book while its author writes:
// an HTML reading view that is the EPUB's own XHTML, CSS and images (read
// from the EPUB bytes a rebuild made), the PDF, the table of contents and
// the rebuild's errors and warnings. Browsers reload a page by themselves
// when a rebuild changed it (server-sent events). A failed rebuild shows
// its errors above the last good preview.
//
// It also has the machinery that runs the rebuilds: Watcher (fsnotify,
// every subfolder), Debouncer and the Ignore rules. The rebuild itself is
// the caller's: the package renders nothing.
package preview

import (
	"crypto/sha256"
	"encoding/hex"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/quire-books/quire/book"
)

// Result is what one rebuild produced.
type Result struct {
	// EPUB and PDF are the editions, or nil when the rebuild made none.
	EPUB, PDF []byte
	// Title is the book's title when it is known; Slug names downloads.
	Title, Slug string
	// Diagnostics are the rebuild's errors and warnings in the order to
	// show them, file names as the user sees them.
	Diagnostics book.Diagnostics
	// Failure says why the rebuild made no editions ("2 errors",
	// "cannot read book.yaml: …"); "" when it made them.
	Failure string
	// Changed lists the files that caused the rebuild, as the user sees
	// them; nil for the first one.
	Changed []string
	// Finished is when the rebuild ended; Took how long it ran.
	Finished time.Time
	Took     time.Duration
}

// Server is the preview's HTTP handler. Publish gives it each rebuild's
// Result; it keeps serving the last one that made editions.
type Server struct {
	mux *http.ServeMux

	mu     sync.RWMutex
	snap   *snapshot
	subs   map[chan struct{}]struct{}
	closed chan struct{}
	once   sync.Once
}

// snapshot is what the server shows; it is never changed once published.
type snapshot struct {
	gen  int    // rebuilds published so far
	last Result // the latest rebuild
	good *good  // the latest rebuild that made editions, or nil
}

// good is a rebuild's editions, ready to serve.
type good struct {
	res       Result
	ed        *edition
	pdfSum    string
	epubSum   string
	assetsSum string // every resource but the XHTML documents
}

// NewServer returns a server with nothing built yet.
func NewServer() *Server {
	s := &Server{
		snap:   &snapshot{},
		subs:   map[chan struct{}]struct{}{},
		closed: make(chan struct{}),
	}
	s.mux = http.NewServeMux()
	s.mux.HandleFunc("GET /{$}", s.overview)
	s.mux.HandleFunc("GET /pdf", s.pdfPage)
	s.mux.HandleFunc("GET /book.pdf", s.pdfFile)
	s.mux.HandleFunc("GET /book.epub", s.epubFile)
	s.mux.HandleFunc("GET /book/{path...}", s.bookFile)
	s.mux.HandleFunc("GET /_quire/events", s.events)
	s.mux.HandleFunc("GET /_quire/{asset}", s.asset)
	return s
}

// ServeHTTP answers requests made to this machine by name (127.0.0.1,
// localhost, [::1]) only: a web page elsewhere that points a name of its
// own at 127.0.0.1 (DNS rebinding) cannot read the book.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !localHost(r.Host) {
		http.Error(w, "the Quire preview answers only to 127.0.0.1 and localhost", http.StatusForbidden)
		return
	}
	s.mux.ServeHTTP(w, r)
}

func localHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	return host == "127.0.0.1" || host == "::1" || strings.EqualFold(host, "localhost")
}

// Publish shows a rebuild's result and tells every open page. A result
// with editions replaces the last good preview; one without keeps it and
// shows its problems above it.
func (s *Server) Publish(r Result) {
	var g *good
	if r.Failure == "" {
		ed, err := openEPUB(r.EPUB)
		if err != nil {
			r.Failure = "the preview cannot show this EPUB: " + err.Error()
		} else {
			g = &good{res: r, ed: ed, pdfSum: sum(r.PDF), epubSum: sum(r.EPUB), assetsSum: assetsSum(ed)}
		}
	}
	s.mu.Lock()
	next := &snapshot{gen: s.snap.gen + 1, last: r, good: s.snap.good}
	if g != nil {
		next.good = g
	}
	s.snap = next
	for ch := range s.subs {
		select {
		case ch <- struct{}{}:
		default: // it has a notice pending already
		}
	}
	s.mu.Unlock()
}

// Close ends the event streams, so that an http.Server can shut down.
func (s *Server) Close() { s.once.Do(func() { close(s.closed) }) }

func (s *Server) current() *snapshot {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.snap
}

func (s *Server) subscribe() chan struct{} {
	ch := make(chan struct{}, 1)
	s.mu.Lock()
	s.subs[ch] = struct{}{}
	s.mu.Unlock()
	return ch
}

func (s *Server) unsubscribe(ch chan struct{}) {
	s.mu.Lock()
	delete(s.subs, ch)
	s.mu.Unlock()
}

// sum is a short content hash, for ETags and versions.
func sum(parts ...[]byte) string {
	h := sha256.New()
	for _, p := range parts {
		var n [8]byte
		for i, l := 0, len(p); i < 8; i, l = i+1, l>>8 {
			n[i] = byte(l)
		}
		h.Write(n[:]) // length-prefixed: ("ab","c") differs from ("a","bc")
		h.Write(p)
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// assetsSum hashes the resources an XHTML page may show but does not hold:
// the stylesheet and images.
func assetsSum(ed *edition) string {
	var parts [][]byte
	for _, href := range sortedKeys(ed.files) {
		if r := ed.files[href]; r.mediaType != xhtmlType {
			parts = append(parts, []byte(href), r.data)
		}
	}
	return sum(parts...)
}
