package l10n

import (
	"slices"
	"strings"
	"testing"
)

// languages are the catalogues Quire promises.
var languages = []string{"en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl",
	"cs", "sk", "sl", "hr", "ru", "uk", "bg", "el", "tr", "hu", "ro", "ar", "he", "fa", "ur", "hi",
	"bn", "ta", "zh-Hans", "zh-Hant", "ja", "ko", "vi", "id", "th"}

func TestCataloguesComplete(t *testing.T) {
	cats, err := readAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range languages {
		if _, ok := cats[lang]; !ok {
			t.Errorf("no catalogue for %s", lang)
		}
	}
	for tag, cat := range cats {
		for _, k := range Keys {
			v, ok := cat[k]
			switch {
			case !ok:
				t.Errorf("catalog/%s.txt: missing %s", tag, k)
			case Check(k, v) != "":
				t.Errorf("catalog/%s.txt: %s", tag, Check(k, v))
			}
		}
		for k := range cat {
			if !Known(k) {
				t.Errorf("catalog/%s.txt: unknown key %s", tag, k)
			}
		}
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		name, lang, want string
		ok               bool
	}{
		{"exact", "fr", "fr", true},
		{"case", "EN-us", "en", true},
		{"region to language", "pt-BR", "pt", true},
		{"region to language de", "de-AT", "de", true},
		{"bare zh is simplified", "zh", "zh-Hans", true},
		{"zh-CN", "zh-CN", "zh-Hans", true},
		{"zh-SG", "zh-SG", "zh-Hans", true},
		{"zh-Hans", "zh-Hans", "zh-Hans", true},
		{"zh-Hans-HK: explicit script wins", "zh-Hans-HK", "zh-Hans", true},
		{"zh-TW", "zh-TW", "zh-Hant", true},
		{"zh-HK", "zh-HK", "zh-Hant", true},
		{"zh-MO", "zh-MO", "zh-Hant", true},
		{"zh-Hant-TW", "zh-Hant-TW", "zh-Hant", true},
		{"legacy iw is Hebrew", "iw", "he", true},
		{"Norwegian is Bokmål", "no", "nb", true},
		{"nb-NO", "nb-NO", "nb", true},
		{"ar-EG", "ar-EG", "ar", true},
		{"sr-Latn has none", "sr-Latn", "en", false},
		{"Cantonese has none", "yue", "en", false},
		{"unknown language", "xx", "en", false},
		{"undetermined", "und", "en", false},
		{"not a tag", "not a tag!", "en", false},
		{"empty", "", "en", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Match(tt.lang)
			if got != tt.want || ok != tt.ok {
				t.Errorf("Match(%q) = %q, %v; want %q, %v", tt.lang, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		name      string
		lang      string
		over      map[string]string
		key, fill string
		want      string
	}{
		{"catalogue", "ru", nil, Contents, "", "Содержание"},
		{"fallback to English", "xx", nil, Contents, "", "Contents"},
		{"override", "ru", map[string]string{Contents: "Оглавление"}, Contents, "", "Оглавление"},
		{"override of another key leaves this one", "de", map[string]string{Cover: "Cover"}, Contents, "", "Inhalt"},
		{"fill number", "en", nil, NoteBacklink, "3", "Back to reference 3"},
		{"fill name before", "ja", nil, TranslatedBy, "山田", "山田 訳"},
		{"fill overridden", "en", map[string]string{EditedBy: "Ed. {name}"}, EditedBy, "Ann", "Ed. Ann"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := For(tt.lang, tt.over)
			got := w.Get(tt.key)
			if tt.fill != "" {
				got = w.Fill(tt.key, tt.fill)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if got := (Words{}).Get(Landmarks); got != "Landmarks" {
		t.Errorf("zero Words: got %q", got)
	}
}

func TestParse(t *testing.T) {
	tests := []struct{ name, text, err string }{
		{"ok", "# c\n\na = b\n", ""},
		{"no equals", "a b\n", "x.txt:1:1"},
		{"empty value", "\na =\n", "x.txt:2:1"},
		{"twice", "a = b\na = c\n", "set twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse("x.txt", tt.text)
			if (err == nil) != (tt.err == "") || (err != nil && !strings.Contains(err.Error(), tt.err)) {
				t.Errorf("parse: %v, want %q", err, tt.err)
			}
		})
	}
}

func TestKeysUnique(t *testing.T) {
	s := slices.Clone(Keys)
	slices.Sort(s)
	if len(slices.Compact(s)) != len(Keys) {
		t.Error("Keys has duplicates")
	}
}
