package preview

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/internal/units"
)

const xhtmlType = "application/xhtml+xml"

//go:embed assets/live.js assets/preview.css
var assets embed.FS

// The pages and fragments are written so that they are well-formed XML as
// well as HTML: the bar and the problems are put into the EPUB's XHTML.
var pages = template.Must(template.New("").Funcs(template.FuncMap{
	"seconds": func(d time.Duration) string { return fmt.Sprintf("%.1f s", d.Seconds()) },
	"clock":   func(t time.Time) string { return t.Format("15:04:05") },
	"join":    func(s []string) string { return strings.Join(s, ", ") },
	"size":    units.Size,
}).Parse(`
{{define "top"}}<div id="quire-top">
{{template "bar" .Bar}}{{template "problems" .Problems}}</div>
{{end}}

{{define "bar"}}<div id="quire-bar" role="navigation" aria-label="Preview">
<a href="/" class="quire-title">{{.Title}}</a>
{{if .Nav}}<a href="/book/{{.Nav}}">Contents</a>{{end}}
{{if .Prev}}<a href="/book/{{.Prev}}" rel="prev">‹ Previous</a>{{end}}
{{if .Next}}<a href="/book/{{.Next}}" rel="next">Next ›</a>{{end}}
<a href="/pdf">PDF</a>
<a href="/#problems" class="quire-status quire-{{.Class}}">{{.Status}}</a>
</div>
{{end}}

{{define "problems"}}{{if .Failure}}<div id="quire-problems" role="alert">
<p><strong>The last build failed: {{.Failure}}.</strong>
{{if .HaveGood}}Below is the last good preview.{{else}}There is no preview yet.{{end}}</p>
{{with .Errors}}<ul>{{range .}}
<li><code>{{.Pos}}</code>: {{.Severity}}: {{.Message}}</li>{{end}}
</ul>{{end}}
</div>
{{end}}{{end}}

{{define "head"}}<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{{.PageTitle}}</title>
<link rel="stylesheet" href="/_quire/preview.css"/>
<script src="/_quire/live.js" data-version="{{.Version}}"></script>
</head>
<body class="quire-page">
{{.Top}}{{end}}

{{define "toc"}}<ol>{{range .}}
<li>{{if .Href}}<a href="/book/{{.Href}}">{{.Title}}</a>{{else}}{{.Title}}{{end}}{{if .Children}}{{template "toc" .Children}}{{end}}</li>{{end}}
</ol>{{end}}

{{define "overview"}}{{template "head" .}}<main>
<h1>{{.Title}}</h1>
{{with .Last}}<p class="quire-build">{{if .Finished.IsZero}}Building…{{else}}{{if .Failure}}Build failed{{else}}Built{{end}} at {{clock .Finished}} in {{seconds .Took}}{{with .Changed}}, after a change to {{join .}}{{end}}.{{end}}</p>{{end}}
{{with .Good}}<p class="quire-links">
{{with .First}}<a href="/book/{{.}}">Read the book</a> ·{{end}}
<a href="/pdf">The PDF</a> ·
<a href="/book.epub" download="{{.Slug}}.epub">Download the EPUB ({{size .EPUBSize}})</a> ·
<a href="/book.pdf" download="{{.Slug}}.pdf">Download the PDF ({{size .PDFSize}})</a>
</p>{{end}}
<section id="problems" aria-labelledby="problems-title">
<h2 id="problems-title">Problems</h2>
{{with .Diagnostics}}<ul class="quire-diagnostics">{{range .}}
<li class="quire-{{.Severity}}"><code>{{.Pos}}</code>: {{.Severity}}: {{.Message}}</li>{{end}}
</ul>{{else}}<p>{{if .Last.Finished.IsZero}}None yet.{{else}}None: no errors, no warnings.{{end}}</p>{{end}}
</section>
{{with .Good}}<section id="contents" aria-labelledby="contents-title">
<h2 id="contents-title">Contents</h2>
{{template "toc" .TOC}}
</section>{{end}}
</main>
</body>
</html>
{{end}}

{{define "pdf"}}{{template "head" .}}<main class="quire-pdf">
{{with .Good}}<p><a href="/book.pdf?v={{.PDFSum}}">Open the PDF</a> ({{size .PDFSize}}) or
<a href="/book.pdf" download="{{.Slug}}.pdf">download it</a>.</p>
<iframe src="/book.pdf?v={{.PDFSum}}#view=FitH" title="The PDF edition"></iframe>
{{else}}<p>There is no PDF yet.</p>{{end}}
</main>
</body>
</html>
{{end}}

{{define "missing"}}{{template "head" .}}<main>
<h1>Not in the preview</h1>
<p>{{if .Good}}The book has no page {{.Missing}}.{{else}}There is no preview yet.{{end}}
See the <a href="/">overview</a>.</p>
</main>
</body>
</html>
{{end}}
`))

// barView and problemsView are the fragments every page shows.
type barView struct {
	Title, Nav, Prev, Next string
	Status, Class          string
}

type problemsView struct {
	Failure  string
	HaveGood bool
	Errors   book.Diagnostics
}

// pageView is a generated page.
type pageView struct {
	PageTitle, Title string
	Version          string
	Top              template.HTML // the bar and the problems
	Last             Result
	Diagnostics      book.Diagnostics
	Good             *goodView
	Missing          string
}

type goodView struct {
	First, Slug       string
	PDFSum            string
	EPUBSize, PDFSize int64
	TOC               []tocEntry
}

func (sn *snapshot) title() string {
	switch {
	case sn.good != nil && sn.good.ed.title != "":
		return sn.good.ed.title
	case sn.last.Title != "":
		return sn.last.Title
	case sn.good != nil:
		return sn.good.res.Title
	}
	return "Quire preview"
}

// top renders what every page shows first: the bar, and the problems when
// the last build failed; href is the book document the page shows, if any.
func (sn *snapshot) top(href string) []byte {
	bv := barView{Title: sn.title()}
	if sn.good != nil {
		bv.Nav = sn.good.ed.nav
		bv.Prev, bv.Next = sn.good.ed.neighbours(href)
	}
	errs, warns := sn.last.Diagnostics.Count()
	switch {
	case sn.last.Finished.IsZero():
		bv.Status, bv.Class = "building…", "building"
	case sn.last.Failure != "":
		bv.Status, bv.Class = "✗ build failed", "failed"
		if errs > 0 {
			bv.Status = "✗ " + plural(errs, "error")
		}
	case warns > 0:
		bv.Status, bv.Class = "⚠ "+plural(warns, "warning"), "warnings"
	default:
		bv.Status, bv.Class = "✓ built", "ok"
	}
	pv := problemsView{Failure: sn.last.Failure, HaveGood: sn.good != nil}
	for _, d := range sn.last.Diagnostics {
		if d.Severity == book.Error {
			pv.Errors = append(pv.Errors, d)
		}
	}
	return render("top", struct {
		Bar      barView
		Problems problemsView
	}{bv, pv})
}

func render(name string, data any) []byte {
	var b bytes.Buffer
	if err := pages.ExecuteTemplate(&b, name, data); err != nil {
		panic(err) // the templates are fixed: a failure here is a bug
	}
	return b.Bytes()
}

// page renders a generated page, its version the hash of the page itself.
func (s *Server) page(w http.ResponseWriter, r *http.Request, name string, status int, sn *snapshot, v pageView) {
	v.Title = sn.title()
	if v.PageTitle == "" {
		v.PageTitle = v.Title + " — Quire preview"
	}
	v.Top = template.HTML(sn.top(""))
	v.Last = sn.last
	if g := sn.good; g != nil {
		gv := &goodView{Slug: slugOr(g.res.Slug), PDFSum: g.pdfSum, EPUBSize: int64(len(g.res.EPUB)), PDFSize: int64(len(g.res.PDF)), TOC: g.ed.toc}
		if len(g.ed.spine) > 0 {
			gv.First = g.ed.spine[0]
		}
		v.Good = gv
	}
	v.Version = sum(render(name, v))
	serve(w, r, status, "text/html; charset=utf-8", v.Version, render(name, v))
}

func slugOr(slug string) string {
	if slug == "" {
		return "book"
	}
	return slug
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
