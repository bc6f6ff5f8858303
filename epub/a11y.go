package epub

import (
	"fmt"
	"strings"
)

// conformance is the EPUB Accessibility 1.1 conformance statement, claimed
// only when the content allows it (every image described).
const conformance = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"

// contentFacts are what the accessibility metadata is derived from.
type contentFacts struct {
	Images int  // images in the book, cover included
	AllAlt bool // every image has a text alternative
	// PageList: the print edition's page breaks are marked and listed.
	PageList bool
}

// a11yMeta is the schema.org accessibility metadata of the package.
type a11yMeta struct {
	AccessModes []string
	Sufficient  []string
	Features    []string
	Hazards     []string
	Summary     string
	ConformsTo  string
}

// accessibility derives the metadata from the content. Structure, TOC and
// reading order are always there because Quire writes them.
func accessibility(f contentFacts) a11yMeta {
	m := a11yMeta{
		AccessModes: []string{"textual"},
		Features:    []string{"structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"},
		Hazards:     []string{"none"},
	}
	switch {
	case f.Images == 0:
		m.Sufficient = []string{"textual"}
	case f.AllAlt:
		m.AccessModes = append(m.AccessModes, "visual")
		m.Sufficient = []string{"textual,visual", "textual"}
		m.Features = append(m.Features, "alternativeText")
	default:
		m.AccessModes = append(m.AccessModes, "visual")
		m.Sufficient = []string{"textual,visual"}
	}
	if f.PageList {
		// pageBreakMarkers is the accessibility vocabulary's current name
		// for printPageNumbers (a synonym).
		m.Features = append(m.Features, "pageBreakMarkers", "pageNavigation")
	}
	if f.Images == 0 || f.AllAlt {
		m.ConformsTo = conformance
	}
	m.Summary = summary(f)
	return m
}

// summary is the accessibilitySummary: one or two plain sentences.
func summary(f contentFacts) string {
	var sb strings.Builder
	sb.WriteString("This publication has a table of contents, structured headings and a reading order that follows the text, and its text can be resized and restyled.")
	if f.PageList {
		sb.WriteString(" It marks where each page of the print (PDF) edition starts and lists those pages, so that readers can go to a printed page number.")
	}
	switch {
	case f.Images == 0:
		sb.WriteString(" It contains no images.")
	case f.AllAlt:
		fmt.Fprintf(&sb, " Its %s a text alternative.", plural(f.Images, "image has", "images all have"))
	default:
		sb.WriteString(" Some of its images have no text alternative.")
	}
	if f.Images == 0 || f.AllAlt {
		sb.WriteString(" It meets WCAG 2.1 Level AA.")
	}
	return sb.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return fmt.Sprintf("%d %s", n, many)
}
