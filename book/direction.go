package book

import (
	"fmt"
	"strings"

	"github.com/quire-books/quire/fontset"
)

// The direction a book's text is written in: book.yaml's `direction`
// (Pandoc's `dir`, mdBook's `text-direction`). Both editions take it from
// Metadata.RTL, the one place that decides it.

// Directions Metadata.Direction holds.
const (
	LTR = "ltr" // left to right
	RTL = "rtl" // right to left
)

// directions are the values the direction setting takes; auto (the
// default) follows the book's language.
var directions = []string{LTR, RTL, "auto"}

// RTL reports whether the book is written right to left: as its
// direction says, or else as its language is (Arabic, Hebrew, Persian,
// Urdu, or any tag whose script is Arab, Hebr, Thaa, Syrc, Nkoo…).
func (m Metadata) RTL() bool {
	switch m.Direction {
	case RTL:
		return true
	case LTR:
		return false
	}
	return LanguageRTL(m.Language)
}

// LanguageRTL reports whether a language (a BCP 47 tag) is written right
// to left: whether its script is, the one the tag names (ku-Arab) or else
// the one the language is most likely written in.
func LanguageRTL(tag string) bool { return fontset.RTL(tag) }

// Dir is the book's direction as an HTML dir attribute: "rtl" or "ltr".
func (m Metadata) Dir() string {
	if m.RTL() {
		return RTL
	}
	return LTR
}

// parseDirection reads a direction setting: "ltr" or "rtl" as given,
// "" for auto; ok is false for any other value, and msg then says why.
func parseDirection(key, value string) (dir string, msg string, ok bool) {
	v := strings.ToLower(strings.TrimSpace(value))
	switch v {
	case LTR, RTL:
		return v, "", true
	case "auto", "":
		return "", "", true
	}
	return "", fmt.Sprintf("%s %q is not ltr, rtl or auto%s", key, value, directionHint(v)), false
}

// directionHint is the did-you-mean of a wrong direction: a value that
// begins as right-to-left (rlt, right) or left to right does mean
// that direction; others get the nearest value, if one is near.
func directionHint(v string) string {
	switch {
	case strings.HasPrefix(v, "r"):
		return fmt.Sprintf("; did you mean %q?", RTL)
	case strings.HasPrefix(v, "l"):
		return fmt.Sprintf("; did you mean %q?", LTR)
	}
	return suggest(v, directions)
}

// decodeDirection reads book.yaml's direction (or Pandoc's dir) key.
func decodeDirection(y *yamlDoc, e yamlEntry) string {
	s, ok := y.scalar(e.Value, e.Key)
	if !ok {
		return ""
	}
	dir, msg, ok := parseDirection(e.Key, s)
	if !ok {
		y.d.errorf(y.pos(e.Value), "%s", msg)
	}
	return dir
}
