package book

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/text/language"
)

// Punctuation by language: the smart quotes "…" and '…' become, and the
// spaces French sets inside « » and before ; : ! ?. Apostrophes are ’ in
// every language; CJK punctuation is never touched.

// quotes are a language's quotation marks, from CLDR's delimiters
// (cldr-json, cldr-misc-full/main/<lang>/delimiters.json, CLDR 44–45):
// primary (for "…") and alternate (for '…'), opening and closing.
type quotes struct{ open, close, altOpen, altClose string }

// cldrQuotes are the quotation marks of the languages Quire knows, by
// CLDR locale: a language with a region or script of its own marks
// (pt-PT, fr-CH, zh-Hant) has an entry of its own.
var cldrQuotes = map[string]quotes{
	"en":      {"“", "”", "‘", "’"},
	"de":      {"„", "“", "‚", "‘"},
	"de-CH":   {"„", "“", "‚", "‘"},
	"fr":      {"«", "»", "«", "»"},
	"fr-CH":   {"«", "»", "‹", "›"},
	"es":      {"“", "”", "‘", "’"},
	"it":      {"«", "»", "“", "”"},
	"pt":      {"“", "”", "‘", "’"},
	"pt-PT":   {"«", "»", "“", "”"},
	"nl":      {"‘", "’", "‘", "’"},
	"sv":      {"”", "”", "’", "’"},
	"da":      {"“", "”", "‘", "’"},
	"nb":      {"«", "»", "‘", "’"},
	"nn":      {"«", "»", "‘", "’"},
	"no":      {"«", "»", "‘", "’"},
	"fi":      {"”", "”", "’", "’"},
	"pl":      {"„", "”", "«", "»"},
	"cs":      {"„", "“", "‚", "‘"},
	"sk":      {"„", "“", "‚", "‘"},
	"sl":      {"„", "“", "‚", "‘"},
	"hr":      {"„", "“", "‚", "‘"},
	"ru":      {"«", "»", "„", "“"},
	"uk":      {"«", "»", "„", "“"},
	"bg":      {"„", "“", "„", "“"},
	"el":      {"«", "»", "“", "”"},
	"tr":      {"“", "”", "‘", "’"},
	"hu":      {"„", "”", "»", "«"},
	"ro":      {"„", "”", "«", "»"},
	"ar":      {"”", "“", "’", "‘"},
	"he":      {"”", "”", "’", "’"},
	"fa":      {"«", "»", "‹", "›"},
	"ur":      {"”", "“", "’", "‘"},
	"hi":      {"“", "”", "‘", "’"},
	"bn":      {"“", "”", "‘", "’"},
	"ta":      {"“", "”", "‘", "’"},
	"zh":      {"“", "”", "‘", "’"},
	"zh-Hant": {"「", "」", "『", "』"},
	"ja":      {"「", "」", "『", "』"},
	"ko":      {"“", "”", "‘", "’"},
	"vi":      {"“", "”", "‘", "’"},
	"id":      {"“", "”", "‘", "’"},
	"th":      {"“", "”", "‘", "’"},
}

// quotesFor returns the quotation marks of a BCP 47 tag: its language with
// its script or region when CLDR gives those marks of their own (zh-TW and
// zh-HK are zh-Hant), else its language's, else English's.
func quotesFor(tag string) quotes {
	t, err := language.Parse(tag)
	if err != nil {
		return cldrQuotes["en"]
	}
	base, _ := t.Base()
	script, _ := t.Script()
	region, _ := t.Region()
	for _, k := range []string{base.String() + "-" + script.String(), base.String() + "-" + region.String(), base.String()} {
		if q, ok := cldrQuotes[k]; ok {
			return q
		}
	}
	return cldrQuotes["en"]
}

// isFrench reports whether a tag is French, whose typography puts a
// no-break space inside « » and before ; : ! ?.
func isFrench(tag string) bool {
	t, err := language.Parse(tag)
	if err != nil {
		return false
	}
	base, _ := t.Base()
	return base.String() == "fr"
}

// Narrow and ordinary no-break spaces.
const (
	nnbsp = "\u202f"
	nbsp  = "\u00a0"
)

// typographer returns the smart-punctuation extension for a language: its
// quotation marks, French's spaces inside them.
func typographer(lang string) goldmark.Extender {
	q := quotesFor(lang)
	open, close := q.open, q.close
	altOpen, altClose := q.altOpen, q.altClose
	if isFrench(lang) {
		open, close = open+nnbsp, nnbsp+close
		if altOpen == "«" {
			altOpen, altClose = altOpen+nnbsp, nnbsp+altClose
		}
	}
	subs := map[extension.TypographicPunctuation]string{}
	for k, v := range smartPunctuation {
		subs[k] = v
	}
	subs[extension.LeftDoubleQuote], subs[extension.RightDoubleQuote] = open, close
	subs[extension.LeftSingleQuote], subs[extension.RightSingleQuote] = altOpen, altClose
	return extension.NewTypographer(extension.WithTypographicSubstitutions(subs))
}

// frenchExtension adds frenchSpacing to a parser.
type frenchExtension struct{}

func (frenchExtension) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(frenchSpacing{}, 950)))
}

// frenchSpacing is the AST transformer that sets French's spaces: a
// narrow no-break space before ; ! ? and inside « », an ordinary no-break
// space before :, in place of the space the author typed or, before ; ! ?
// right after a word, added. Code, URLs and raw HTML are left alone.
type frenchSpacing struct{}

func (frenchSpacing) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	var runs [][]*ast.Text // runs of sibling texts, each set as one
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindCodeSpan, ast.KindCodeBlock, ast.KindFencedCodeBlock, ast.KindHTMLBlock, ast.KindRawHTML, ast.KindAutoLink:
			return ast.WalkSkipChildren, nil
		case ast.KindText:
			t := n.(*ast.Text)
			if t.IsRaw() {
				return ast.WalkContinue, nil
			}
			if p, ok := t.PreviousSibling().(*ast.Text); ok && len(runs) > 0 && !p.SoftLineBreak() && !p.HardLineBreak() {
				if last := runs[len(runs)-1]; last[len(last)-1] == p {
					runs[len(runs)-1] = append(last, t)
					return ast.WalkContinue, nil
				}
			}
			runs = append(runs, []*ast.Text{t})
		}
		return ast.WalkContinue, nil
	})
	for _, run := range runs {
		var sb strings.Builder
		for _, t := range run {
			sb.Write(t.Segment.Value(src))
		}
		fixed, ok := frenchSpaces(sb.String(), prevRune(run[0], src))
		if !ok {
			continue
		}
		first := run[0]
		s := ast.NewString([]byte(fixed))
		first.Parent().InsertBefore(first.Parent(), first, s)
		// The texts keep their line-break flags; emptied, they print
		// nothing but the break.
		for _, t := range run {
			t.Segment = t.Segment.WithStart(t.Segment.Stop)
		}
	}
}

// prevRune is the character before a text node's text in its paragraph
// (its previous sibling's last), or 0.
func prevRune(t *ast.Text, src []byte) rune {
	switch p := t.PreviousSibling().(type) {
	case *ast.Text:
		if p.SoftLineBreak() || p.HardLineBreak() {
			return ' '
		}
		r, _ := utf8.DecodeLastRune(p.Segment.Value(src))
		return r
	case *ast.String:
		r, _ := utf8.DecodeLastRune(p.Value)
		return r
	}
	return 0
}

// frenchSpaces applies French spacing to s (prev is the character before
// it); ok says it changed.
func frenchSpaces(s string, prev rune) (string, bool) {
	if !strings.ContainsAny(s, ";:!?«»") {
		return s, false
	}
	var sb strings.Builder
	rs := []rune(s)
	changed := false
	for i, r := range rs {
		before := prev
		if i > 0 {
			before = rs[i-1]
		}
		switch {
		case r == ' ' && i+1 < len(rs) && (rs[i+1] == ';' || rs[i+1] == '!' || rs[i+1] == '?' || rs[i+1] == '»'):
			sb.WriteString(nnbsp)
			changed = true
			continue
		case r == ' ' && i+1 < len(rs) && rs[i+1] == ':':
			sb.WriteString(nbsp)
			changed = true
			continue
		case r == ' ' && before == '«':
			sb.WriteString(nnbsp)
			changed = true
			continue
		case (r == ';' || r == '!' || r == '?') && wordEnd(before) && !followedByWord(rs, i):
			sb.WriteString(nnbsp)
			changed = true
		}
		sb.WriteRune(r)
	}
	return sb.String(), changed
}

// wordEnd reports whether r can end a word before which French sets a
// space: a letter, a closing quote or bracket.
func wordEnd(r rune) bool {
	return unicode.IsLetter(r) || r == '»' || r == '”' || r == '’' || r == ')'
}

// followedByWord reports whether the punctuation at i runs on into a word
// ("?q=1", "x!y"): then it is not a sentence's, and gets no space.
func followedByWord(rs []rune, i int) bool {
	return i+1 < len(rs) && (unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1]))
}
