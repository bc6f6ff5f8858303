// Package rawhtml keeps the raw HTML an author writes in Markdown, safely:
// it parses a fragment with golang.org/x/net/html, keeps an allowlist of
// elements and attributes that are valid in EPUB 3 XHTML and harmless in a
// reader, and balances the elements over the fragments of one container
// (goldmark gives inline HTML one tag at a time), so that what comes out is
// always well nested. It reports what it removes as Issues. It knows
// nothing of books or renderers: the book resolves links, ids and images,
// the EPUB writes the tokens as XHTML and the PDF maps them to styles.
package rawhtml

// class is what an allowed element is, for nesting.
type class uint8

const (
	phrasing   class = iota // inline: holds phrasing content only
	flow                    // block that holds flow content (div, li, td…)
	phraseBlk               // block that holds phrasing content only (p, h1, pre…)
	structural              // block whose children are fixed (table, tr, ul, dl…)
	void                    // no content (br, hr, img, wbr, col)
)

// elements is the allowlist: every element Quire keeps, and its class.
var elements = map[string]class{
	// inline
	"a": phrasing, "abbr": phrasing, "b": phrasing, "bdi": phrasing, "bdo": phrasing,
	"cite": phrasing, "code": phrasing, "del": phrasing, "dfn": phrasing, "em": phrasing,
	"i": phrasing, "ins": phrasing, "kbd": phrasing, "mark": phrasing, "q": phrasing,
	"s": phrasing, "samp": phrasing, "small": phrasing, "span": phrasing, "strong": phrasing,
	"sub": phrasing, "sup": phrasing, "time": phrasing, "u": phrasing, "var": phrasing,
	"br": void, "wbr": void, "img": void,
	// block
	"address": flow, "aside": flow, "blockquote": flow, "dd": flow, "details": flow,
	"div": flow, "figure": flow, "figcaption": flow, "li": flow, "section": flow,
	"td": flow, "th": flow, "caption": flow, "dt": flow,
	"summary": phraseBlk, "h1": phraseBlk, "h2": phraseBlk, "h3": phraseBlk, "h4": phraseBlk,
	"h5": phraseBlk, "h6": phraseBlk, "p": phraseBlk, "pre": phraseBlk,
	"dl": structural, "ol": structural, "ul": structural, "table": structural,
	"thead": structural, "tbody": structural, "tfoot": structural, "tr": structural,
	"colgroup": structural,
	"hr":       void, "col": void,
}

// IsBlock reports whether an allowed element is a block (not phrasing).
func IsBlock(tag string) bool {
	c, ok := elements[tag]
	return ok && c != phrasing && !(c == void && (tag == "br" || tag == "wbr" || tag == "img"))
}

// removal says why a dangerous or unsupported element is removed, and
// whether its content goes with it (scripts, styles, embedded documents:
// code, not the author's words) or stays as text (forms, media fallbacks).
type removal struct {
	why         string
	dropContent bool
}

var removed = map[string]removal{
	"script":   {"scripts never run in a book", true},
	"noscript": {"scripts never run in a book", true},
	"style":    {"the book's style sheet styles it", true},
	"template": {"templates are never shown", true},
	"iframe":   {"a book embeds no other documents", true},
	"frame":    {"a book embeds no other documents", true},
	"frameset": {"a book embeds no other documents", true},
	"noframes": {"a book embeds no other documents", true},
	"noembed":  {"a book embeds no other documents", true},
	"object":   {"a book embeds no other documents; its text is kept", false},
	"embed":    {"a book embeds no other documents", true},
	"applet":   {"a book embeds no other documents; its text is kept", false},
	"svg":      {"inline SVG is not supported", true},
	"math":     {"inline MathML is not supported; its text is kept", false},
	"form":     {"a book has no forms; its text is kept", false},
	"input":    {"a book has no forms", true},
	"button":   {"a book has no forms; its text is kept", false},
	"select":   {"a book has no forms; its text is kept", false},
	"textarea": {"a book has no forms; its text is kept", false},
	"link":     {"a book's resources come from book.yaml", true},
	"meta":     {"a book's metadata comes from book.yaml", true},
	"base":     {"it would change where links go", true},
	"head":     {"a chapter has no head of its own", true},
	"title":    {"a chapter's title is its first heading; its text is kept", false},
	"audio":    {"audio is not supported; its fallback text is kept", false},
	"video":    {"video is not supported; its fallback text is kept", false},
	"source":   {"audio and video are not supported", true},
	"track":    {"audio and video are not supported", true},
	"canvas":   {"scripts never run in a book; its fallback text is kept", false},
	"portal":   {"a book embeds no other documents", true},
}

// globalAttrs may appear on every allowed element.
var globalAttrs = map[string]bool{"id": true, "class": true, "title": true, "lang": true, "dir": true}

// elementAttrs are the further attributes kept per element.
var elementAttrs = map[string]map[string]bool{
	"a":          {"href": true},
	"img":        {"src": true, "alt": true},
	"blockquote": {"cite": true},
	"q":          {"cite": true},
	"del":        {"cite": true, "datetime": true},
	"ins":        {"cite": true, "datetime": true},
	"time":       {"datetime": true},
	"td":         {"colspan": true, "rowspan": true},
	"th":         {"colspan": true, "rowspan": true, "abbr": true, "scope": true},
	"ol":         {"start": true, "type": true, "reversed": true},
	"li":         {"value": true},
	"col":        {"span": true},
	"colgroup":   {"span": true},
	"details":    {"open": true},
}

// urlAttrs hold URLs, whose scheme is checked.
var urlAttrs = map[string]bool{"href": true, "cite": true, "src": true}

// schemes are the URL schemes a link may use; a URL without a scheme is
// relative (to the chapter).
var schemes = map[string]bool{"http": true, "https": true, "mailto": true}
