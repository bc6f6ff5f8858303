package epub

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	tm, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return tm
}

func TestEscape(t *testing.T) {
	for _, tc := range []struct {
		name, in, attr, text string
	}{
		{"plain", "Café", "Café", "Café"},
		{"the XML five", `a & b < c > d "e" 'f'`, `a &amp; b &lt; c &gt; d &quot;e&quot; 'f'`, `a &amp; b &lt; c &gt; d "e" 'f'`},
		{"no named entities", "© — …", "© — …", "© — …"},
		{"entity-looking text", "&copy;", "&amp;copy;", "&amp;copy;"},
		{"control characters", "a\x00b\x1bc\td\ne", "a\uFFFDb\uFFFDc\td\ne", "a\uFFFDb\uFFFDc\td\ne"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb", "a\uFFFDb"},
		{"non-characters", "a\uFFFEb", "a\uFFFDb", "a\uFFFDb"},
		{"astral", "𝄞", "𝄞", "𝄞"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := escape(tc.in); got != tc.attr {
				t.Errorf("escape(%q) = %q, want %q", tc.in, got, tc.attr)
			}
			if got := escapeText(tc.in); got != tc.text {
				t.Errorf("escapeText(%q) = %q, want %q", tc.in, got, tc.text)
			}
		})
	}
}

// escapeRef is escapeXML written the plain way, rune by rune: the fast
// path must give the same.
func escapeRef(s string, quote bool) string {
	var sb strings.Builder
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

func FuzzEscape(f *testing.F) {
	for _, s := range []string{"", "Café", `a & b < c > d "e"`, "a\x00b\x1bc\td\ne", "a\xffb", "a\uFFFEb", "𝄞&", "\xed\xa0\x80", "plain text, then <"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, quote := range []bool{false, true} {
			if got, want := escapeXML(s, quote), escapeRef(s, quote); got != want {
				t.Fatalf("escapeXML(%q, %v) = %q, want %q", s, quote, got, want)
			}
		}
		var w xw
		w.raw("<p>")
		w.text(s)
		if got, want := w.String(), "<p>"+escapeRef(s, false); got != want {
			t.Fatalf("text(%q) wrote %q, want %q", s, got, want)
		}
	})
}

func TestMDText(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"plain", "plain", "plain"},
		{"backslash escapes", `\*not\* \<b\> \\ \a`, `*not* <b> \ \a`},
		{"named entity", "&copy; &amp; &nbsp;", "© & \u00a0"},
		{"numeric references", "&#169; &#xA9; &#0;", "© © \uFFFD"},
		{"unknown entity kept", "&nosuch; & alone", "&nosuch; & alone"},
		{"escaped ampersand", `\&amp;`, "&amp;"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mdText([]byte(tc.in)); got != tc.want {
				t.Errorf("mdText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
