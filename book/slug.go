package book

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Slugify turns text into an anchor or file-name friendly slug that keeps
// every letter and digit of every script: "Café au lait" gives "café-au-lait",
// "China’s Diplomacy" gives "chinas-diplomacy". Runs of other characters
// become one hyphen; apostrophes vanish. It returns "" when nothing is left.
func Slugify(s string) string {
	var sb strings.Builder
	pendingDash := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
			if pendingDash && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			pendingDash = false
			sb.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '\u2019' || r == '\u02bc':
			// "China’s" -> "chinas"
		case r == '_' && sb.Len() > 0:
			if pendingDash {
				sb.WriteByte('-')
			}
			pendingDash = false
			sb.WriteByte('_')
		default:
			pendingDash = true
		}
	}
	return sb.String()
}

// anchors is the one book-wide namespace of ids: heading anchors, part and
// chapter anchors and footnote ids all come from it, so none collide.
type anchors struct {
	used map[string]bool
	next map[string]int // the next suffix to try for a base, so repeats stay linear
}

func newAnchors() *anchors { return &anchors{used: map[string]bool{}, next: map[string]int{}} }

// take reserves id exactly; it reports false when id is already taken.
func (a *anchors) take(id string) bool {
	if a.used[id] {
		return false
	}
	a.used[id] = true
	return true
}

// generate returns a fresh id made from text (fallback when text has no
// letters or digits), adding -1, -2… when the slug is taken.
func (a *anchors) generate(text, fallback string) string {
	base := Slugify(text)
	if base == "" {
		base = fallback
	}
	if a.take(base) {
		return base
	}
	for i := max(a.next[base], 1); ; i++ {
		id := base + "-" + strconv.Itoa(i)
		if a.take(id) {
			a.next[base] = i + 1
			return id
		}
	}
}

func noteID(chapterID string, index int) string {
	return "fn-" + chapterID + "-" + strconv.Itoa(index)
}

func noteRefID(chapterID string, index int) string {
	return "fnref-" + chapterID + "-" + strconv.Itoa(index)
}

// fileID turns a file's base name into an output name that is also a valid
// XML name (NCName): the letters, marks and digits of every script, '-',
// '_' and '.', starting with a letter ("café" stays "café", "κεφάλαιο"
// and "अध्याय" keep their accents and vowel signs). The name is put in
// NFC, so that it is one string whatever the file system gave.
func fileID(base string) string {
	var sb strings.Builder
	for _, r := range norm.NFC.String(base) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || r == '-' || r == '_' || r == '.':
			sb.WriteRune(r)
		default:
			sb.WriteByte('-')
		}
	}
	id := strings.Trim(sb.String(), "-.")
	if first, _ := utf8.DecodeRuneInString(id); id == "" || !unicode.IsLetter(first) {
		id = "ch-" + id
	}
	return strings.TrimRight(id, "-")
}
