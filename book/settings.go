package book

import "strings"

// Setting is one key book.yaml takes (or a one-file book's front matter,
// or --set), described for the people who write it. The table of them,
// SettingTable, is the one list of keys: the unknown-key warnings, the
// settings `quire build --help` lists (Settings) and the manual's settings
// reference (internal/docgen) all come from it.
type Setting struct {
	// Key is the name as written; a key of a section is dotted after the
	// section's (pdf.page-size).
	Key string
	// Aliases are other names the key is accepted under (Pandoc's,
	// mostly): they mean the same, and no warning is given for them.
	Aliases []string
	// Type is the value the key takes, in words.
	Type string
	// Default is what a book that leaves the key out gets, in words; ""
	// for a required key.
	Default string
	// Required keys must be given: a book without one is an error.
	Required bool
	// Doc says what the key does, in one to three sentences, in Markdown.
	Doc string
}

// Section reports whether the setting is a section of nested settings
// (pdf), which --set does not take as a whole.
func (s Setting) Section() bool {
	for _, t := range settingTable {
		if strings.HasPrefix(t.Key, s.Key+".") {
			return true
		}
	}
	return false
}

// SettingTable returns the settings book.yaml takes, a section's keys
// right after the section, in the order the manifest documents them.
func SettingTable() []Setting {
	out := make([]Setting, len(settingTable))
	copy(out, settingTable)
	for i := range out {
		out[i].Aliases = append([]string(nil), out[i].Aliases...)
	}
	return out
}

// settingTable is every setting. Its order is the order of Settings and
// of the reference; the facts in Doc follow decodeManifest, decodePDF and
// profileSettings, which must change with it.
var settingTable = []Setting{
	{
		Key: "title", Type: "text", Required: true,
		Doc: "The book's title, on the cover, the title page and in the EPUB's metadata. " +
			"Unless `slug` and `identifier` are given, the output files' name and the book's identifier are derived from it.",
	},
	{
		Key: "subtitle", Type: "text", Default: "none",
		Doc: "A subtitle, printed under the title on the cover and the title page, and in the EPUB's metadata.",
	},
	{
		Key: "authors", Aliases: []string{"author", "creator"}, Required: true,
		Type: "a name, or a list of names or of mappings {name, role, file-as}",
		Doc: "The book needs at least one author. " +
			"In the mapping form `role` is a MARC relator code (`aut`, the default; `edt`, `trl`, `ill`, …) and `file-as` the sort form of the name (\"Liu, Jinsong\"). " +
			"Editors, translators and illustrators are credited on the title page; every contributor appears in the EPUB's metadata with their role.",
	},
	{
		Key: "language", Aliases: []string{"lang"}, Required: true,
		Type: "a BCP 47 language tag (en, fr, pt-BR, zh-Hans…)",
		Doc: "The language decides the words Quire writes into the book (contents, note back-links, alert labels), the quotation marks, the hyphenation patterns and, unless `direction` says otherwise, the direction. " +
			"A language Quire has no words for gets English and a warning; one without hyphenation patterns is set without hyphenation, with a warning.",
	},
	{
		Key: "direction", Aliases: []string{"dir"}, Type: "ltr, rtl or auto",
		Default: "auto: right to left for a language written so (ar, he, fa, ur…, or a tag whose script is Arabic, Hebrew, Thaana…), left to right otherwise",
		Doc: "The direction the book's text is written in. " +
			"A right-to-left book is marked so in every EPUB document and its spine, and its PDF is set and bound on the right. " +
			"mdBook's book.toml calls it `text-direction`.",
	},
	{
		Key: "identifier", Type: "text, or Pandoc's list of {scheme, text}",
		Default: "a urn:uuid: derived from the title and the authors, the same on every build",
		Doc: "The book's unique identifier, such as `urn:isbn:…`. " +
			"An EPUB has one: of a list, only the first is used, with a warning.",
	},
	{
		Key: "publisher", Type: "text", Default: "none",
		Doc: "The publisher, in the EPUB's metadata.",
	},
	{
		Key: "date", Type: "a date: YYYY, YYYY-MM or YYYY-MM-DD", Default: "none",
		Doc: "The publication date, in the EPUB's metadata. " +
			"Any other form is an error (in a Pandoc metadata file, a warning, and the date is left out).",
	},
	{
		Key: "rights", Type: "text", Default: "none",
		Doc: "The copyright statement or licence, in the EPUB's metadata.",
	},
	{
		Key: "description", Aliases: []string{"abstract"}, Type: "text", Default: "none",
		Doc: "A short description of the book, in the EPUB's metadata.",
	},
	{
		Key: "subjects", Aliases: []string{"subject", "keywords"}, Type: "a list of text (one text is a list of one)", Default: "none",
		Doc: "The book's subjects or keywords, in the EPUB's metadata.",
	},
	{
		Key: "series", Type: "a mapping {name, position}", Default: "none",
		Doc: "The series the book belongs to: `name` is required and `position`, the book's place in the series, must be a number (`{name: \"…\", position: 2}`).",
	},
	{
		Key: "cover", Aliases: []string{"cover-image"}, Type: "the path of a JPEG, PNG or GIF file in the book folder",
		Default: "a typographic cover drawn from the title, subtitle and authors",
		Doc: "The cover image: the EPUB's cover and the PDF's first page. " +
			"A cover smaller than 1400 × 2100 pixels gets a warning.",
	},
	{
		Key: "toc-depth", Type: "a whole number from 1 to 6", Default: "2",
		Doc: "How many heading levels the tables of contents show: 1 lists the chapter titles only.",
	},
	{
		Key: "chapters", Type: "a list of Markdown files and parts {part, chapters}",
		Default: "every `*.md` file in the book folder, by file name",
		Doc: "The chapters, in order, by path from the book folder. " +
			"A part (`- part: \"Part One\"` with its own `chapters` list) groups chapters and gets a title page and a level in the tables of contents; parts do not nest. " +
			"A one-file book is split at its level-1 headings and ignores this key, with a warning.",
	},
	{
		Key: "slug", Type: "a plain file name, without slashes", Default: "derived from the title (book, for a title with no letters)",
		Doc: "The name of the output files: `<slug>.epub` and `<slug>.pdf`. " +
			"The derived slug keeps the letters of every script and is cut to 80 bytes.",
	},
	{
		Key: "pdf", Type: "a mapping of the keys below", Default: "the book profile",
		Doc: "The print setup of the PDF edition. " +
			"Any key left out comes from the profile; lengths take a unit: `in`, `mm`, `cm` or `pt`.",
	},
	{
		Key: "pdf.profile", Type: "book or handout", Default: "book",
		Doc: "The defaults of the other pdf keys. " +
			"`book` is a 6 × 9 in trade page in 10.5 pt type; `handout` is a single-sided A4 page (Letter when the language is en-US) in 12 pt type, with a wide outer margin for notes.",
	},
	{
		Key: "pdf.page-size", Type: "A4, A5, Letter, 6x9in, or width x height (\"148mm x 210mm\", \"6 x 9 in\")",
		Default: "the profile's: 6x9in for book; A4, or Letter for en-US, for handout",
		Doc: "The trim size of the pages. " +
			"Each side must measure from 2 to 20 inches.",
	},
	{
		Key: "pdf.margins", Type: "one length, or a mapping {inner, outer, top, bottom} of lengths",
		Default: "the profile's: book 0.75in, with 1in at the bottom; handout 1in, with 1.75in outside",
		Doc: "The page margins; one length sets all four, and a side the mapping leaves out keeps the profile's. " +
			"Inner is the binding side. Each margin is at most 5in, and the text block they leave must be at least 2in each way.",
	},
	{
		Key: "pdf.two-sided", Type: "true or false", Default: "false",
		Doc: "Print for both sides of the paper: the margins are mirrored on left-hand pages, the title page, contents, parts and chapters open on a right-hand page (a blank page is added when needed) and the book title runs on left-hand pages.",
	},
	{
		Key: "pdf.font-size", Type: "a size from 6pt to 24pt (a bare number is in points)", Default: "the profile's: 10.5pt for book, 12pt for handout",
		Doc: "The size of the body type.",
	},
	{
		Key: "pdf.line-spacing", Type: "a number from 1 to 3", Default: "the profile's: 1.35 for book, 1.4 for handout",
		Doc: "The line height, as a multiple of the font size.",
	},
	{
		Key: "pdf.font", Type: "a font file's path, a mapping {regular, bold, italic, bold-italic} of paths, or a list of these",
		Default: "the bundled Charis and Noto Serif",
		Doc: "The book's own text font: OpenType files (.ttf, .otf) or collections (.ttc, .otc; a face by `#N` or `#Family Name` after the path) in the book folder. " +
			"A style not given is set in the regular font (bold-italic in bold); a list is a fallback chain, tried in order for a character a font lacks, before the bundled fonts and the system's.",
	},
	{
		Key: "pdf.mono-font", Type: "a font file's path, a mapping {regular, bold} of paths, or a list of these",
		Default: "the bundled DejaVu Sans Mono and Noto Sans Mono",
		Doc:     "The font for code, given as `pdf.font` is; a mono font has no italics.",
	},
	{
		Key: "strings", Type: "a mapping of catalogue keys to text", Default: "the words of the book's language",
		Doc: "Rewords the words Quire writes into the book, by key: `contents`, `note.backlink`, `alert.tip`, `role.trl`…; in a text, `{n}` stands for a note's number and `{name}` for a contributor's. " +
			"An unknown key, an empty text or one without the placeholder its key needs is a warning, and Quire keeps its own words.",
	},
	{
		Key: "hyphenate", Type: "true or false", Default: "true",
		Doc: "Whether the PDF hyphenates words, with the patterns of the book's language. " +
			"`false` breaks lines only between words, and silences the warning for a language without patterns.",
	},
}

// settingKeys returns the keys of the table inside a section ("pdf"),
// without its prefix, or with section "" the top-level keys.
func settingKeys(section string) []string {
	var out []string
	for _, s := range settingTable {
		k := s.Key
		if section != "" {
			var ok bool
			if k, ok = strings.CutPrefix(k, section+"."); !ok {
				continue
			}
		}
		if !strings.Contains(k, ".") {
			out = append(out, k)
		}
	}
	return out
}
