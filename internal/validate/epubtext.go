package validate

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"

	"golang.org/x/net/html"
)

// EPUBText returns the text of an EPUB's spine documents, in reading order,
// as a reader would see it (no alt text, no attributes).
func EPUBText(epubPath string) (string, error) {
	zr, err := zip.OpenReader(epubPath)
	if err != nil {
		return "", err
	}
	defer zr.Close()
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[f.Name] = f
	}
	read := func(name string) ([]byte, error) {
		f := files[name]
		if f == nil {
			return nil, fmt.Errorf("no %s in the EPUB", name)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		return io.ReadAll(rc)
	}
	container, err := read("META-INF/container.xml")
	if err != nil {
		return "", err
	}
	var c struct {
		Rootfiles []struct {
			FullPath string `xml:"full-path,attr"`
		} `xml:"rootfiles>rootfile"`
	}
	if err := xml.Unmarshal(container, &c); err != nil || len(c.Rootfiles) == 0 {
		return "", fmt.Errorf("container.xml: %v", err)
	}
	opfPath := c.Rootfiles[0].FullPath
	opfData, err := read(opfPath)
	if err != nil {
		return "", err
	}
	var opf struct {
		Items []struct {
			ID   string `xml:"id,attr"`
			Href string `xml:"href,attr"`
		} `xml:"manifest>item"`
		Refs []struct {
			IDRef string `xml:"idref,attr"`
		} `xml:"spine>itemref"`
	}
	if err := xml.Unmarshal(opfData, &opf); err != nil {
		return "", fmt.Errorf("package document: %v", err)
	}
	href := map[string]string{}
	for _, it := range opf.Items {
		href[it.ID] = path.Join(path.Dir(opfPath), it.Href)
	}
	var sb strings.Builder
	for _, r := range opf.Refs {
		data, err := read(href[r.IDRef])
		if err != nil {
			return "", err
		}
		sb.WriteString(HTMLText(string(data)))
		sb.WriteString("\n")
	}
	return sb.String(), nil
}

// HTMLText is the text content of an (X)HTML document's body.
func HTMLText(doc string) string {
	z := html.NewTokenizer(strings.NewReader(doc))
	var sb strings.Builder
	inBody, skip := false, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return sb.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "body":
				inBody = true
			case "script", "style", "title":
				skip++
			}
			sb.WriteByte(' ')
		case html.EndTagToken:
			name, _ := z.TagName()
			if s := string(name); s == "script" || s == "style" || s == "title" {
				skip--
			}
			sb.WriteByte(' ')
		case html.SelfClosingTagToken:
			sb.WriteByte(' ')
		case html.TextToken:
			if inBody && skip == 0 {
				sb.Write(z.Text())
			}
		}
	}
}
