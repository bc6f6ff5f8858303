package book

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldASCII removes combining marks after canonical decomposition, so
// "António" becomes "Antonio"; letters without an ASCII base stay as they are.
func foldASCII(s string) string {
	var sb strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		sb.WriteRune(r)
	}
	return norm.NFC.String(sb.String())
}
