package epub

import (
	"encoding/xml"
	"strconv"
	"strings"
	"time"

	"github.com/quire-books/quire/book"
)

// The package document, as encoding/xml structs.

type opfPackage struct {
	XMLName          xml.Name    `xml:"http://www.idpf.org/2007/opf package"`
	Version          string      `xml:"version,attr"`
	UniqueIdentifier string      `xml:"unique-identifier,attr"`
	Lang             string      `xml:"xml:lang,attr"`
	Dir              string      `xml:"dir,attr,omitempty"`
	Metadata         opfMetadata `xml:"metadata"`
	Manifest         []opfItem   `xml:"manifest>item"`
	Spine            opfSpine    `xml:"spine"`
}

type opfMetadata struct {
	DC    string    `xml:"xmlns:dc,attr"`
	Elems []opfElem // dc:* and meta elements, in order
}

// opfElem is a dc:* element or a meta element.
type opfElem struct {
	XMLName  xml.Name
	ID       string `xml:"id,attr,omitempty"`
	Refines  string `xml:"refines,attr,omitempty"`
	Property string `xml:"property,attr,omitempty"`
	Scheme   string `xml:"scheme,attr,omitempty"`
	Name     string `xml:"name,attr,omitempty"`
	Content  string `xml:"content,attr,omitempty"`
	Lang     string `xml:"xml:lang,attr,omitempty"`
	Value    string `xml:",chardata"`
}

type opfItem struct {
	ID         string `xml:"id,attr"`
	Href       string `xml:"href,attr"`
	MediaType  string `xml:"media-type,attr"`
	Properties string `xml:"properties,attr,omitempty"`
}

// opfSpine is the reading order. PageProgression is "rtl" for a book
// written right to left: its pages turn from the left, as a printed
// Arabic or Hebrew book's do.
type opfSpine struct {
	TOC             string       `xml:"toc,attr"`
	PageProgression string       `xml:"page-progression-direction,attr,omitempty"`
	Itemrefs        []opfItemref `xml:"itemref"`
}

type opfItemref struct {
	IDRef string `xml:"idref,attr"`
}

func dc(name, id, value string) opfElem {
	return opfElem{XMLName: xml.Name{Local: "dc:" + name}, ID: id, Value: value}
}

func meta(property, value string) opfElem {
	return opfElem{XMLName: xml.Name{Local: "meta"}, Property: property, Value: value}
}

func refine(id, property, value string) opfElem {
	e := meta(property, value)
	e.Refines = "#" + id
	return e
}

// metadata returns the package metadata: every field of m, the source of
// the page markers (when pageSource is not ""), the build date and the
// accessibility metadata.
func metadata(m book.Metadata, modified time.Time, cover string, a a11yMeta, pageSource string) []opfElem {
	es := []opfElem{
		dc("identifier", "pub-id", m.Identifier),
		dc("title", "title", m.Title),
		refine("title", "title-type", "main"),
	}
	if m.Subtitle != "" {
		es = append(es, dc("title", "subtitle", m.Subtitle), refine("subtitle", "title-type", "subtitle"))
	}
	es = append(es, creators(m.Creators)...)
	es = append(es, dc("language", "", m.Language))
	for _, f := range []struct{ name, value string }{
		{"publisher", m.Publisher},
		{"date", m.Date},
		{"rights", m.Rights},
		{"description", m.Description},
	} {
		if f.value != "" {
			es = append(es, dc(f.name, "", f.value))
		}
	}
	for _, s := range m.Subjects {
		es = append(es, dc("subject", "", s))
	}
	if pageSource != "" {
		es = append(es, pageSourceElems(pageSource)...)
	}
	if m.Series != nil && m.Series.Name != "" {
		c := meta("belongs-to-collection", m.Series.Name)
		c.ID = "series"
		es = append(es, c, refine("series", "collection-type", "series"))
		if m.Series.Position != "" {
			es = append(es, refine("series", "group-position", m.Series.Position))
		}
	}
	es = append(es, meta("dcterms:modified", modified.UTC().Format("2006-01-02T15:04:05Z")))
	if cover != "" {
		es = append(es, opfElem{XMLName: xml.Name{Local: "meta"}, Name: "cover", Content: cover})
	}
	return append(es, a11yElems(a, m.Language)...)
}

// creators returns a dc:creator per author (dc:contributor for the other
// roles, unless the book names no author), each refined by its MARC role
// and sort form.
func creators(cs []book.Creator) []opfElem {
	authors := false
	for _, c := range cs {
		authors = authors || c.Role == "aut"
	}
	var es []opfElem
	for i, c := range cs {
		id := "creator-" + strconv.Itoa(i+1)
		name := "creator"
		if authors && c.Role != "aut" {
			name = "contributor"
		}
		es = append(es, dc(name, id, c.Name))
		role := c.Role
		if role == "" {
			role = "aut"
		}
		r := refine(id, "role", role)
		r.Scheme = "marc:relators"
		es = append(es, r)
		if c.FileAs != "" {
			es = append(es, refine(id, "file-as", c.FileAs))
		}
	}
	return es
}

// a11yElems writes the accessibility metadata; the summary is in English
// whatever the book's language, and says so.
func a11yElems(a a11yMeta, lang string) []opfElem {
	var es []opfElem
	add := func(property string, values []string) {
		for _, v := range values {
			es = append(es, meta(property, v))
		}
	}
	add("schema:accessMode", a.AccessModes)
	add("schema:accessModeSufficient", a.Sufficient)
	add("schema:accessibilityFeature", a.Features)
	add("schema:accessibilityHazard", a.Hazards)
	s := meta("schema:accessibilitySummary", a.Summary)
	if primary, _, _ := strings.Cut(strings.ToLower(lang), "-"); primary != "en" {
		s.Lang = "en"
	}
	es = append(es, s)
	if a.ConformsTo != "" {
		es = append(es, meta("dcterms:conformsTo", a.ConformsTo))
	}
	return es
}

// pageSourceElems identify the print edition the page markers come from,
// as EPUB Accessibility 1.1 asks of a publication with page navigation
// (https://www.w3.org/TR/epub-a11y-tech-11/#pageSource): a dc:source
// refined by source-of "pagination" (https://www.w3.org/TR/epub-33/#sec-source-of).
//
// The newer form, <meta property="pageBreakSource"> (W3C "Page Source
// Identification", https://www.w3.org/publishing/a11y/page-source-id/),
// is what the DAISY Knowledge Base now prefers, and Ace accepts either;
// but EPUBCheck added it after 4.2 (w3c/epubcheck#1491, #1507), and the
// EPUBCheck 4.2.6 that Quire is validated with rejects it (OPF-027
// undefined property). dc:source + source-of is valid for both, and Ace
// reads it as the page source.
func pageSourceElems(source string) []opfElem {
	return []opfElem{
		dc("source", "pagination-source", source),
		refine("pagination-source", "source-of", "pagination"),
	}
}
