package shape

import (
	"cmp"
	"io"
	"log"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/fontscan"
	"github.com/go-text/typesetting/language"
)

// System is the fonts installed on the machine, in the fontconfig
// locations (/usr/share/fonts, /usr/local/share/fonts, ~/.local/share/fonts,
// ~/.fonts…), read without cgo. The folders are scanned once, on the first
// search, and an index is kept in the user's cache folder (as fontconfig
// does) so that later runs only check it. Safe for concurrent use.
type System struct {
	// CacheDir is where the index is kept; "" for the user's cache folder.
	CacheDir string

	once sync.Once
	fps  []fontscan.Footprint

	mu     sync.Mutex
	loaded map[fontscan.Location]*Font
	bad    map[fontscan.Location]bool
}

// scan reads the index of the system's fonts.
func (s *System) scan() {
	s.once.Do(func() {
		fps, err := fontscan.SystemFonts(log.New(io.Discard, "", 0), s.CacheDir)
		if err != nil {
			return
		}
		// Deterministic order, whatever the order of the scan.
		slices.SortFunc(fps, func(a, b fontscan.Footprint) int {
			return cmp.Or(strings.Compare(a.Location.File, b.Location.File), cmp.Compare(a.Location.Index, b.Location.Index))
		})
		s.fps = fps
	})
}

// Find returns an installed font that draws r with an outline, the most
// like sp: of the same kind (serif, sans or mono), naming r's script (or
// the language's region, for Chinese, Japanese and Korean), of the same
// slant and the nearest weight. sc is the script of the text around r
// (a danda in Devanagari text comes from a Devanagari font). Nil when no
// installed font has r.
func (s *System) Find(r rune, sp Spec, lang string, sc language.Script) *Font {
	s.scan()
	type cand struct {
		i     int
		score int
	}
	var cands []cand
	if sc == language.Common || sc == language.Inherited || sc == language.Unknown {
		sc = language.LookupScript(r)
	}
	if sc == language.Common || sc == language.Inherited || sc == language.Unknown {
		sc = langScript(lang) // a danda in a Hindi book: from a Devanagari font
	}
	script := strings.ToLower(sc.String())
	region := cjkRegion(lang)
	for i := range s.fps {
		fp := &s.fps[i]
		if !fp.Runes.Contains(r) {
			continue
		}
		fam := strings.ToLower(fp.Family)
		score := 0
		mono := strings.Contains(fam, "mono")
		sans := !mono && strings.Contains(fam, "sans")
		if mono == sp.Mono && (mono || sans == sp.Sans) {
			score += 16
		}
		if script != "" && strings.Contains(strings.ReplaceAll(fam, " ", ""), script) {
			score += 8
		}
		if region != "" && strings.HasSuffix(strings.ReplaceAll(fam, " ", ""), "cjk"+region) {
			score += 8
		}
		switch {
		case !sp.Sans && !sp.Mono && (strings.Contains(fam, "serif") || strings.Contains(fam, "naskh")):
			score += 2 // says it is a serif (Naskh: the Arabic style that goes with one)
		case sp.Sans && sans:
			score += 2
		}
		for _, w := range specialStyles {
			if strings.Contains(fam, w) {
				score -= 4
			}
		}
		if (fp.Aspect.Style == font.StyleItalic) == sp.Italic {
			score += 4
		}
		want := font.WeightNormal
		if sp.Bold {
			want = font.WeightBold
		}
		d := float32(fp.Aspect.Weight - want)
		if d < 0 {
			d = -d
		}
		score -= int(d / 100)
		cands = append(cands, cand{i, score})
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return cmp.Compare(b.score, a.score) })
	for _, c := range cands {
		if f := s.load(s.fps[c.i].Location); f != nil && f.drawsWithOutline(r) {
			return f
		}
	}
	return nil
}

// specialStyles are words of family names of faces for display or special
// uses, passed over for running text when a plainer face has the
// character.
var specialStyles = []string{"display", " ui", "rashi", "kufi", "looped", "unjoined", "slanted", "condensed", "extralight", "math"}

// load reads and parses one installed font, once.
func (s *System) load(loc fontscan.Location) *Font {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f, ok := s.loaded[loc]; ok {
		return f
	}
	if s.bad[loc] {
		return nil
	}
	if s.loaded == nil {
		s.loaded, s.bad = map[fontscan.Location]*Font{}, map[fontscan.Location]bool{}
	}
	data, err := os.ReadFile(loc.File)
	var f *Font
	if err == nil {
		f, err = Load(data, int(loc.Index), loc.File)
	}
	if err != nil {
		s.bad[loc] = true
		return nil
	}
	s.loaded[loc] = f
	return f
}

// drawsWithOutline reports whether the font has r. Every font Load takes
// has outlines (a colour-bitmap font such as Noto Color Emoji has none, and
// is refused): a PDF font can carry them.
func (f *Font) drawsWithOutline(r rune) bool { return f.Has(r) }

// langScript is the script a language is usually written in, for the
// characters several scripts share; Unknown when it is not known here.
func langScript(lang string) language.Script {
	l, _, _ := strings.Cut(strings.ToLower(lang), "-")
	for _, e := range langScripts {
		for _, code := range strings.Fields(e.langs) {
			if code == l {
				return e.sc
			}
		}
	}
	return language.Unknown
}

var langScripts = []struct {
	langs string
	sc    language.Script
}{
	{"hi mr ne sa kok mai bho", language.Devanagari},
	{"bn as", language.Bengali},
	{"pa", language.Gurmukhi},
	{"gu", language.Gujarati},
	{"or", language.Oriya},
	{"ta", language.Tamil},
	{"te", language.Telugu},
	{"kn", language.Kannada},
	{"ml", language.Malayalam},
	{"si", language.Sinhala},
	{"th", language.Thai},
	{"lo", language.Lao},
	{"km", language.Khmer},
	{"my", language.Myanmar},
	{"bo dz", language.Tibetan},
	{"ar fa ur ps sd ug ckb", language.Arabic},
	{"he yi", language.Hebrew},
	{"el", language.Greek},
	{"ru uk be bg sr mk kk ky tg mn", language.Cyrillic},
	{"hy", language.Armenian},
	{"ka", language.Georgian},
	{"am ti", language.Ethiopic},
	{"zh ja", language.Han},
	{"ko", language.Hangul},
}

// cjkRegion is the suffix of the Noto/Source CJK family for a language:
// "sc", "tc", "hk", "jp" or "kr"; "" for other languages.
func cjkRegion(lang string) string {
	l := strings.ToLower(lang)
	switch {
	case strings.HasPrefix(l, "ja"):
		return "jp"
	case strings.HasPrefix(l, "ko"):
		return "kr"
	case strings.HasPrefix(l, "zh"):
		switch {
		case strings.Contains(l, "hant") && strings.Contains(l, "hk"), strings.HasSuffix(l, "-hk"), strings.HasSuffix(l, "-mo"):
			return "hk"
		case strings.Contains(l, "hant"), strings.HasSuffix(l, "-tw"):
			return "tc"
		}
		return "sc"
	}
	return ""
}
