// Package highlight splits the text of a fenced code block into lines of
// classed tokens, for both editions: the EPUB writes each class as a
// <span class>, the PDF as a coloured run. Lexing is chroma's
// (github.com/alecthomas/chroma/v2); the classes are chroma's standard CSS
// class names, and one palette (style.go) styles them in both editions.
package highlight

import (
	"strings"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
)

// TabWidth is the distance between tab stops: code tabs are expanded to
// spaces, the same way in both editions.
const TabWidth = 4

// Token is a run of code text of one kind.
type Token struct {
	Text string
	// Class is the run's short CSS class, e.g. "k" (keyword), "s" (string),
	// "c" (comment); "" for plain text. Every non-empty class has a palette
	// entry: see Style and CSS.
	Class string
}

// Lines splits code (a fenced block's text) into lines of tokens,
// highlighted for language (the first word of the fence's info string:
// "go", "python", "js", ...; matched against chroma's lexer names, aliases
// and file extensions). Line ends are dropped (a final newline does not
// start a line, "\r\n" counts as "\n"), tabs are expanded to TabWidth, and
// adjacent tokens of one class are merged; the tokens of a line always
// spell the line exactly. An empty line is an empty slice. Unknown or empty
// language: ok is false and every line is one plain token (no guessing from
// the content: the output depends on the language and the code only).
func Lines(language, code string) (lines [][]Token, ok bool) {
	code = strings.ReplaceAll(code, "\r\n", "\n")
	src := sourceLines(code)
	if len(src) == 0 {
		return nil, language != "" && lexer(language) != nil
	}
	lx := lexer(language)
	if lx == nil {
		return plain(src), false
	}
	it, err := lx.Tokenise(nil, code)
	if err != nil {
		return plain(src), false
	}
	lines = split(it.Tokens(), len(src))
	// A lexer must not change the text; should one ever do so, the code is
	// set plain rather than wrong.
	for i, l := range lines {
		var sb strings.Builder
		for _, t := range l {
			sb.WriteString(t.Text)
		}
		if sb.String() != expandTabs(src[i]) {
			return plain(src), false
		}
	}
	return lines, true
}

// lexer returns the chroma lexer for a fence language, or nil.
func lexer(language string) chroma.Lexer {
	if language == "" {
		return nil
	}
	return lexers.Get(language)
}

// sourceLines splits code at "\n"; a final newline does not start a line.
func sourceLines(code string) []string {
	if code == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(code, "\n"), "\n")
}

// plain is every line as one plain token.
func plain(src []string) [][]Token {
	lines := make([][]Token, len(src))
	for i, s := range src {
		if s = expandTabs(s); s != "" {
			lines[i] = []Token{{Text: s}}
		}
	}
	return lines
}

// split cuts a chroma token stream into n lines of classed tokens,
// expanding tabs. Text after the n-th line (a newline the lexer added) is
// dropped.
func split(toks []chroma.Token, n int) [][]Token {
	lines := make([][]Token, n)
	line, col := 0, 0
	for _, t := range toks {
		class := classOf(t.Type)
		for i, part := range strings.Split(t.Value, "\n") {
			if i > 0 {
				line, col = line+1, 0
			}
			if line >= n {
				return lines
			}
			if part != "" {
				var text string
				text, col = expandTabsAt(part, col)
				lines[line] = appendToken(lines[line], Token{Text: text, Class: class})
			}
		}
	}
	return lines
}

// appendToken appends t to l, merging it into the last token when both
// have the same class.
func appendToken(l []Token, t Token) []Token {
	if k := len(l) - 1; k >= 0 && l[k].Class == t.Class {
		l[k].Text += t.Text
		return l
	}
	return append(l, t)
}

// classOf is the class of a chroma token type: the standard class of the
// type, or of its nearest ancestor, that has a palette entry; "" (plain)
// when none has.
func classOf(tt chroma.TokenType) string {
	for t := tt; t != 0; t = t.Parent() {
		if _, ok := entryOf(t); ok {
			return chroma.StandardTypes[t]
		}
	}
	return ""
}

// expandTabs replaces the tabs of a line by spaces up to the next tab stop.
func expandTabs(s string) string {
	s, _ = expandTabsAt(s, 0)
	return s
}

// expandTabsAt expands the tabs of s, which starts at column col (in
// runes), and returns it with the column after it.
func expandTabsAt(s string, col int) (string, int) {
	if !strings.Contains(s, "\t") {
		return s, col + len([]rune(s))
	}
	var sb strings.Builder
	for _, c := range s {
		if c == '\t' {
			n := TabWidth - col%TabWidth
			sb.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		sb.WriteRune(c)
		col++
	}
	return sb.String(), col
}
