package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/preview"
)

const serveUsage = `Usage: quire serve [SOURCE] [--port N] [--set KEY=VALUE]...

Builds the book in SOURCE (a book folder or one Markdown file; default ".")
and serves a live preview of it at http://127.0.0.1:PORT/, on this machine
only. Every change to a file of the book folder (book.yaml, chapters,
images, fonts, new subfolders too) rebuilds the book, and the open pages
reload by themselves; a save that changed no file's contents does not.

The preview shows:
  /             the build's status, every error and warning with its
                file:line:col, the table of contents and downloads
  /book/…       the book as the EPUB holds it: its own XHTML, CSS and
                images, with a bar to page through it
  /pdf          the PDF edition
A build that fails shows its errors at the top of every page, above the
last good preview, until a save fixes them.

Nothing is written to disk: the editions live in memory ('quire watch'
writes them). Editor temporary files (.swp, ~, 4913, .#…), .epub and .pdf
files and version-control folders are ignored.

Options:
`

const serveFooter = `
Environment:
  SOURCE_DATE_EPOCH  the editions' build date, as for 'quire build';
                     default: when the preview started.

The terminal gets one line per rebuild ("15:04:05 ok   preview updated
(0.4 s; intro.md changed)" or "… FAIL 2 errors; …") and its diagnostics.
Ctrl-C or SIGTERM stops the server: exit status 130. A port in use is
exit status 1, a usage error 2.
`

// defaultPort is where 'quire serve' listens unless told otherwise.
const defaultPort = 4000

// serveFlags are the options of 'quire serve'.
type serveFlags struct {
	source string
	port   int
	set    setFlag
}

func runServe(args []string, stdout, stderr io.Writer) int {
	var sf serveFlags
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&sf.port, "port", defaultPort, "listen on 127.0.0.1:`N` (0: any free port)")
	addSetFlag(fs, &sf.set)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), serveUsage)
		fs.PrintDefaults()
		fmt.Fprint(fs.Output(), serveFooter)
	}
	source, code, ok := parseArgs(fs, "serve", args, stderr)
	if !ok {
		return code
	}
	if sf.port < 0 || sf.port > 65535 {
		fmt.Fprintf(stderr, "quire serve: --port %d is not a port (0 to 65535)\n", sf.port)
		return exitUsage
	}
	sf.source = source
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	interrupted := make(chan os.Signal, 1)
	defer onInterrupt(func(sig os.Signal) bool {
		interrupted <- sig
		cancel()
		return false
	})()
	code = serve(ctx, sf, stdout, stderr, nil)
	select {
	case sig := <-interrupted:
		fmt.Fprintf(stderr, "quire serve: stopped (%v)\n", sig)
		return exitInterrupted
	default:
		return code
	}
}

// serve runs the preview server until ctx is done. ready, when not nil, is
// told the preview's URL once the server listens.
func serve(ctx context.Context, sf serveFlags, stdout, stderr io.Writer, ready func(url string)) int {
	date, err := buildDate()
	if err != nil {
		fmt.Fprintf(stderr, "quire serve: %v\n", err)
		return exitUsage
	}
	root, err := bookRoot(sf.source)
	if err != nil {
		fmt.Fprintf(stderr, "quire serve: %v\n", err)
		return exitBook
	}
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(sf.port)))
	if err != nil {
		fmt.Fprintf(stderr, "quire serve: cannot listen on 127.0.0.1:%d: %v (choose another --port)\n", sf.port, unwrapNetError(err))
		return exitBook
	}
	srv := preview.NewServer()
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	url := "http://" + ln.Addr().String() + "/"
	fmt.Fprintf(stdout, "quire serve: previewing %s at %s (Ctrl-C to stop)\n", sf.source, url)
	if ready != nil {
		ready(url)
	}

	log := &rebuildLog{stdout: stdout, stderr: stderr, root: root, shownRoot: shownRoot(sf.source, root)}
	pb := &previewBuild{source: sf.source, set: sf.set, date: date, srv: srv, log: log}
	w := &preview.Watcher{
		Root:  root,
		Build: pb.rebuild,
		Warn:  func(err error) { fmt.Fprintf(stderr, "quire serve: %v\n", err) },
	}
	werr := w.Run(ctx)

	srv.Close() // ends the event streams, which Shutdown would wait for
	shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	hs.Shutdown(shutdown)
	if werr != nil {
		fmt.Fprintf(stderr, "quire serve: %v\n", werr)
		return exitBook
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "quire serve: %v\n", err)
		return exitBook
	}
	return exitOK
}

func unwrapNetError(err error) error {
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Err != nil {
		var se *os.SyscallError
		if errors.As(oe.Err, &se) {
			return se.Err
		}
		return oe.Err
	}
	return err
}

// previewBuild is one rebuild for the preview: the editions as 'quire
// build' makes them (the PDF always: the preview shows it), in memory.
type previewBuild struct {
	source string
	set    []string
	date   time.Time // one date for the session: unchanged input gives unchanged bytes
	srv    *preview.Server
	log    *rebuildLog
}

// rebuild builds the book, publishes the result and returns the files the
// book read.
func (pb *previewBuild) rebuild(changed []string) []string {
	start := time.Now()
	res := preview.Result{Changed: pb.log.shown(changed)}
	b, base, diags, err := loadBook(pb.source, pb.set...)
	var inputs []string
	switch {
	case err != nil:
		res.Failure = err.Error()
	case b == nil || diags.HasErrors():
		res.Failure = countErrors(diags)
	default:
		res.EPUB, res.PDF, err = renderInMemory(b, pb.date)
		if err != nil {
			res.Failure = err.Error()
		}
	}
	if b != nil {
		res.Title, res.Slug = b.Meta.Title, b.Meta.Slug
		inputs = sourceFiles(b, base, pb.source)
	}
	res.Diagnostics = shownDiagnostics(base, diags)
	res.Finished = time.Now()
	res.Took = res.Finished.Sub(start)
	pb.srv.Publish(res)

	if res.Failure == "" {
		pb.log.ok("preview updated", res.Took, changed)
	} else {
		pb.log.fail(res.Failure+"; the preview keeps the last good build", changed)
	}
	printDiagnostics(pb.log.stderr, base, diags)
	return inputs
}

// renderInMemory renders both editions, as 'quire build' writes them,
// into memory.
func renderInMemory(b *book.Book, date time.Time) (epubData, pdfData []byte, err error) {
	eds, _, err := renderEditions(b, []string{"epub", "pdf"}, date, nil, nil)
	if err != nil {
		return nil, nil, err
	}
	out := make([][]byte, len(eds))
	for i, ed := range eds {
		if out[i], err = renderEdition(ed); err != nil {
			return nil, nil, fmt.Errorf("writing the %s: %w", ed.name, err)
		}
	}
	return out[0], out[1], nil
}

// renderEdition runs one renderer into memory, turning a renderer panic
// into an error as writeEditions does.
func renderEdition(ed edition) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	var buf bytes.Buffer
	if err := ed.write(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// shownDiagnostics are the diagnostics as printDiagnostics prints them:
// errors first, each group sorted, file names as the user sees them.
func shownDiagnostics(base string, diags book.Diagnostics) book.Diagnostics {
	out := diags.Grouped()
	for i := range out {
		out[i].Pos.File = displayName(base, out[i].Pos.File)
	}
	return out
}
