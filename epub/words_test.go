package epub

import (
	"strings"
	"testing"
	"testing/fstest"
)

// wordsBook loads a book in lang with a footnote and a cover, and the
// extra book.yaml lines.
func wordsBook(t *testing.T, lang, extra string) map[string][]byte {
	t.Helper()
	b := load(t, fstest.MapFS{
		"book.yaml": {Data: []byte("title: T\nauthors: [A]\nlanguage: " + lang + "\n" + extra)},
		"ch.md":     {Data: []byte("# Ch\n\nText.[^1]\n\n[^1]: A note.\n")},
	})
	return entries(t, b)
}

// chapterWith returns the XHTML entry that contains s.
func chapterWith(es map[string][]byte, s string) string {
	for name, data := range es {
		if strings.HasSuffix(name, ".xhtml") && strings.Contains(string(data), s) {
			return string(data)
		}
	}
	return ""
}

// TestGeneratedWordsInLanguage checks that the navigation document's
// titles and landmarks and a note's back-link are in the book's language.
func TestGeneratedWordsInLanguage(t *testing.T) {
	tests := []struct {
		lang                                          string
		contents, landmarks, cover, title, start, ref string
	}{
		{"en", "Contents", "Landmarks", "Cover", "Title Page", "Start", "Back to reference 1"},
		{"zh-Hans", "目录", "地标", "封面", "扉页", "正文", "返回注释 1"},
		{"zh-CN", "目录", "地标", "封面", "扉页", "正文", "返回注释 1"},
		{"zh-TW", "目錄", "地標", "封面", "書名頁", "正文", "返回註釋 1"},
		{"ar", "المحتويات", "المعالم", "الغلاف", "صفحة العنوان", "البداية", "العودة إلى الإحالة 1"},
		{"ru", "Содержание", "Ориентиры", "Обложка", "Титульный лист", "Начало", "Вернуться к сноске 1"},
		{"el", "Περιεχόμενα", "Ορόσημα", "Εξώφυλλο", "Σελίδα τίτλου", "Αρχή", "Επιστροφή στην παραπομπή 1"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			es := wordsBook(t, tt.lang, "")
			nav := chapterWith(es, `id="toc-title"`)
			for _, want := range []string{
				"<title>" + tt.contents + "</title>",
				`<h1 id="toc-title">` + tt.contents + "</h1>",
				`<h2 id="landmarks-title">` + tt.landmarks + "</h2>",
				`href="titlepage.xhtml">` + tt.title + "</a>",
				`href="nav.xhtml#toc">` + tt.contents + "</a>",
				`href="ch.xhtml">` + tt.start + "</a>",
				`href="cover.xhtml">` + tt.cover + "</a>",
			} {
				if !strings.Contains(nav, want) {
					t.Errorf("nav.xhtml lacks %s:\n%s", want, nav)
				}
			}
			if c := chapterWith(es, `role="doc-cover"`); !strings.Contains(c, "<title>"+tt.cover+"</title>") {
				t.Errorf("cover.xhtml is not titled %q:\n%s", tt.cover, c)
			}
			ch := chapterWith(es, `role="doc-backlink"`)
			if !strings.Contains(ch, `aria-label="`+tt.ref+`"`) {
				t.Errorf("the back-link is not labelled %q:\n%s", tt.ref, ch)
			}
		})
	}
}

// TestStringsOverride checks that book.yaml's strings: section rewords
// what the EPUB writes, and only that.
func TestStringsOverride(t *testing.T) {
	es := wordsBook(t, "ru", "strings:\n  contents: Оглавление\n  note.backlink: \"К сноске {n}\"\n  alert.tip: Подсказка\n")
	nav := chapterWith(es, `id="toc-title"`)
	for _, want := range []string{`<h1 id="toc-title">Оглавление</h1>`, `<h2 id="landmarks-title">Ориентиры</h2>`} {
		if !strings.Contains(nav, want) {
			t.Errorf("nav.xhtml lacks %s:\n%s", want, nav)
		}
	}
	if ch := chapterWith(es, `role="doc-backlink"`); !strings.Contains(ch, `aria-label="К сноске 1"`) {
		t.Errorf("the back-link keeps its label:\n%s", ch)
	}
}

// TestAlertLabelWords checks an alert's label in the book's language, and
// as book.yaml rewords it.
func TestAlertLabelWords(t *testing.T) {
	tests := []struct{ name, lang, extra, want string }{
		{"English", "en", "", `<p class="alert-label">Tip</p>`},
		{"Russian", "ru", "", `<p class="alert-label">Совет</p>`},
		{"override", "ru", "strings:\n  alert.tip: Подсказка\n", `<p class="alert-label">Подсказка</p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := load(t, fstest.MapFS{
				"book.yaml": {Data: []byte("title: T\nauthors: [A]\nlanguage: " + tt.lang + "\n" + tt.extra)},
				"ch.md":     {Data: []byte("# Ch\n\n> [!TIP]\n> Text.\n")},
			})
			if ch := chapterWith(entries(t, b), "alert-label"); !strings.Contains(ch, tt.want) {
				t.Errorf("no %s in:\n%s", tt.want, ch)
			}
		})
	}
}
