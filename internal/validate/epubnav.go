package validate

import (
	"archive/zip"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
)

// EPUBNav returns the entries of an EPUB's table of contents (the
// epub:type="toc" nav of its navigation document) with their depths.
func EPUBNav(epubPath string) ([]OutlineItem, error) {
	zr, err := zip.OpenReader(epubPath)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".xhtml") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		doc, err := html.Parse(strings.NewReader(string(data)))
		if err != nil {
			continue
		}
		if nav := findTOCNav(doc); nav != nil {
			var items []OutlineItem
			collectNav(nav, 0, &items)
			return items, nil
		}
	}
	return nil, fmt.Errorf("no toc nav in %s", epubPath)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key || (a.Namespace != "" && a.Namespace+":"+a.Key == key) {
			return a.Val
		}
	}
	return ""
}

func findTOCNav(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.Data == "nav" && strings.Contains(" "+attr(n, "epub:type")+" ", " toc ") {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findTOCNav(c); f != nil {
			return f
		}
	}
	return nil
}

// collectNav walks nested ol > li > (a|span) + ol, counting ol depth.
func collectNav(n *html.Node, depth int, items *[]OutlineItem) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.Data {
		case "ol":
			collectNav(c, depth+1, items)
		case "a", "span":
			if c.Parent != nil && c.Parent.Data == "li" {
				*items = append(*items, OutlineItem{Title: strings.Join(strings.Fields(textOf(c)), " "), Depth: depth})
				continue
			}
			collectNav(c, depth, items)
		default:
			collectNav(c, depth, items)
		}
	}
}

func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var sb strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		sb.WriteString(textOf(c))
	}
	return sb.String()
}
