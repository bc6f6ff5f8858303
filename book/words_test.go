package book

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/l10n"
)

// TestGeneratedWordsDiagnostics checks what book.yaml's language and
// strings: section are told: one warning for a language Quire has no words
// for, and warnings for keys and texts it cannot use.
func TestGeneratedWordsDiagnostics(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string // the diagnostics, in full
	}{
		{"known language", "title: T\nauthors: [A]\nlanguage: ru\n", nil},
		{"fallback by script", "title: T\nauthors: [A]\nlanguage: zh-TW\n", nil},
		{"unknown language", "title: T\nauthors: [A]\nlanguage: sw\n",
			[]string{`book.yaml:3:11: warning: no generated words for language "sw": Quire prints them in English; set them in a strings: section`}},
		{"unknown language with strings", "title: T\nauthors: [A]\nlanguage: sr-Latn\nstrings:\n  contents: Sadržaj\n",
			[]string{`book.yaml:3:11: warning: no generated words for language "sr-Latn": Quire prints them in English; set them in a strings: section`}},
		{"unknown key", "title: T\nauthors: [A]\nlanguage: en\nstrings:\n  contens: Inside\n",
			[]string{`book.yaml:5:3: warning: unknown key "contens" in strings; did you mean "contents"?`}},
		{"missing placeholder", "title: T\nauthors: [A]\nlanguage: en\nstrings:\n  note.backlink: Back\n",
			[]string{`book.yaml:5:18: warning: the text of note.backlink needs {n}, where Quire puts the number: Quire keeps its own`}},
		{"empty text", "title: T\nauthors: [A]\nlanguage: en\nstrings:\n  cover: \"\"\n",
			[]string{`book.yaml:5:10: warning: the text of cover is empty: Quire keeps its own`}},
		{"not a mapping", "title: T\nauthors: [A]\nlanguage: en\nstrings: [a]\n", []string{"book.yaml:4:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ds := Load(fstest.MapFS{
				"book.yaml": {Data: []byte(tt.yaml)},
				"ch.md":     {Data: []byte("# Ch\n\nText.\n")},
			})
			var got []string
			for _, d := range ds {
				if !strings.Contains(d.Message, "hyphenation") { // another concern's
					got = append(got, d.String())
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tt.want[i]) {
					t.Errorf("diagnostic %d:\n got %s\nwant %s", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestMetadataWords checks that a book's words are its language's
// catalogue under its strings: section.
func TestMetadataWords(t *testing.T) {
	tests := []struct {
		name, yaml, key, want string
	}{
		{"English", "language: en\n", l10n.Contents, "Contents"},
		{"Russian", "language: ru\n", l10n.Contents, "Содержание"},
		{"Taiwan", "language: zh-TW\n", l10n.Contents, "目錄"},
		{"no catalogue", "language: sw\n", l10n.Contents, "Contents"},
		{"override", "language: ru\nstrings:\n  contents: Оглавление\n", l10n.Contents, "Оглавление"},
		{"override leaves the rest", "language: ru\nstrings:\n  contents: Оглавление\n", l10n.Cover, "Обложка"},
		{"alert", "language: de\nstrings:\n  alert.tip: Tipp!\n", l10n.AlertTip, "Tipp!"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, ds := Load(fstest.MapFS{
				"book.yaml": {Data: []byte("title: T\nauthors: [A]\n" + tt.yaml)},
				"ch.md":     {Data: []byte("# Ch\n\nText.\n")},
			})
			if ds.HasErrors() {
				t.Fatal(ds)
			}
			if got := b.Meta.Words().Get(tt.key); got != tt.want {
				t.Errorf("%s = %q, want %q", tt.key, got, tt.want)
			}
		})
	}
}

func TestAlertLabel(t *testing.T) {
	tests := []struct{ kind, lang, want string }{
		{AlertNote, "en", "Note"},
		{AlertCaution, "de-CH", "Vorsicht"},
		{AlertWarning, "ru", "Предупреждение"},
		{AlertTip, "zh-Hant", "提示"},
		{AlertImportant, "xx", "Important"},
		{"nonsense", "en", ""},
	}
	for _, tt := range tests {
		if got := AlertLabel(tt.kind, l10n.For(tt.lang, nil)); got != tt.want {
			t.Errorf("AlertLabel(%q, %q) = %q, want %q", tt.kind, tt.lang, got, tt.want)
		}
	}
}
