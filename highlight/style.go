package highlight

import (
	"fmt"
	"strings"

	"github.com/alecthomas/chroma/v2"
)

// Color is an sRGB colour.
type Color struct{ R, G, B uint8 }

// Hex is the colour as CSS writes it: "#rrggbb".
func (c Color) Hex() string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// background is the shade behind code blocks, foreground the colour of
// plain code text.
var (
	background = Color{0xf2, 0xf2, 0xf0}
	foreground = Color{0x00, 0x00, 0x00}
)

// Background is the shade behind code blocks in both editions.
func Background() Color { return background }

// entry is the look of one token type and, through classOf, of every type
// below it that has no entry of its own.
type entry struct {
	typ          chroma.TokenType
	color        Color
	bold, italic bool
}

// palette is the one style of both editions. Its colours are chroma's
// "modus-operandi" style (Protesilaos Stavrou's Modus Operandi theme, made
// for WCAG AAA contrast on white): light, few hues, print-friendly. Two
// additions carry the main distinctions without colour: keywords are bold
// and comments italic (the PDF has no italic monospace face and sets
// comments upright). Every colour keeps at least 4.5:1 against background
// (see TestContrast). Types missing here, and their descendants without an
// entry of their own (names, punctuation, errors, ...), are plain.
var palette = [...]entry{
	{chroma.Keyword, Color{0x53, 0x17, 0xac}, true, false},
	{chroma.KeywordConstant, Color{0x00, 0x00, 0xc0}, false, false},
	{chroma.KeywordType, Color{0x00, 0x5a, 0x5f}, false, false},
	{chroma.NameBuiltin, Color{0x8f, 0x00, 0x75}, false, false},
	{chroma.NameFunction, Color{0x72, 0x10, 0x45}, false, false},
	{chroma.NameVariable, Color{0x00, 0x53, 0x8b}, false, false},
	{chroma.Literal, Color{0x00, 0x00, 0xc0}, false, false},
	{chroma.LiteralString, Color{0x25, 0x44, 0xbb}, false, false},
	{chroma.Operator, Color{0x00, 0x53, 0x8b}, false, false},
	{chroma.Comment, Color{0x50, 0x50, 0x50}, false, true},
}

// entryOf returns the palette entry of exactly t.
func entryOf(t chroma.TokenType) (entry, bool) {
	for _, e := range palette {
		if e.typ == t {
			return e, true
		}
	}
	return entry{}, false
}

// Classes lists every class Lines can give a token, in palette order
// (plain text, class "", is not listed).
func Classes() []string {
	out := make([]string, len(palette))
	for i, e := range palette {
		out[i] = chroma.StandardTypes[e.typ]
	}
	return out
}

// Style gives the colour, bold and italic of a class. Plain text ("") and
// unknown classes are black (plain code text), neither bold nor italic.
func Style(class string) (c Color, bold, italic bool) {
	if class != "" {
		for _, e := range palette {
			if chroma.StandardTypes[e.typ] == class {
				return e.color, e.bold, e.italic
			}
		}
	}
	return foreground, false, false
}

// CSS returns the stylesheet rules of code blocks for the EPUB: the shaded
// pre and one rule per class, scoped to pre.
func CSS() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "pre { background-color: %s; color: %s; }\n", background.Hex(), foreground.Hex())
	for _, class := range Classes() {
		c, bold, italic := Style(class)
		fmt.Fprintf(&sb, "pre .%s { color: %s;", class, c.Hex())
		if bold {
			sb.WriteString(" font-weight: bold;")
		}
		if italic {
			sb.WriteString(" font-style: italic;")
		}
		sb.WriteString(" }\n")
	}
	return sb.String()
}
