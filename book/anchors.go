package book

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// This file gives every heading the names other tools would give it, so
// that books written for GitHub, mdBook and Pandoc keep their links:
// GitHub's (github-slugger), mdBook's (id_from_content) and Pandoc's
// (auto_identifiers and gfm_auto_identifiers). They are link names only:
// the EPUB keeps one id per heading, Quire's anchor.

// GitHubSlug is the id GitHub gives a heading whose text content is s,
// before duplicates are numbered (github-slugger's slug): lower case,
// every character removed that is not a letter, mark, decimal or letter
// number, connector punctuation, space or '-', each space then a '-'.
func GitHubSlug(s string) string {
	var sb strings.Builder
	for _, r := range lowerFull(s, true) {
		switch {
		case r == ' ':
			sb.WriteByte('-')
		case githubKeeps(r):
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// githubKeeps reports whether github-slugger keeps r: it strips other
// numbers, punctuation but '_'-like connectors and '-', symbols, controls,
// format and private-use characters and separators, except the symbols
// Unicode counts as alphabetic (Ⓐ).
func githubKeeps(r rune) bool {
	return r == '-' || unicode.In(r, unicode.L, unicode.M, unicode.Nd, unicode.Nl, unicode.Pc, unicode.Other_Alphabetic)
}

// MdBookID is the id mdBook gives a heading whose text is s, before
// duplicates are numbered (id_from_content): trimmed and lower-cased,
// alphanumerics, '_' and '-' kept, whitespace to '-', the rest dropped;
// "section" when nothing is left.
func MdBookID(s string) string {
	var sb strings.Builder
	for _, r := range lowerFull(strings.TrimSpace(s), true) {
		switch {
		case r == '_' || r == '-' || unicode.In(r, unicode.L, unicode.N, unicode.Other_Alphabetic):
			sb.WriteRune(r)
		case unicode.IsSpace(r):
			sb.WriteByte('-')
		}
	}
	if sb.Len() == 0 {
		return "section"
	}
	return sb.String()
}

// PandocID is the identifier Pandoc's auto_identifiers extension gives a
// heading whose text is s, before duplicates are numbered: lower case,
// letters, numbers, '_', '-' and '.' kept, words joined by '-', everything
// before the first letter dropped; "section" when nothing is left.
func PandocID(s string) string {
	var sb strings.Builder
	for _, r := range lowerFull(s, false) {
		if haskellSpace(r) || r == '_' || r == '-' || r == '.' || unicode.In(r, unicode.L, unicode.N) {
			sb.WriteRune(r)
		}
	}
	id := strings.Join(strings.FieldsFunc(sb.String(), haskellSpace), "-")
	id = strings.TrimLeftFunc(id, func(r rune) bool { return !unicode.IsLetter(r) })
	if id == "" {
		return "section"
	}
	return id
}

// PandocGFMID is the identifier Pandoc's gfm_auto_identifiers extension
// gives a heading whose text is s, before duplicates are numbered: lower
// case, letters, numbers, marks, connector punctuation, '_' and '-' kept,
// each space a '-'; "section" when nothing is left.
func PandocGFMID(s string) string {
	var sb strings.Builder
	for _, r := range lowerFull(s, false) {
		switch {
		case haskellSpace(r):
			sb.WriteByte('-')
		case r == '-' || unicode.In(r, unicode.L, unicode.N, unicode.M, unicode.Pc):
			sb.WriteRune(r)
		}
	}
	if sb.Len() == 0 {
		return "section"
	}
	return sb.String()
}

// haskellSpace is Haskell's isSpace, which Pandoc splits words with:
// tab to carriage return, space, no-break space and the other Unicode
// space separators.
func haskellSpace(r rune) bool {
	return r == ' ' || (r >= '\t' && r <= '\r') || r == 0xa0 || (r > 0xff && unicode.Is(unicode.Zs, r))
}

// lowerFull lower-cases s with Unicode's full mappings, as JavaScript,
// Rust and Haskell's text do and Go's simple mapping does not: 'İ' becomes
// "i̇"; with finalSigma (JavaScript, Rust), a 'Σ' ending a word becomes
// 'ς'.
func lowerFull(s string, finalSigma bool) string {
	var sb strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r == 'İ':
			sb.WriteString("i\u0307")
		case r == 'Σ' && finalSigma && i > 0 && unicode.IsLetter(rs[i-1]) && (i+1 == len(rs) || !unicode.IsLetter(rs[i+1])):
			sb.WriteRune('ς')
		default:
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String()
}

// githubSlugger numbers repeated slugs the way github-slugger does: the
// second "a" is "a-1", and a later "a-1" becomes "a-1-1".
type githubSlugger struct{ occurrences map[string]int }

func (g *githubSlugger) unique(slug string) string {
	if g.occurrences == nil {
		g.occurrences = map[string]int{}
	}
	result := slug
	for {
		if _, seen := g.occurrences[result]; !seen {
			break
		}
		g.occurrences[slug]++
		result = slug + "-" + strconv.Itoa(g.occurrences[slug])
	}
	g.occurrences[result] = 0
	return result
}

// idSet numbers repeated ids the way Pandoc's Markdown reader and mdBook
// do: the first of id, id-1, id-2… that is not used yet.
type idSet struct{ used map[string]bool }

func (s *idSet) unique(id string) string {
	if s.used == nil {
		s.used = map[string]bool{}
	}
	out := id
	for i := 1; s.used[out]; i++ {
		out = id + "-" + strconv.Itoa(i)
	}
	s.used[out] = true
	return out
}

// take marks an explicit id as used.
func (s *idSet) take(id string) {
	if s.used == nil {
		s.used = map[string]bool{}
	}
	s.used[id] = true
}

// pandocIDs are the ids Pandoc has given so far: per file for a book of
// another kind, book-wide for a Pandoc-style book (Pandoc reads all its
// files as one document).
type pandocIDs struct{ auto, gfm idSet }

// slugSchemes numbers one file's headings in each scheme.
type slugSchemes struct {
	github githubSlugger
	mdbook idSet
	pandoc *pandocIDs
}

// naturalNames are the names other tools give the heading h, whose
// explicit id (when it has one) is explicit: GitHub's, mdBook's and
// Pandoc's two, each numbered among the file's headings (the book's, for
// Pandoc in a Pandoc-style book). Pandoc's Markdown reader makes both of
// its ids from the text after smart punctuation ("--" an en dash).
func (s *slugSchemes) naturalNames(h *ast.Heading, src []byte, explicit string) []string {
	plain, smart := anchorText(h, src, false), anchorText(h, src, true)
	if explicit != "" {
		s.mdbook.take(explicit)
		s.pandoc.auto.take(explicit)
		s.pandoc.gfm.take(explicit)
		return []string{s.github.unique(GitHubSlug(plain))}
	}
	return []string{
		s.github.unique(GitHubSlug(plain)),
		s.mdbook.unique(MdBookID(plain)),
		s.pandoc.auto.unique(PandocID(smart)),
		s.pandoc.gfm.unique(PandocGFMID(smart)),
	}
}

// anchorText is a heading's text as a browser shows it, the text the
// other tools make ids from: code spans' text included, raw HTML tags,
// images and footnote references left out, escapes and character
// references resolved, spacing kept. With smart, quotes and dashes are
// typographic (Pandoc's Markdown); without, as the author typed them.
func anchorText(n ast.Node, src []byte, smart bool) string {
	var sb strings.Builder
	writeAnchorText(&sb, n, src, smart, false)
	return sb.String()
}

// typed undoes the typographer: the characters the author typed for
// each substitution.
var typed = map[string]string{
	"\u2013": "--", "\u2014": "---", "\u2026": "...",
	"\u2018": "'", "\u2019": "'", "\u201c": `"`, "\u201d": `"`,
	"\u00ab": "<<", "\u00bb": ">>",
}

func writeAnchorText(sb *strings.Builder, n ast.Node, src []byte, smart, code bool) {
	switch t := n.(type) {
	case *ast.Text:
		v := t.Value(src)
		if !code {
			v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
		}
		sb.Write(v)
		if t.SoftLineBreak() || t.HardLineBreak() {
			sb.WriteByte('\n')
		}
		return
	case *ast.String:
		if s, ok := typed[string(t.Value)]; ok && !smart && t.IsCode() {
			sb.WriteString(s)
		} else {
			sb.Write(t.Value)
		}
		return
	case *ast.CodeSpan:
		code = true
	case *ast.RawHTML, *ast.Image, *east.FootnoteLink:
		return
	case *ast.AutoLink:
		sb.Write(t.Label(src))
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		writeAnchorText(sb, c, src, smart, code)
	}
}
