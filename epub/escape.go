package epub

import (
	"bufio"
	"bytes"
	"html"
	"strings"
	"unicode/utf8"

	ghtml "github.com/yuin/goldmark/renderer/html"
)

// escape returns s escaped for XML attribute values in double quotes (and
// for character data). Only the XML entities &amp; &lt; &gt; &quot; are
// used, never named HTML entities. Characters that XML 1.0 does not allow
// (control characters, lone surrogates, U+FFFE, U+FFFF) become U+FFFD.
func escape(s string) string { return escapeXML(s, true) }

// escapeText is escape for character data, where '"' needs no escaping.
func escapeText(s string) string { return escapeXML(s, false) }

func escapeXML(s string, quote bool) string {
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '&':
			sb.WriteString("&amp;")
		case r == '<':
			sb.WriteString("&lt;")
		case r == '>':
			sb.WriteString("&gt;")
		case r == '"' && quote:
			sb.WriteString("&quot;")
		case r == utf8.RuneError && size == 1, !isXMLChar(r):
			sb.WriteRune('\uFFFD')
		default:
			sb.WriteString(s[i : i+size])
		}
		i += size
	}
	return sb.String()
}

// isXMLChar reports whether r may appear in an XML 1.0 document.
func isXMLChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// mdText resolves what Markdown text leaves to the renderer: backslash
// escapes ("\*" is "*") and entity and character references ("&copy;",
// "&#169;"), exactly as goldmark's HTML renderer does, and returns the
// resulting plain text (not escaped).
func mdText(src []byte) string {
	if bytes.IndexByte(src, '\\') < 0 && bytes.IndexByte(src, '&') < 0 {
		return string(src)
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	ghtml.DefaultWriter.Write(w, src)
	w.Flush()
	// The writer's output escapes &, <, > and " and nothing else, so
	// unescaping it gives back the resolved text.
	return html.UnescapeString(buf.String())
}
