package epub

import (
	"bufio"
	"bytes"
	"html"
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
	i := plainPrefix(s, quote)
	if i == len(s) {
		return s // nothing to escape: most text
	}
	b := make([]byte, 0, len(s)+len(s)/8)
	return string(appendEscaped(append(b, s[:i]...), s[i:], quote))
}

// appendEscaped appends s, escaped as escapeXML does, to b.
func appendEscaped(b []byte, s string, quote bool) []byte {
	for len(s) > 0 {
		i := plainPrefix(s, quote)
		b = append(b, s[:i]...)
		if s = s[i:]; s == "" {
			break
		}
		r, size := utf8.DecodeRuneInString(s)
		switch {
		case r == '&':
			b = append(b, "&amp;"...)
		case r == '<':
			b = append(b, "&lt;"...)
		case r == '>':
			b = append(b, "&gt;"...)
		case r == '"' && quote:
			b = append(b, "&quot;"...)
		default: // not an XML character, or not UTF-8
			b = utf8.AppendRune(b, '\uFFFD')
		}
		s = s[size:]
	}
	return b
}

// plainPrefix is the length of the longest start of s that escaping leaves
// as it is: XML characters, in valid UTF-8, other than & < > (and '"' when
// quote is set).
func plainPrefix(s string, quote bool) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '&' || c == '<' || c == '>' || c == '"' && quote {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || !isXMLChar(r) {
			return i
		}
		i += size
	}
	return len(s)
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
