package l10n

import (
	"strings"

	"golang.org/x/text/language"
)

// aliases map languages without a catalogue of their own to the one their
// readers read: Norwegian to Bokmål.
var aliases = map[string]string{"no": "nb"}

// Match returns the catalogue tag for a BCP 47 language tag, and false when
// Quire has no catalogue for the language (the words are then English).
// It tries the exact tag, then the language with its script (written or
// likely: zh-TW and zh-HK are zh-Hant, zh and zh-SG are zh-Hans), then the
// language alone (pt-BR is pt).
func Match(lang string) (string, bool) {
	for _, c := range candidates(lang) {
		if _, ok := catalogues()[c]; ok {
			return c, true
		}
	}
	return "en", false
}

// Has reports whether Quire has a catalogue for lang.
func Has(lang string) bool {
	_, ok := Match(lang)
	return ok
}

// candidates lists the catalogue tags to try for lang, best first.
func candidates(lang string) []string {
	tag, err := language.Parse(strings.TrimSpace(lang))
	if err != nil {
		return nil
	}
	base, conf := tag.Base()
	if conf < language.High {
		return nil // und, private use: no language to go by
	}
	b := base.String()
	if a, ok := aliases[b]; ok {
		b = a
	}
	out := []string{tag.String()}
	if script, c := tag.Script(); c != language.No {
		out = append(out, b+"-"+script.String())
	}
	return append(out, b)
}

// lookup returns the catalogue for lang (English when Quire has none).
func lookup(lang string) (map[string]string, bool) {
	tag, ok := Match(lang)
	return catalogues()[tag], ok
}
