package preview

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"
)

// edition is an EPUB opened for serving: its publication resources by
// their path relative to the package document (as the XHTML's links name
// them), the reading order, and the table of contents of its nav document.
type edition struct {
	files map[string]resource
	spine []string // hrefs in reading order
	toc   []tocEntry
	nav   string // href of the nav document
	title string
}

type resource struct {
	data      []byte
	mediaType string
}

type tocEntry struct {
	Title    string
	Href     string // relative to the package document
	Children []tocEntry
}

// openEPUB reads an EPUB that epub.Write made (or any EPUB 3 with one
// package document).
func openEPUB(data []byte) (*edition, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("reading the EPUB: %w", err)
	}
	raw := map[string][]byte{}
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, "/") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("reading the EPUB's %s: %w", f.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("reading the EPUB's %s: %w", f.Name, err)
		}
		raw[f.Name] = b
	}

	var container struct {
		Rootfiles []struct {
			FullPath string `xml:"full-path,attr"`
		} `xml:"rootfiles>rootfile"`
	}
	if err := xml.Unmarshal(raw["META-INF/container.xml"], &container); err != nil || len(container.Rootfiles) == 0 {
		return nil, fmt.Errorf("the EPUB has no readable META-INF/container.xml")
	}
	opfPath := container.Rootfiles[0].FullPath
	var opf struct {
		Title    []string `xml:"metadata>title"`
		Manifest []struct {
			ID         string `xml:"id,attr"`
			Href       string `xml:"href,attr"`
			MediaType  string `xml:"media-type,attr"`
			Properties string `xml:"properties,attr"`
		} `xml:"manifest>item"`
		Spine []struct {
			IDRef string `xml:"idref,attr"`
		} `xml:"spine>itemref"`
	}
	if err := xml.Unmarshal(raw[opfPath], &opf); err != nil {
		return nil, fmt.Errorf("reading the EPUB's %s: %w", opfPath, err)
	}
	dir := path.Dir(opfPath)
	ed := &edition{files: map[string]resource{}}
	if len(opf.Title) > 0 {
		ed.title = opf.Title[0]
	}
	hrefOf := map[string]string{}
	for _, it := range opf.Manifest {
		data, ok := raw[path.Join(dir, it.Href)]
		if !ok {
			return nil, fmt.Errorf("the EPUB's manifest names %s, which it does not hold", it.Href)
		}
		ed.files[it.Href] = resource{data: data, mediaType: it.MediaType}
		hrefOf[it.ID] = it.Href
		if hasWord(it.Properties, "nav") {
			ed.nav = it.Href
		}
	}
	for _, ref := range opf.Spine {
		if href, ok := hrefOf[ref.IDRef]; ok {
			ed.spine = append(ed.spine, href)
		}
	}
	if ed.nav != "" {
		toc, err := readTOC(ed.files[ed.nav].data, path.Dir(ed.nav))
		if err != nil {
			return nil, fmt.Errorf("reading the EPUB's %s: %w", ed.nav, err)
		}
		ed.toc = toc
	}
	return ed, nil
}

func hasWord(list, word string) bool {
	for _, w := range strings.Fields(list) {
		if w == word {
			return true
		}
	}
	return false
}

// navList is an <ol> of a nav document.
type navList struct {
	Items []struct {
		A struct {
			Href string `xml:"href,attr"`
			Text string `xml:",chardata"`
		} `xml:"a"`
		Span string   `xml:"span"` // an entry without a link
		Sub  *navList `xml:"ol"`
	} `xml:"li"`
}

// readTOC returns the entries of the nav document's <nav epub:type="toc">,
// their hrefs made relative to the package document (the nav is in dir).
func readTOC(nav []byte, dir string) ([]tocEntry, error) {
	d := xml.NewDecoder(bytes.NewReader(nav))
	inTOC := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "nav":
			inTOC = false
			for _, a := range se.Attr {
				if a.Name.Local == "type" && hasWord(a.Value, "toc") {
					inTOC = true
				}
			}
		case "ol":
			if inTOC {
				var l navList
				if err := d.DecodeElement(&l, &se); err != nil {
					return nil, err
				}
				return l.entries(dir), nil
			}
		}
	}
}

func (l *navList) entries(dir string) []tocEntry {
	if l == nil {
		return nil
	}
	var out []tocEntry
	for _, it := range l.Items {
		e := tocEntry{Title: strings.TrimSpace(it.A.Text), Children: it.Sub.entries(dir)}
		if it.A.Href != "" {
			e.Href = path.Join(dir, it.A.Href)
			if i := strings.IndexByte(it.A.Href, '#'); i >= 0 {
				e.Href = path.Join(dir, it.A.Href[:i]) + it.A.Href[i:]
			}
		} else {
			e.Title = strings.TrimSpace(it.Span)
		}
		out = append(out, e)
	}
	return out
}

// neighbours returns the documents before and after href in the reading
// order ("" at either end, or when href is not in the spine).
func (ed *edition) neighbours(href string) (prev, next string) {
	for i, h := range ed.spine {
		if h == href {
			if i > 0 {
				prev = ed.spine[i-1]
			}
			if i+1 < len(ed.spine) {
				next = ed.spine[i+1]
			}
			return prev, next
		}
	}
	return "", ""
}
