package preview

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"path"
	"time"
)

// The handlers. Every response carries an ETag, the hash of what it
// shows: the live script compares it with the version its page holds.

func (s *Server) overview(w http.ResponseWriter, r *http.Request) {
	sn := s.current()
	s.page(w, r, "overview", http.StatusOK, sn, pageView{Diagnostics: sn.last.Diagnostics})
}

func (s *Server) pdfPage(w http.ResponseWriter, r *http.Request) {
	sn := s.current()
	s.page(w, r, "pdf", http.StatusOK, sn, pageView{PageTitle: "PDF — " + sn.title()})
}

func (s *Server) pdfFile(w http.ResponseWriter, r *http.Request) {
	g := s.current().good
	if g == nil {
		http.Error(w, "no PDF yet", http.StatusNotFound)
		return
	}
	serve(w, r, http.StatusOK, "application/pdf", g.pdfSum, g.res.PDF)
}

func (s *Server) epubFile(w http.ResponseWriter, r *http.Request) {
	g := s.current().good
	if g == nil {
		http.Error(w, "no EPUB yet", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", slugOr(g.res.Slug)+".epub"))
	serve(w, r, http.StatusOK, "application/epub+zip", g.epubSum, g.res.EPUB)
}

// bookFile serves a resource of the EPUB; an XHTML document gets the bar,
// the problems and the live-reload script.
func (s *Server) bookFile(w http.ResponseWriter, r *http.Request) {
	sn := s.current()
	href := r.PathValue("path")
	var res resource
	ok := false
	if sn.good != nil {
		res, ok = sn.good.ed.files[href]
	}
	if !ok {
		s.page(w, r, "missing", http.StatusNotFound, sn, pageView{PageTitle: "Not in the preview", Missing: href})
		return
	}
	if res.mediaType != xhtmlType {
		ct := res.mediaType
		if ct == "" {
			ct = mime.TypeByExtension(path.Ext(href))
		}
		serve(w, r, http.StatusOK, ct, sum(res.data), res.data)
		return
	}
	top := sn.top(href)
	version := sum(res.data, []byte(sn.good.assetsSum), top)
	head := fmt.Sprintf("<link rel=\"stylesheet\" type=\"text/css\" href=\"/_quire/preview.css\"/>\n"+
		"<script src=\"/_quire/live.js\" data-version=\"%s\"></script>\n", version)
	serve(w, r, http.StatusOK, xhtmlType+"; charset=utf-8", version, inject(res.data, []byte(head), top))
}

// inject puts head at the end of an XHTML document's head and body at the
// start of its body.
func inject(doc, head, body []byte) []byte {
	h := bytes.Index(doc, []byte("</head>"))
	b := bytes.Index(doc, []byte("<body"))
	if h < 0 || b < h {
		return doc
	}
	e := bytes.IndexByte(doc[b:], '>')
	if e < 0 {
		return doc
	}
	e += b + 1
	out := make([]byte, 0, len(doc)+len(head)+len(body))
	out = append(out, doc[:h]...)
	out = append(out, head...)
	out = append(out, doc[h:e]...)
	out = append(out, '\n')
	out = append(out, body...)
	out = append(out, doc[e:]...)
	return out
}

func (s *Server) asset(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("asset")
	data, err := assets.ReadFile("assets/" + name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	serve(w, r, http.StatusOK, mime.TypeByExtension(path.Ext(name)), sum(data), data)
}

// serve writes a response with an ETag, which the live script compares
// with the version it was served with; browsers revalidate every time.
func serve(w http.ResponseWriter, r *http.Request, status int, contentType, etag string, body []byte) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", `"`+etag+`"`)
	if status != http.StatusOK {
		w.WriteHeader(status)
		if r.Method != http.MethodHead {
			w.Write(body)
		}
		return
	}
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}
