package book

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	yast "github.com/goccy/go-yaml/ast"
	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/quire-books/quire/hyphen"
	"github.com/quire-books/quire/l10n"
)

// manifest is what book.yaml (or a single file's front matter) says.
type manifest struct {
	meta      Metadata
	cover     string
	coverAt   Pos
	entries   []manifestEntry // nil: no chapters key
	hasList   bool
	titleAt   Pos
	chapsAt   Pos
	partCount int
}

// manifestEntry is one item of the chapters list: a file, or a part.
type manifestEntry struct {
	File     string
	At       Pos
	Part     string
	Chapters []manifestEntry
	Title    string // the chapter's title in an imported table of contents (mdBook's SUMMARY.md), or ""
	Parent   string // File of the chapter this one is nested under (SUMMARY.md sub-chapters), or ""
}

// metaKeys lists the keys book.yaml understands, for the unknown-key
// warning: the top-level keys of the settings table (settings.go). Their
// aliases are accepted too, but never suggested.
var metaKeys = settingKeys("")

// marcRoles are the MARC relator codes accepted for creators, with the ones
// most books use first.
var marcRoles = map[string]bool{"aut": true, "edt": true, "trl": true, "ill": true, "aui": true,
	"aft": true, "ann": true, "ant": true, "bkp": true, "clb": true, "cmm": true, "com": true,
	"ctb": true, "cov": true, "dsr": true, "nrt": true, "pht": true, "prf": true, "pbl": true,
	"red": true, "art": true, "aud": true}

var dateRE = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// decodeManifest reads the metadata keys of a mapping. allowChapters is
// false for single-file books, whose chapters are their level-1 sections.
func decodeManifest(y *yamlDoc, entries []yamlEntry, docStart Pos, allowChapters bool) manifest {
	m := manifest{meta: Metadata{TOCDepth: 2}}
	var hasTitle, hasAuthors, hasLang bool
	var langAt Pos
	// bad marks the keys whose value was already reported as wrong, so that
	// it is not reported again as missing.
	bad := map[string]bool{}
	for _, e := range entries {
		before := len(y.d.list)
		switch e.Key {
		case "title":
			m.meta.Title, _ = y.scalar(e.Value, "title")
			m.titleAt = e.KeyAt
			hasTitle = true
		case "subtitle":
			m.meta.Subtitle, _ = y.scalar(e.Value, "subtitle")
		case "authors", "author", "creator":
			hasAuthors = true
			m.meta.Creators = append(m.meta.Creators, decodeCreators(y, e)...)
		case "language", "lang":
			hasLang, langAt = true, e.KeyAt
			lang, _ := y.scalar(e.Value, "language")
			if lang == "" {
				break
			}
			if _, err := language.Parse(lang); err != nil {
				y.d.errorf(y.pos(e.Value), "language %q is not a BCP 47 language tag (e.g. en, fr, pt-BR)", lang)
			} else if !l10n.Has(lang) {
				y.d.warnf(y.pos(e.Value), "no generated words for language %q: Quire prints them in English; set them in a strings: section", lang)
			}
			m.meta.Language = lang
		case "direction", "dir": // dir: Pandoc's
			m.meta.Direction = decodeDirection(y, e)
		case "identifier":
			m.meta.Identifier = decodeIdentifier(y, e)
		case "publisher":
			m.meta.Publisher, _ = y.scalar(e.Value, "publisher")
		case "date":
			m.meta.Date, _ = y.scalar(e.Value, "date")
			if m.meta.Date != "" && !validDate(m.meta.Date) && pandocFile(y.file) {
				y.d.warnf(y.pos(e.Value), "date %q is left out: Quire takes YYYY, YYYY-MM or YYYY-MM-DD", m.meta.Date)
				m.meta.Date = ""
			} else if m.meta.Date != "" && !validDate(m.meta.Date) {
				y.d.errorf(y.pos(e.Value), "date %q is not a date: write YYYY, YYYY-MM or YYYY-MM-DD", m.meta.Date)
			}
		case "rights":
			m.meta.Rights, _ = y.scalar(e.Value, "rights")
		case "description", "abstract":
			m.meta.Description, _ = y.scalar(e.Value, e.Key)
		case "subjects", "subject", "keywords":
			items, _ := y.list(e.Value, e.Key, true)
			for _, it := range items {
				if s, ok := y.scalar(it, "a subject"); ok && s != "" {
					m.meta.Subjects = append(m.meta.Subjects, s)
				}
			}
		case "series":
			m.meta.Series = decodeSeries(y, e)
		case "cover", "cover-image":
			m.cover, _ = y.scalar(e.Value, e.Key)
			m.coverAt = y.pos(e.Value)
		case "toc-depth":
			s, ok := y.scalar(e.Value, "toc-depth")
			if !ok {
				break
			}
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 || n > 6 {
				y.d.errorf(y.pos(e.Value), "toc-depth must be a whole number from 1 to 6, not %q", s)
				break
			}
			m.meta.TOCDepth = n
		case "pdf":
			m.meta.PDF.src = decodePDF(y, e)
		case "hyphenate":
			switch s, _ := y.scalar(e.Value, "hyphenate"); s {
			case "true", "false":
				m.meta.NoHyphenation = s == "false"
			default:
				y.d.errorf(y.pos(e.Value), "hyphenate must be true or false, not %q", s)
			}
		case "strings": // the generated words, by catalogue key (package l10n)
			kv, _ := y.mapping(e.Value, "strings")
			m.meta.Strings = map[string]string{}
			for _, f := range kv {
				text, _ := y.scalar(f.Value, f.Key)
				if !l10n.Known(f.Key) {
					y.d.warnf(f.KeyAt, "unknown key %q in strings%s", f.Key, suggest(f.Key, l10n.Keys))
				} else if msg := l10n.Check(f.Key, text); msg != "" {
					y.d.warnf(y.pos(f.Value), "%s: Quire keeps its own", msg)
				} else {
					m.meta.Strings[f.Key] = text
				}
			}
		case "slug":
			s, _ := y.scalar(e.Value, "slug")
			if s != "" && (strings.ContainsAny(s, `/\`) || s == "." || s == "..") {
				y.d.errorf(y.pos(e.Value), "slug %q must be a plain file name, without slashes", s)
				break
			}
			m.meta.Slug = s
		case "chapters":
			if !allowChapters {
				y.d.warnf(e.KeyAt, "a single-file book is split at its level-1 headings: 'chapters' is ignored")
				break
			}
			m.hasList = true
			m.chapsAt = e.KeyAt
			m.entries = decodeChapters(y, e.Value, true, &m.partCount)
			if len(m.entries) == 0 && len(y.d.list) == before {
				y.d.errorf(e.KeyAt, "the chapters list is empty: name at least one Markdown file")
			}
		default:
			y.d.warnf(e.KeyAt, "unknown key %q%s", e.Key, suggest(e.Key, metaKeys))
		}
		if y.d.list[before:].HasErrors() {
			bad[e.Key] = true
		}
	}
	if !bad["title"] && (!hasTitle || strings.TrimSpace(m.meta.Title) == "") {
		y.d.errorf(orPos(m.titleAt, docStart), "the book needs a title: add `title: \"…\"`")
	}
	if !bad["authors"] && !bad["author"] && !bad["creator"] && (!hasAuthors || len(m.meta.Authors()) == 0) {
		y.d.errorf(docStart, "the book needs at least one author: add `authors: [\"Name\"]`")
	}
	if !bad["language"] && !bad["lang"] && (!hasLang || m.meta.Language == "") {
		y.d.errorf(docStart, "the book needs a language: add `language: en` (a BCP 47 tag)")
	}
	if l := m.meta.Language; l != "" && !bad["language"] && !bad["lang"] && !m.meta.NoHyphenation && !hyphen.Has(l) && !hyphen.Unneeded(l) {
		y.d.warnf(langAt, "no hyphenation patterns for language %q: the PDF is set without hyphenation (hyphenate: false silences this)", l)
	}
	if m.meta.Identifier == "" {
		m.meta.Identifier = derivedIdentifier(m.meta)
	}
	if m.meta.Slug == "" {
		m.meta.Slug = titleSlug(m.meta.Title)
	}
	return m
}

func orPos(p, fallback Pos) Pos {
	if p.Line > 0 {
		return p
	}
	return fallback
}

func validDate(s string) bool {
	if !dateRE.MatchString(s) {
		return false
	}
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(s)]
	_, err := time.Parse(layout, s)
	return err == nil
}

func decodeCreators(y *yamlDoc, e yamlEntry) []Creator {
	items, ok := y.list(e.Value, e.Key, true)
	if !ok {
		return nil
	}
	var out []Creator
	for _, it := range items {
		switch unwrap(it).(type) {
		case *yast.MappingNode, *yast.MappingValueNode:
			kv, ok := y.mapping(it, "an author")
			if !ok {
				continue
			}
			c := Creator{Role: "aut"}
			for _, f := range kv {
				switch f.Key {
				case "name", "text": // text: Pandoc's creator entries
					c.Name, _ = y.scalar(f.Value, f.Key)
				case "role":
					c.Role, _ = y.scalar(f.Value, "role")
					if !marcRoles[c.Role] {
						y.d.warnf(y.pos(f.Value), "role %q is not a MARC relator code Quire knows (aut, edt, trl, ill, …)", c.Role)
					}
				case "file-as":
					c.FileAs, _ = y.scalar(f.Value, "file-as")
				default:
					y.d.warnf(f.KeyAt, "unknown key %q in an author%s", f.Key, suggest(f.Key, []string{"name", "role", "file-as"}))
				}
			}
			if strings.TrimSpace(c.Name) == "" {
				y.d.errorf(y.pos(it), "an author needs a name")
				continue
			}
			out = append(out, c)
		default:
			if s, ok := y.scalar(it, "an author"); ok && strings.TrimSpace(s) != "" {
				out = append(out, Creator{Name: s, Role: "aut"})
			}
		}
	}
	return out
}

func decodeSeries(y *yamlDoc, e yamlEntry) *Series {
	kv, ok := y.mapping(e.Value, "series")
	if !ok {
		return nil
	}
	s := &Series{}
	for _, f := range kv {
		switch f.Key {
		case "name":
			s.Name, _ = y.scalar(f.Value, "name")
		case "position":
			s.Position, _ = y.scalar(f.Value, "position")
			if _, err := strconv.ParseFloat(s.Position, 64); s.Position != "" && err != nil {
				y.d.errorf(y.pos(f.Value), "series position must be a number, not %q", s.Position)
			}
		default:
			y.d.warnf(f.KeyAt, "unknown key %q in series%s", f.Key, suggest(f.Key, []string{"name", "position"}))
		}
	}
	if s.Name == "" {
		y.d.errorf(e.KeyAt, "series needs a name")
		return nil
	}
	return s
}

// decodeChapters reads the chapters list: file names, and (at the top level
// only) parts of the form {part: "Title", chapters: [...]}.
func decodeChapters(y *yamlDoc, n yast.Node, top bool, parts *int) []manifestEntry {
	items, ok := y.list(n, "chapters", false)
	if !ok {
		return nil
	}
	var out []manifestEntry
	for _, it := range items {
		switch unwrap(it).(type) {
		case *yast.MappingNode, *yast.MappingValueNode:
			kv, ok := y.mapping(it, "a part")
			if !ok {
				continue
			}
			if !top {
				y.d.errorf(y.pos(it), "parts cannot be nested inside parts")
				continue
			}
			pe := manifestEntry{At: y.pos(it)}
			var hasPart bool
			for _, f := range kv {
				switch f.Key {
				case "part":
					pe.Part, _ = y.scalar(f.Value, "part")
					pe.At = f.KeyAt
					hasPart = true
				case "chapters":
					pe.Chapters = decodeChapters(y, f.Value, false, parts)
				default:
					y.d.warnf(f.KeyAt, "unknown key %q in a part%s", f.Key, suggest(f.Key, []string{"part", "chapters"}))
				}
			}
			if !hasPart || strings.TrimSpace(pe.Part) == "" {
				y.d.errorf(pe.At, "a part needs a title: `- part: \"Title\"`")
				continue
			}
			if len(pe.Chapters) == 0 {
				y.d.errorf(pe.At, "part %q has no chapters", pe.Part)
				continue
			}
			*parts++
			out = append(out, pe)
		default:
			s, ok := y.scalar(it, "a chapter")
			if !ok {
				continue
			}
			if strings.TrimSpace(s) == "" {
				y.d.errorf(y.pos(it), "empty chapter entry")
				continue
			}
			out = append(out, manifestEntry{File: s, At: y.pos(it)})
		}
	}
	return out
}

// derivedIdentifier is a name-based (v5) UUID of the title and the authors:
// stable across builds, never random.
func derivedIdentifier(m Metadata) string {
	key := "quire:" + m.Title + "\x00" + strings.Join(m.AuthorNames(), "\x00")
	return "urn:uuid:" + uuid.NewSHA1(uuid.NameSpaceURL, []byte(key)).String()
}

// titleSlug is the output files' name for a title: Slugify's, which keeps
// every letter and mark of every script ("Βιβλίο" gives "βιβλίο",
// "Café" gives "café"), cut to 80 bytes at a character.
func titleSlug(title string) string {
	s := Slugify(title)
	if s == "" {
		return "book"
	}
	if len(s) > 80 {
		cut := 80
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = strings.TrimRight(s[:cut], "-")
	}
	return s
}

// suggest returns `; did you mean "x"?` for the known word at most two
// edits away, or "".
func suggest(word string, known []string) string {
	best := nearest(word, known, 2)
	if best == "" {
		return ""
	}
	return fmt.Sprintf("; did you mean %q?", best)
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}
