// Package l10n holds the words Quire itself writes into a book (the
// navigation's titles, landmark labels, note back-links, alert labels,
// contributor credits…) in the languages it knows, as one catalogue file
// per language under catalog/, and picks the catalogue for a book's BCP 47
// language tag.
//
// Both editions take their words from one Words value, so that the EPUB and
// the PDF never word the same thing differently.
package l10n

import "strings"

// The catalogue keys: every word Quire writes into either edition.
const (
	Contents      = "contents"      // nav title, TOC landmark, printed contents heading and running head
	Landmarks     = "landmarks"     // title of the nav's landmarks list
	Cover         = "cover"         // cover page title and landmark
	TitlePage     = "title-page"    // title page landmark
	Start         = "start"         // landmark of the first page of the body
	Pages         = "pages"         // title of the list of printed pages
	NoteBacklink  = "note.backlink" // accessible name of a note's link back, with {n}
	AlertNote     = "alert.note"
	AlertTip      = "alert.tip"
	AlertImp      = "alert.important"
	AlertWarning  = "alert.warning"
	AlertCaution  = "alert.caution"
	EditedBy      = "role.edt" // title page credit of an editor, with {name}
	TranslatedBy  = "role.trl" // … of a translator, with {name}
	IllustratedBy = "role.ill" // … of an illustrator, with {name}
)

// Keys lists every catalogue key, in the order of the catalogue files.
var Keys = []string{Contents, Landmarks, Cover, TitlePage, Start, Pages, NoteBacklink,
	AlertNote, AlertTip, AlertImp, AlertWarning, AlertCaution, EditedBy, TranslatedBy, IllustratedBy}

// placeholders names the variable each key's text must contain, if any.
var placeholders = map[string]string{NoteBacklink: "{n}", EditedBy: "{name}", TranslatedBy: "{name}", IllustratedBy: "{name}"}

// Known reports whether key is a catalogue key.
func Known(key string) bool {
	for _, k := range Keys {
		if k == key {
			return true
		}
	}
	return false
}

// Check returns a description of what is wrong with text as the wording
// of key (a placeholder it lacks), or "".
func Check(key, text string) string {
	if strings.TrimSpace(text) == "" {
		return "the text of " + key + " is empty"
	}
	if p := placeholders[key]; p != "" && !strings.Contains(text, p) {
		return "the text of " + key + " needs " + p + ", where Quire puts the " + map[string]string{"{n}": "number", "{name}": "name"}[p]
	}
	return ""
}

// Words are the generated words of one book: its language's catalogue
// (English for a language Quire has none for) under the book's own
// wordings. The zero value words everything in English.
type Words struct {
	cat  map[string]string
	over map[string]string
}

// For returns the words for a BCP 47 language tag, with overrides (the
// book's strings: section, keyed like the catalogue) taking precedence.
func For(lang string, overrides map[string]string) Words {
	cat, _ := lookup(lang)
	return Words{cat: cat, over: overrides}
}

// Get returns the text of key.
func (w Words) Get(key string) string {
	if s, ok := w.over[key]; ok {
		return s
	}
	if s, ok := w.cat[key]; ok {
		return s
	}
	return catalogues()["en"][key]
}

// Fill returns the text of key with its placeholder (e.g. {n}, {name})
// replaced by value.
func (w Words) Fill(key, value string) string {
	return strings.ReplaceAll(w.Get(key), placeholders[key], value)
}
