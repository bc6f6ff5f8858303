package pdf

import (
	"strings"

	"golang.org/x/net/html"
)

// htmlRuns returns the text of a piece of raw HTML as runs in st: tags are
// dropped, entities decoded, comments and script or style content skipped;
// <br> and the ends of block elements become line breaks. No author words
// are lost.
func htmlRuns(src string, st style) []run {
	z := html.NewTokenizer(strings.NewReader(src))
	var out []run
	skip := 0 // depth inside script or style
	brk := func() {
		switch {
		case len(out) == 0:
			out = append(out, run{st: st, brk: true})
		case !out[len(out)-1].brk:
			out[len(out)-1].brk = true
		}
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out
		case html.TextToken:
			if skip == 0 {
				out = append(out, run{text: string(z.Text()), st: st})
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			switch {
			case tag == "script" || tag == "style":
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case tag == "br":
				brk()
			case blockTags[tag] && tt != html.StartTagToken:
				brk()
			case blockTags[tag] && len(out) > 0:
				brk()
			}
		}
	}
}

// blockTags are the HTML elements whose ends break the line.
var blockTags = map[string]bool{
	"p": true, "div": true, "li": true, "tr": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true,
	"pre": true, "dt": true, "dd": true, "figure": true, "figcaption": true,
	"table": true, "ul": true, "ol": true, "section": true, "aside": true,
	"header": true, "footer": true, "hr": true,
}
