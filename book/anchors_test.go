package book

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// TestGitHubSlugFixtures runs github-slugger's own fixtures through one
// slugger, in order, as its test does.
func TestGitHubSlugFixtures(t *testing.T) {
	// Go knows Unicode 15, github-slugger's table Unicode 13: letters
	// assigned since (CJK Extension H…) are kept, as GitHub will once its
	// table moves on.
	newerUnicode := map[string]bool{"Unassigned": true}
	var g githubSlugger
	for _, f := range githubSluggerFixtures {
		got := g.unique(GitHubSlug(f.input))
		if newerUnicode[f.name] {
			continue
		}
		if got != f.want {
			t.Errorf("%s: GitHubSlug(%q) = %q, want %q", f.name, f.input, got, f.want)
		}
	}
}

// TestMdBookID ports mdBook's tests of id_from_content and unique_id
// (crates/mdbook-html/src/utils.rs, https://github.com/rust-lang/mdBook,
// MPL-2.0).
func TestMdBookID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"`--passes`: add more rustdoc passes", "--passes-add-more-rustdoc-passes"},
		{"Method-call 🐙 expressions \U0001f47c", "method-call--expressions-"},
		{"_-_12345", "_-_12345"},
		{"12345", "12345"},
		{"中文", "中文"},
		{"にほんご", "にほんご"},
		{"한국어", "한국어"},
		{"", "section"},
		{"::", "section"},
		{"!.():", "section"},
		{"   ", "section"},
		{"中文標題 CJK title", "中文標題-cjk-title"},
		{"Über", "über"},
	}
	for _, tt := range tests {
		if got := MdBookID(tt.in); got != tt.want {
			t.Errorf("MdBookID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	var s idSet
	for i, want := range []string{"section", "section-1", "real-heading", "section-2", "section-3"} {
		in := []string{"::", "!!!", "Real Heading", "***", "   "}[i]
		if got := s.unique(MdBookID(in)); got != want {
			t.Errorf("unique(MdBookID(%q)) = %q, want %q", in, got, want)
		}
	}
}

// pandocHeadings are heading texts Pandoc's ids are checked on: scripts
// with and without combining marks, emoji, punctuation, code spans, links,
// leading digits and repeats.
var pandocHeadings = []string{
	"Foo Bar", "Foo -- bar... \"q\" it's", "हिन्दी भाषा", "मराठी व्याकरण", "1.2 Intro", "2019 in review",
	"Ünïcode Σ ΣΑΣ İi", "Ελληνικά κείμενα", "Русский язык", "Профили пользователей", "中文標題", "日本語の見出し",
	"한국어 제목", "العربية الفصحى", "עברית", "ไทย ภาษา", "😄 emoji heading", "Rocket 🚀 launch",
	"`assert.deepEqual(actual, expected[, message])`", "`--passes`: add more rustdoc passes",
	"A [link](http://example.com) inside", "Heading with *emphasis* and **strong**", "C++ & C#",
	"What's new?", "100% done", "foo_bar_baz", "snake_case and kebab-case", "a.b.c", "Q&A",
	"Tom & Jerry", "<kbd>Ctrl</kbd>+C", "Ends with period.", "(Parenthesised)", "#hashtag",
	"$dollar", "Café au lait", "naïve façade", "Ærøskøbing", "Straße", "ǅemal", "x² + y²", "½ cup",
	"Ⅻ roman", "tab\there", "Em — dash", "En – dash", "«guillemets»", "v1.0.0 release notes",
	"API: `GET /users/:id`", "Step 1: install", "1. not a list", "!!!", "foo", "foo", "foo-1", "foo",
	"Foo", "Bar {#bar}", "bar", "_underscore_", "under_score_", "Ⓐ circled", "Tamil தமிழ்", "বাংলা ভাষা",
}

// pandocIDsOf runs pandoc on the headings (one document) with the reader
// format, returning the heading ids in order.
func pandocIDsOf(t *testing.T, format string, headings []string) []string {
	var src strings.Builder
	for _, h := range headings {
		src.WriteString("# " + h + "\n\n")
	}
	cmd := exec.Command("pandoc", "-f", format, "-t", "html")
	cmd.Stdin = strings.NewReader(src.String())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pandoc -f %s: %v", format, err)
	}
	var ids []string
	for _, m := range regexp.MustCompile(`<h1\s+id="([^"]*)"`).FindAllSubmatch(out, -1) {
		ids = append(ids, string(m[1]))
	}
	return ids
}

// quireIDs parses the headings as one Quire chapter and returns the ids
// the scheme gives them in order (0: Pandoc's auto_identifiers, 1: its
// gfm_auto_identifiers).
func quireIDs(headings []string, gfm bool) []string {
	var src strings.Builder
	for _, h := range headings {
		src.WriteString("# " + h + "\n\n")
	}
	b := []byte(src.String())
	doc := newMarkdown("").Parser().Parse(text.NewReader(b))
	var ids []string
	var p pandocIDs
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.Heading)
		if !ok {
			continue
		}
		if v, ok := h.AttributeString("id"); ok {
			id := attrString(v)
			p.auto.take(id)
			p.gfm.take(id)
			ids = append(ids, id)
			continue
		}
		if gfm {
			ids = append(ids, p.gfm.unique(PandocGFMID(anchorText(h, b, true))))
		} else {
			ids = append(ids, p.auto.unique(PandocID(anchorText(h, b, true))))
		}
	}
	return ids
}

// TestPandocIDsAgree compares Quire's Pandoc ids with those of the pandoc
// installed here, when there is one: Pandoc's Markdown
// (auto_identifiers) and Markdown with gfm_auto_identifiers.
func TestPandocIDsAgree(t *testing.T) {
	if _, err := exec.LookPath("pandoc"); err != nil {
		t.Skip("pandoc is not installed")
	}
	for _, c := range []struct {
		format string
		gfm    bool
	}{{"markdown", false}, {"markdown+gfm_auto_identifiers", true}} {
		want := pandocIDsOf(t, c.format, pandocHeadings)
		got := quireIDs(pandocHeadings, c.gfm)
		if len(got) != len(want) {
			t.Fatalf("%s: %d ids, pandoc gives %d", c.format, len(got), len(want))
		}
		agree := 0
		for i := range want {
			if got[i] == want[i] {
				agree++
				continue
			}
			t.Errorf("%s: heading %q: id %q, pandoc gives %q", c.format, pandocHeadings[i], got[i], want[i])
		}
		t.Logf("%s: %d of %d ids agree with pandoc", c.format, agree, len(want))
	}
}

// TestGitHubDocs loads a doc set written for GitHub, whose links use
// GitHub's ids within and across files: the only problem `quire check`
// finds is the link to a file that is really missing.
func TestGitHubDocs(t *testing.T) {
	b, diags := Load(os.DirFS("testdata/github-docs"))
	if diags.HasErrors() {
		t.Fatalf("errors: %v", diags)
	}
	if len(diags) != 1 || !strings.Contains(diags[0].Message, `"CHANGELOG.md"`) {
		t.Errorf("diagnostics = %v, want one warning: the link to CHANGELOG.md", diags)
	}
	want := map[string]string{ // link destination -> heading text it reaches
		"#installation":              "Installation",
		"#with-nodejs":               "With Node.js",
		"#in-the-browser-es-modules": "In the browser (ES modules)",
		"#options":                   "Options",
		"#contributing--license":     "Contributing & License",
		"docs/api.md#assertdeepequalactual-expected-message": "assert.deepEqual(actual, expected[, message])",
		"docs/faq.md#whats-a-deep-equality":                  "What’s a “deep” equality?",
		"#assertokvalue-message":                             "assert.ok(value[, message])",
		"#comparison-details":                                "Comparison details",
		"api.md#assertthrowsfn-error-message--deprecated":    "assert.throws(fn[, error][, message]) – deprecated",
		"#%C3%BCber-unicode-na%C3%AFve-caf%C3%A9":            "Über Unicode: naïve café",
		"#Über-Unicode-Naïve-Café":                           "Über Unicode: naïve café",
		"#why-v20--and-not-v15":                              "Why v2.0 — and not v1.5?",
		"#1-numbered-heading":                                "1. Numbered heading",
	}
	seen := map[string]bool{}
	var second *Heading // the second "Options", which #options-1 must reach
	for _, ch := range b.Chapters {
		opts := 0
		for _, h := range ch.Headings {
			if h.Text == "Options" {
				if opts++; opts == 2 {
					second = h
				}
			}
		}
		ast.Walk(ch.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			l, ok := n.(*ast.Link)
			if !ok || !entering {
				return ast.WalkContinue, nil
			}
			dest := string(l.Destination)
			target := b.Link(l)
			if dest == "#options-1" {
				seen[dest] = true
				if second == nil || target.Anchor != second.Anchor {
					t.Errorf("#options-1 goes to %q, want the second Options heading", target.Anchor)
				}
			}
			text, ok := want[dest]
			if !ok {
				return ast.WalkContinue, nil
			}
			seen[dest] = true
			var got string
			if target.Chapter != nil {
				for _, h := range target.Chapter.Headings {
					if h.Anchor == target.Anchor {
						got = h.Text
					}
				}
			}
			if got != text {
				t.Errorf("link %q in %s reaches %q (#%s), want %q", dest, ch.File, got, target.Anchor, text)
			}
			return ast.WalkContinue, nil
		})
	}
	for dest := range want {
		if !seen[dest] {
			t.Errorf("no link %q in the fixture", dest)
		}
	}
	if !seen["#options-1"] {
		t.Errorf("no link #options-1 in the fixture")
	}
}

// TestPandocID checks Pandoc's two schemes on headings whose ids the
// pandoc installed here (2.17) gives; TestPandocIDsAgree checks many more
// when pandoc is installed.
func TestPandocID(t *testing.T) {
	tests := []struct{ in, auto, gfm string }{
		{"Foo – bar… “q” it’s", "foo-bar-q-its", "foo--bar-q-its"},
		{"हिन्दी भाषा", "हनद-भष", "हिन्दी-भाषा"},
		{"1.2 Intro", "intro", "12-intro"},
		{"Ünïcode Σ ΣΑΣ İi", "ünïcode-σ-σασ-ii", "ünïcode-σ-σασ-i̇i"},
		{"a.b(c) link x", "a.bc-link-x", "abc-link-x"},
		{"!!!", "section", "section"},
	}
	for _, tt := range tests {
		if got := PandocID(tt.in); got != tt.auto {
			t.Errorf("PandocID(%q) = %q, want %q", tt.in, got, tt.auto)
		}
		if got := PandocGFMID(tt.in); got != tt.gfm {
			t.Errorf("PandocGFMID(%q) = %q, want %q", tt.in, got, tt.gfm)
		}
	}
}

// TestDuplicateNumbering checks how repeated headings are numbered: per
// file for GitHub and mdBook, book-wide for Pandoc in a Pandoc-style book.
func TestDuplicateNumbering(t *testing.T) {
	a := "# Setup\n\n## Install\n\n## Install\n"
	b := "# Setup\n\n[pandoc](#setup-1) [github](#setup) [mdbook](#install-1) [there](a.md#install-1)\n\n## Install\n\n## Install\n"
	tests := []struct {
		name     string
		manifest string
		meta     string
		want     []string // the files the four links of b.md reach
	}{
		{"pandoc book", "metadata.yaml", "title: T\nauthor: A\nlang: en\n", []string{"b.md", "b.md", "b.md", "a.md"}},
		// #setup-1 is also the Quire anchor of b.md's heading, unique book-wide.
		{"quire book", "book.yaml", "title: T\nauthors: [A]\nlanguage: en\n", []string{"b.md", "b.md", "b.md", "a.md"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				tt.manifest: {Data: []byte(tt.meta)},
				"a.md":      {Data: []byte(a)},
				"b.md":      {Data: []byte(b)},
			}
			bk, diags := Load(fsys)
			if len(diags) > 0 {
				t.Fatalf("diagnostics: %v", diags)
			}
			var got []string
			ast.Walk(bk.Chapters[1].Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
				if l, ok := n.(*ast.Link); ok && entering {
					got = append(got, bk.Link(l).Chapter.File)
				}
				return ast.WalkContinue, nil
			})
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("links reach %v, want %v", got, tt.want)
			}
		})
	}
}

// githubSluggerFixtures are github-slugger's test fixtures
// (https://github.com/Flet/github-slugger, test/fixtures.json at 2.0.0,
// commit 3461c43), in order: the slugger numbers repeats across them.
//
// They keep their licence, ISC:
//
// Copyright (c) 2015, Dan Flettre <fletd01@yahoo.com>
//
// Permission to use, copy, modify, and/or distribute this software for any
// purpose with or without fee is hereby granted, provided that the above
// copyright notice and this permission notice appear in all copies.
//
// THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
// WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
// MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY
// SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
// WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
// ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR
// IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
var githubSluggerFixtures = []struct{ name, input, want string }{
	{"Basic usage",
		"alpha",
		"alpha"},
	{"Basic usage (again)",
		"alpha",
		"alpha-1"},
	{"Camelcase",
		"bravoCharlieDelta",
		"bravocharliedelta"},
	{"Prototypal injection: proto",
		"__proto__",
		"__proto__"},
	{"Prototypal injection: proto (again)",
		"__proto__",
		"__proto__-1"},
	{"Prototypal injection: has own",
		"hasOwnProperty",
		"hasownproperty"},
	{"Repetition (1)",
		"echo",
		"echo"},
	{"Repetition (2)",
		"echo",
		"echo-1"},
	{"Repetition (3)",
		"echo 1",
		"echo-1-1"},
	{"Repetition (4)",
		"echo-1",
		"echo-1-2"},
	{"Repetition (5)",
		"echo",
		"echo-2"},
	{"More repetition (1)",
		"foxtrot-1",
		"foxtrot-1"},
	{"More repetition (2)",
		"foxtrot",
		"foxtrot"},
	{"More repetition (3)",
		"foxtrot",
		"foxtrot-2"},
	{"Characters: dash",
		"heading with a - dash",
		"heading-with-a---dash"},
	{"Characters: underscore",
		"heading with an _ underscore",
		"heading-with-an-_-underscore"},
	{"Characters: dot",
		"heading with a period.txt",
		"heading-with-a-periodtxt"},
	{"Characters: dots, parents, brackets",
		"exchange.bind_headers(exchange, routing [, bindCallback])",
		"exchangebind_headersexchange-routing--bindcallback"},
	{"Characters: space",
		" ",
		"-"},
	{"Characters: initial space",
		" a",
		"-a"},
	{"Characters: final space",
		"a ",
		"a-"},
	{"Characters: initial and final spaces",
		" a ",
		"-a-"},
	{"Characters: initial and final dashes",
		"-a-",
		"-a--1"},
	{"Characters: apostrophe",
		"apostrophe’s should be trimmed",
		"apostrophes-should-be-trimmed"},
	{"Some more duplicates (1)",
		"golf",
		"golf"},
	{"Some more duplicates (2)",
		"golf",
		"golf-1"},
	{"Some more duplicates (3)",
		"golf",
		"golf-2"},
	{"Non-ascii: ♥",
		"I ♥ unicode",
		"i--unicode"},
	{"Non-ascii: -",
		"dash-dash",
		"dash-dash"},
	{"Non-ascii: –",
		"en–dash",
		"endash"},
	{"Non-ascii: –",
		"em–dash",
		"emdash"},
	{"Non-ascii: 😄",
		"😄 unicode emoji",
		"-unicode-emoji"},
	{"Non-ascii: 😄-😄",
		"😄-😄 unicode emoji",
		"--unicode-emoji"},
	{"Non-ascii: 😄_😄",
		"😄_😄 unicode emoji",
		"_-unicode-emoji"},
	{"Non-ascii: 😄",
		"😄 - an emoji",
		"---an-emoji"},
	{"Non-ascii: :smile:",
		":smile: - a gemoji",
		"smile---a-gemoji"},
	{"Non-ascii: Cyrillic (1)",
		"Привет",
		"привет"},
	{"Non-ascii: Cyrillic (2)",
		"Профили пользователей",
		"профили-пользователей"},
	{"Non-ascii: Cyrillic + Han",
		"Привет non-latin 你好",
		"привет-non-latin-你好"},
	{"Gemoji (1)",
		":ok: No underscore",
		"ok-no-underscore"},
	{"Gemoji (2)",
		":ok_hand: Single",
		"ok_hand-single"},
	{"Gemoji (3)",
		":ok_hand::hatched_chick: Two in a row with no spaces",
		"ok_handhatched_chick-two-in-a-row-with-no-spaces"},
	{"Gemoji (4)",
		":ok_hand: :hatched_chick: Two in a row",
		"ok_hand-hatched_chick-two-in-a-row"},
	{"Cased_Letter",
		"aA J T d n x Æ Ð Û å ï ú Ą Ď ė ġ ī ĵ Ŀ ŉ œ ŝ ŧ ű Ż ƅ Ə Ƙ Ƣ Ƭ ƶ ǅ Ǐ Ǚ ǣ ǭ Ƿ ȁ ȋ ȕ ȟ Ȩ Ȳ ȼ Ɇ ɐ ɚ ɤ ɮ ɸ ʂ ʌ ʗ ʡ ʪ Ͷ Ό Η Ρ ά ζ π ϊ ϔ Ϟ Ϩ ϲ ϼ І А К Ф Ю и т ь і Ѡ Ѫ Ѵ Ѿ ҏ ҙ ң ҭ ҷ Ӂ Ӌ ӕ ӟ ө ӳ ӽ ԇ Ԑ Ԛ Ԥ Ԯ Թ Ճ Ս ՠ ժ մ վ ֈ Ⴉ Ⴒ Ⴜ Ⴧ ი ტ წ ჶ Ꭲ Ꭼ Ꮆ Ꮐ Ꮚ Ꮤ Ꮮ Ꮷ Ᏹ ᏽ Ა Ლ Ფ Ხ Ჸ ᴄ ᴎ ᴘ ᴢ ᵫ ᵴ ᵿ ᶉ ᶓ Ḃ Ḍ Ḗ Ḡ Ḫ Ḵ Ḿ Ṉ Ṓ ṛ ṥ ṯ ṹ ẃ ẍ ẗ ạ ẫ ẵ ế ỉ ồ ờ Ủ Ự Ỻ ἄ Ἆ Ἒ ἦ ἰ Ἲ ὄ ὒ ὠ Ὢ έ ώ ᾉ ᾓ ᾝ ᾧ ᾱ ᾼ Ή Ὶ Ῠ Ὸ ℍ ℚ ℭ ℾ Ⰰ Ⰺ Ⱄ Ⱎ Ⱘ ⰳ ⰽ ⱇ ⱑ ⱛ ⱦ Ɐ ⱹ ⲅ ⲏ ⲙ ⲣ ⲭ ⲷ ⳁ ⳋ ⳕ ⳟ Ⳳ ⴇ ⴑ ⴛ ⴥ ꙇ ꙑ ꙛ ꙥ ꚁ ꚋ ꚕ ꜥ ꜯ Ꜹ Ꝃ Ꝍ Ꝗ Ꝡ Ꝫ ꝵ ꝿ ꞌ ꞗ ꞡ Ɜ ꞵ ꞿ ꬲ ꬼ ꭆ ꭐ ꭚ ꭱ ꭻ ꮅ ꮏ ꮙ ꮣ ꮭ ꮷ ﬀ ﬖ Ｉ Ｓ ｃ ｍ ｗ 𐐆 𐐐 𐐚 𐐤 𐐮 𐐸 𐑁 𐑋 𐒵 𐒿 𐓉 𐓓 𐓡 𐓫 𐓵 𐲃 𐲍 𐲗 𐲡 𐲫 𐳁 𐳋 𐳕 𐳟 𐳩 𑢠 𑢪 𑢴 𑢾 𑣈 𑣒 𑣜 𖹆 𖹏 𖹙 𖹣 𖹭 𖹷 𝐁 𝐋 𝐕 𝐟 𝐩 𝐳 𝐽 𝑇 𝑐 𝑛 𝑥 𝑯 𝑹 𝒃 𝒍 𝒗 𝒦 𝒳 𝒿 𝓊 𝓔 𝓞 𝓧 𝓱 𝓻 𝔅 𝔒 𝔞 𝔨 𝔲 𝔽 𝕌 𝕗 𝕡 𝕫 𝕴 𝕾 𝖈 𝖒 𝖜 𝖦 𝖰 𝖺 𝗄 𝗎 𝗘 𝗢 𝗬 𝗵 𝗿 𝘉 𝘓 𝘝 𝘧 𝘱 𝘻 𝙅 𝙏 𝙙 𝙣 𝙭 𝙷 𝚀 𝚊 𝚔 𝚞 𝚪 𝚴 𝚾 𝛉 𝛓 𝛞 𝛨 𝛲 𝛽 𝜆 𝜐 𝜛 𝜥 𝜯 𝜺 𝝄 𝝎 𝝙 𝝣 𝝭 𝝸 𝞂 𝞌 𝞖 𝞠 𝞫 𝞵 𝞿 𝟊 𞤈 𞤒 𞤜 𞤦 𞤰 𞤺 𞥃b",
		"aa-j-t-d-n-x-æ-ð-û-å-ï-ú-ą-ď-ė-ġ-ī-ĵ-ŀ-ŉ-œ-ŝ-ŧ-ű-ż-ƅ-ə-ƙ-ƣ-ƭ-ƶ-ǆ-ǐ-ǚ-ǣ-ǭ-ƿ-ȁ-ȋ-ȕ-ȟ-ȩ-ȳ-ȼ-ɇ-ɐ-ɚ-ɤ-ɮ-ɸ-ʂ-ʌ-ʗ-ʡ-ʪ-ͷ-ό-η-ρ-ά-ζ-π-ϊ-ϔ-ϟ-ϩ-ϲ-ϼ-і-а-к-ф-ю-и-т-ь-і-ѡ-ѫ-ѵ-ѿ-ҏ-ҙ-ң-ҭ-ҷ-ӂ-ӌ-ӕ-ӟ-ө-ӳ-ӽ-ԇ-ԑ-ԛ-ԥ-ԯ-թ-ճ-ս-ՠ-ժ-մ-վ-ֈ-ⴉ-ⴒ-ⴜ-ⴧ-ი-ტ-წ-ჶ-ꭲ-ꭼ-ꮆ-ꮐ-ꮚ-ꮤ-ꮮ-ꮷ-ᏹ-ᏽ-ა-ლ-ფ-ხ-ჸ-ᴄ-ᴎ-ᴘ-ᴢ-ᵫ-ᵴ-ᵿ-ᶉ-ᶓ-ḃ-ḍ-ḗ-ḡ-ḫ-ḵ-ḿ-ṉ-ṓ-ṛ-ṥ-ṯ-ṹ-ẃ-ẍ-ẗ-ạ-ẫ-ẵ-ế-ỉ-ồ-ờ-ủ-ự-ỻ-ἄ-ἆ-ἒ-ἦ-ἰ-ἲ-ὄ-ὒ-ὠ-ὢ-έ-ώ-ᾁ-ᾓ-ᾕ-ᾧ-ᾱ-ᾳ-ή-ὶ-ῠ-ὸ-ℍ-ℚ-ℭ-ℾ-ⰰ-ⰺ-ⱄ-ⱎ-ⱘ-ⰳ-ⰽ-ⱇ-ⱑ-ⱛ-ⱦ-ɐ-ⱹ-ⲅ-ⲏ-ⲙ-ⲣ-ⲭ-ⲷ-ⳁ-ⳋ-ⳕ-ⳟ-ⳳ-ⴇ-ⴑ-ⴛ-ⴥ-ꙇ-ꙑ-ꙛ-ꙥ-ꚁ-ꚋ-ꚕ-ꜥ-ꜯ-ꜹ-ꝃ-ꝍ-ꝗ-ꝡ-ꝫ-ꝵ-ꝿ-ꞌ-ꞗ-ꞡ-ɜ-ꞵ-ꞿ-ꬲ-ꬼ-ꭆ-ꭐ-ꭚ-ꭱ-ꭻ-ꮅ-ꮏ-ꮙ-ꮣ-ꮭ-ꮷ-ﬀ-ﬖ-ｉ-ｓ-ｃ-ｍ-ｗ-𐐮-𐐸-𐑂-𐑌-𐐮-𐐸-𐑁-𐑋-𐓝-𐓧-𐓱-𐓻-𐓡-𐓫-𐓵-𐳃-𐳍-𐳗-𐳡-𐳫-𐳁-𐳋-𐳕-𐳟-𐳩-𑣀-𑣊-𑣔-𑣞-𑣈-𑣒-𑣜-𖹦-𖹯-𖹹-𖹣-𖹭-𖹷-𝐁-𝐋-𝐕-𝐟-𝐩-𝐳-𝐽-𝑇-𝑐-𝑛-𝑥-𝑯-𝑹-𝒃-𝒍-𝒗-𝒦-𝒳-𝒿-𝓊-𝓔-𝓞-𝓧-𝓱-𝓻-𝔅-𝔒-𝔞-𝔨-𝔲-𝔽-𝕌-𝕗-𝕡-𝕫-𝕴-𝕾-𝖈-𝖒-𝖜-𝖦-𝖰-𝖺-𝗄-𝗎-𝗘-𝗢-𝗬-𝗵-𝗿-𝘉-𝘓-𝘝-𝘧-𝘱-𝘻-𝙅-𝙏-𝙙-𝙣-𝙭-𝙷-𝚀-𝚊-𝚔-𝚞-𝚪-𝚴-𝚾-𝛉-𝛓-𝛞-𝛨-𝛲-𝛽-𝜆-𝜐-𝜛-𝜥-𝜯-𝜺-𝝄-𝝎-𝝙-𝝣-𝝭-𝝸-𝞂-𝞌-𝞖-𝞠-𝞫-𝞵-𝞿-𝟊-𞤪-𞤴-𞤾-𞤦-𞤰-𞤺-𞥃b"},
	{"Close_Punctuation",
		"a) ] } ༻ ༽ ᚜ ⁆ ⁾ ₎ ⌉ ⌋ 〉 ❩ ❫ ❭ ❯ ❱ ❳ ❵ ⟆ ⟧ ⟩ ⟫ ⟭ ⟯ ⦄ ⦆ ⦈ ⦊ ⦌ ⦎ ⦐ ⦒ ⦔ ⦖ ⦘ ⧙ ⧛ ⧽ ⸣ ⸥ ⸧ ⸩ 〉 》 」 』 】 〕 〗 〙 〛 〞 〟 ﴾ ︘ ︶ ︸ ︺ ︼ ︾ ﹀ ﹂ ﹄ ﹈ ﹚ ﹜ ﹞ ） ］ ｝ ｠ ｣b",
		"a------------------------------------------------------------------------b"},
	{"Connector_Punctuation",
		"a_ ‿ ⁀ ⁔ ︳ ︴ ﹍ ﹎ ﹏ ＿b",
		"a_-‿-⁀-⁔-︳-︴-﹍-﹎-﹏-＿b"},
	{"Currency_Symbol",
		"a$ ¢ £ ¤ ¥ ֏ ؋ ߾ ߿ ৲ ৳ ৻ ૱ ௹ ฿ ៛ ₠ ₡ ₢ ₣ ₤ ₥ ₦ ₧ ₨ ₩ ₪ ₫ € ₭ ₮ ₯ ₰ ₱ ₲ ₳ ₴ ₵ ₶ ₷ ₸ ₹ ₺ ₻ ₼ ₽ ₾ ₿ ꠸ ﷼ ﹩ ＄ ￠ ￡ ￥ ￦ 𑿝 𑿞 𑿟 𑿠 𞋿 𞲰b",
		"a-------------------------------------------------------------b"},
	{"Dash_Punctuation",
		"a- ֊ ־ ᐀ ᠆ ‐ ‑ ‒ – — ― ⸗ ⸚ ⸺ ⸻ ⹀ 〜 〰 ゠ ︱ ︲ ﹘ ﹣ －b",
		"a------------------------b"},
	{"Decimal_Number",
		"a0 1 3 4 6 7 9 ١ ٢ ٤ ٥ ٧ ٨ ۰ ۲ ۳ ۵ ۶ ۸ ۹ ߁ ߃ ߄ ߆ ߇ ߉ ० २ ४ ५ ७ ८ ০ ১ ৩ ৫ ৬ ৮ ৯ ੧ ੩ ੪ ੬ ੭ ੯ ૦ ૨ ૪ ૫ ૭ ૮ ୦ ୧ ୩ ୫ ୬ ୮ ୯ ௧ ௨ ௪ ௬ ௭ ௯ ౦ ౨ ౩ ౫ ౭ ౮ ೦ ೧ ೩ ೪ ೬ ೮ ೯ ൧ ൨ ൪ ൬ ൭ ൯ ෦ ෨ ෩ ෫ ෭ ෮ ๐ ๑ ๓ ๔ ๖ ๘ ๙ ໑ ໒ ໔ ໕ ໗ ໙ ༠ ༢ ༣ ༥ ༦ ༨ ၀ ၁ ၃ ၄ ၆ ၇ ၉ ႑ ႒ ႔ ႕ ႗ ႙ ០ ២ ៣ ៥ ៦ ៨ ᠐ ᠑ ᠓ ᠔ ᠖ ᠗ ᠙ ᥇ ᥈ ᥊ ᥋ ᥍ ᥎ ᧐ ᧒ ᧓ ᧕ ᧖ ᧘ ᧙ ᪁ ᪃ ᪄ ᪆ ᪇ ᪉ ᪐ ᪒ ᪔ ᪕ ᪗ ᪘ ᭐ ᭒ ᭓ ᭕ ᭖ ᭘ ᭙ ᮱ ᮳ ᮴ ᮶ ᮷ ᮹ ᱀ ᱂ ᱄ ᱅ ᱇ ᱈ ᱐ ᱑ ᱓ ᱕ ᱖ ᱘ ᱙ ꘡ ꘢ ꘤ ꘦ ꘧ ꘩ ꣐ ꣒ ꣓ ꣕ ꣗ ꣘ ꤀ ꤁ ꤃ ꤅ ꤆ ꤈ ꤉ ꧑ ꧒ ꧔ ꧖ ꧗ ꧙ ꧰ ꧲ ꧳ ꧵ ꧷ ꧸ ꩐ ꩑ ꩓ ꩔ ꩖ ꩘ ꩙ ꯱ ꯲ ꯴ ꯵ ꯷ ꯹ ０ ２ ３ ５ ６ ８ 𐒠 𐒡 𐒣 𐒤 𐒦 𐒨 𐒩 𐴱 𐴲 𐴴 𐴵 𐴷 𐴹 𑁦 𑁨 𑁩 𑁫 𑁬 𑁮 𑃰 𑃱 𑃳 𑃴 𑃶 𑃷 𑃹 𑄷 𑄸 𑄺 𑄻 𑄽 𑄾 𑇐 𑇒 𑇓 𑇕 𑇖 𑇘 𑇙 𑋱 𑋳 𑋴 𑋶 𑋷 𑋹 𑑑 𑑒 𑑔 𑑕 𑑗 𑑘 𑓐 𑓒 𑓓 𑓕 𑓖 𑓘 𑓙 𑙑 𑙓 𑙔 𑙖 𑙗 𑙙 𑛀 𑛂 𑛄 𑛅 𑛇 𑛈 𑜰 𑜱 𑜳 𑜵 𑜶 𑜸 𑜹 𑣡 𑣢 𑣤 𑣦 𑣧 𑣩 𑱐 𑱒 𑱔 𑱕 𑱗 𑱘 𑵐 𑵑 𑵓 𑵕 𑵖 𑵘 𑵙 𑶡 𑶢 𑶤 𑶦 𑶧 𑶩 𖩠 𖩢 𖩣 𖩥 𖩧 𖩨 𖭐 𖭑 𖭓 𖭔 𖭖 𖭘 𖭙 𝟏 𝟐 𝟒 𝟓 𝟕 𝟗 𝟘 𝟚 𝟛 𝟝 𝟟 𝟠 𝟢 𝟣 𝟥 𝟦 𝟨 𝟪 𝟫 𝟭 𝟮 𝟰 𝟱 𝟳 𝟵 𝟶 𝟸 𝟹 𝟻 𝟼 𝟾 𞅀 𞅁 𞅃 𞅄 𞅆 𞅇 𞅉 𞋱 𞋲 𞋴 𞋵 𞋷 𞋸 𞥐 𞥒 𞥓 𞥕 𞥖 𞥘 𞥙b",
		"a0-1-3-4-6-7-9-١-٢-٤-٥-٧-٨-۰-۲-۳-۵-۶-۸-۹-߁-߃-߄-߆-߇-߉-०-२-४-५-७-८-০-১-৩-৫-৬-৮-৯-੧-੩-੪-੬-੭-੯-૦-૨-૪-૫-૭-૮-୦-୧-୩-୫-୬-୮-୯-௧-௨-௪-௬-௭-௯-౦-౨-౩-౫-౭-౮-೦-೧-೩-೪-೬-೮-೯-൧-൨-൪-൬-൭-൯-෦-෨-෩-෫-෭-෮-๐-๑-๓-๔-๖-๘-๙-໑-໒-໔-໕-໗-໙-༠-༢-༣-༥-༦-༨-၀-၁-၃-၄-၆-၇-၉-႑-႒-႔-႕-႗-႙-០-២-៣-៥-៦-៨-᠐-᠑-᠓-᠔-᠖-᠗-᠙-᥇-᥈-᥊-᥋-᥍-᥎-᧐-᧒-᧓-᧕-᧖-᧘-᧙-᪁-᪃-᪄-᪆-᪇-᪉-᪐-᪒-᪔-᪕-᪗-᪘-᭐-᭒-᭓-᭕-᭖-᭘-᭙-᮱-᮳-᮴-᮶-᮷-᮹-᱀-᱂-᱄-᱅-᱇-᱈-᱐-᱑-᱓-᱕-᱖-᱘-᱙-꘡-꘢-꘤-꘦-꘧-꘩-꣐-꣒-꣓-꣕-꣗-꣘-꤀-꤁-꤃-꤅-꤆-꤈-꤉-꧑-꧒-꧔-꧖-꧗-꧙-꧰-꧲-꧳-꧵-꧷-꧸-꩐-꩑-꩓-꩔-꩖-꩘-꩙-꯱-꯲-꯴-꯵-꯷-꯹-０-２-３-５-６-８-𐒠-𐒡-𐒣-𐒤-𐒦-𐒨-𐒩-𐴱-𐴲-𐴴-𐴵-𐴷-𐴹-𑁦-𑁨-𑁩-𑁫-𑁬-𑁮-𑃰-𑃱-𑃳-𑃴-𑃶-𑃷-𑃹-𑄷-𑄸-𑄺-𑄻-𑄽-𑄾-𑇐-𑇒-𑇓-𑇕-𑇖-𑇘-𑇙-𑋱-𑋳-𑋴-𑋶-𑋷-𑋹-𑑑-𑑒-𑑔-𑑕-𑑗-𑑘-𑓐-𑓒-𑓓-𑓕-𑓖-𑓘-𑓙-𑙑-𑙓-𑙔-𑙖-𑙗-𑙙-𑛀-𑛂-𑛄-𑛅-𑛇-𑛈-𑜰-𑜱-𑜳-𑜵-𑜶-𑜸-𑜹-𑣡-𑣢-𑣤-𑣦-𑣧-𑣩-𑱐-𑱒-𑱔-𑱕-𑱗-𑱘-𑵐-𑵑-𑵓-𑵕-𑵖-𑵘-𑵙-𑶡-𑶢-𑶤-𑶦-𑶧-𑶩-𖩠-𖩢-𖩣-𖩥-𖩧-𖩨-𖭐-𖭑-𖭓-𖭔-𖭖-𖭘-𖭙-𝟏-𝟐-𝟒-𝟓-𝟕-𝟗-𝟘-𝟚-𝟛-𝟝-𝟟-𝟠-𝟢-𝟣-𝟥-𝟦-𝟨-𝟪-𝟫-𝟭-𝟮-𝟰-𝟱-𝟳-𝟵-𝟶-𝟸-𝟹-𝟻-𝟼-𝟾-𞅀-𞅁-𞅃-𞅄-𞅆-𞅇-𞅉-𞋱-𞋲-𞋴-𞋵-𞋷-𞋸-𞥐-𞥒-𞥓-𞥕-𞥖-𞥘-𞥙b"},
	{"Enclosing_Mark",
		"a҈ ҉ ᪾ ⃝ ⃞ ⃟ ⃠ ⃢ ⃣ ⃤ ꙰ ꙱ ꙲b",
		"a҈-҉-᪾-⃝-⃞-⃟-⃠-⃢-⃣-⃤-꙰-꙱-꙲b"},
	{"Final_Punctuation",
		"a» ’ ” › ⸃ ⸅ ⸊ ⸍ ⸝ ⸡b",
		"a---------b"},
	{"Format",
		"a\u00ad \u0600 \u0601 \u0602 \u0603 \u0604 \u0605 \u061c \u06dd \u070f \u08e2 \u180e \u200b \u200c \u200d \u200e \u200f \u202a \u202b \u202c \u202d \u202e \u2060 \u2061 \u2062 \u2063 \u2064 \u2066 \u2067 \u2068 \u2069 \u206a \u206b \u206c \u206d \u206e \u206f \ufeff \ufff9 \ufffa \ufffb \U000110bd \U000110cd \U00013430 \U00013431 \U00013432 \U00013433 \U00013434 \U00013435 \U00013436 \U00013437 \U00013438 \U0001bca0 \U0001bca1 \U0001bca2 \U0001bca3 \U0001d173 \U0001d174 \U0001d175 \U0001d176 \U0001d177 \U0001d178 \U0001d179 \U0001d17a \U000e0001 \U000e0020 \U000e0021 \U000e0022 \U000e0023 \U000e0024 \U000e0025 \U000e0026 \U000e0027 \U000e0028 \U000e0029 \U000e002a \U000e002b \U000e002c \U000e002d \U000e002e \U000e002f \U000e0030 \U000e0031 \U000e0032 \U000e0033 \U000e0034 \U000e0035 \U000e0036 \U000e0037 \U000e0038 \U000e0039 \U000e003a \U000e003b \U000e003c \U000e003d \U000e003e \U000e003f \U000e0040 \U000e0041 \U000e0042 \U000e0043 \U000e0044 \U000e0045 \U000e0046 \U000e0047 \U000e0048 \U000e0049 \U000e004a \U000e004b \U000e004c \U000e004d \U000e004e \U000e004f \U000e0050 \U000e0051 \U000e0052 \U000e0053 \U000e0054 \U000e0055 \U000e0056 \U000e0057 \U000e0058 \U000e0059 \U000e005a \U000e005b \U000e005c \U000e005d \U000e005e \U000e005f \U000e0060 \U000e0061 \U000e0062 \U000e0063 \U000e0064 \U000e0065 \U000e0066 \U000e0067 \U000e0068 \U000e0069 \U000e006a \U000e006b \U000e006c \U000e006d \U000e006e \U000e006f \U000e0070 \U000e0071 \U000e0072 \U000e0073 \U000e0074 \U000e0075 \U000e0076 \U000e0077 \U000e0078 \U000e0079 \U000e007a \U000e007b \U000e007c \U000e007d \U000e007e \U000e007fb",
		"a----------------------------------------------------------------------------------------------------------------------------------------------------------------b"},
	{"Initial_Punctuation",
		"a« ‘ ‛ “ ‟ ‹ ⸂ ⸄ ⸉ ⸌ ⸜ ⸠b",
		"a-----------b"},
	{"Letter",
		"aA ǅ Ψ ӫ ۊ ऴ ధ ໜ ᅣ ኧ ᐧ ᕡ ᚣ ᢘ ᬒ ᴶ Ằ ℇ ⴢ ル 㑲 㖬 㛦 㠠 㥚 㪔 㯎 㴈 㹃 㽽 䂷 䇱 䌫 䑥 䖟 䛙 䠓 䥍 䪈 䯂 䳼 亀 侺 僴 刮 卨 咢 嗝 圗 塑 妋 嫅 寿 崹 平 徭 惨 戢 捜 撖 旐 朊 桄 楾 檸 毲 洭 湧 澡 烛 爕 獏 璉 痃 盽 砸 祲 窬 篦 素 繚 羔 胎 興 荃 葽 薷 蛱 蠫 襥 誟 诙 贓 蹍 辈 郂 釼 錶 鑰 閪 雤 頞 饘 骓 鯍 鴇 鹁 齻 ꃅ ꇿ ꌹ ꑳ ꗳ ꞕ ꦦ ꮘ 곯 긩 꽣 낝 뇗 댒 둌 떆 뛀 럺 뤴 멮 뮨 볢 븜 뽗 삑 쇋 쌅 쐿 앹 욳 쟭 줧 쩢 쮜 쳖 츐 콊 킄 톾 틸 퐲 항 횧 ퟱ 隷 ﮩ ﴄ ﻯ 𐂲 𐏃 𐕓 𐜪 𐨞 𐲊 𑃝 𑍝 𑠝 𑰧 𒂧 𒇡 𒌜 𒔼 𓄲 𓉬 𓎦 𔒱 𔗫 𖣞 𖨘 𖽁 𗄟 𗉙 𗎓 𗓍 𗘇 𗝁 𗡻 𗦵 𗫯 𗰪 𗵤 𗺞 𗿘 𘄒 𘉌 𘎆 𘓀 𘗺 𘜵 𘡷 𘦱 𘫫 𛅼 𛊶 𝑪 𝖻 𝛹 𞠏 𞹛 𠃬 𠈦 𠍠 𠒚 𠗔 𠜎 𠡈 𠦃 𠪽 𠯷 𠴱 𠹫 𠾥 𡃟 𡈙 𡍓 𡒍 𡗈 𡜂 𡠼 𡥶 𡪰 𡯪 𡴤 𡹞 𡾘 𢃓 𢈍 𢍇 𢒁 𢖻 𢛵 𢠯 𢥩 𢪣 𢯞 𢴘 𢹒 𢾌 𣃆 𣈀 𣌺 𣑴 𣖮 𣛨 𣠣 𣥝 𣪗 𣯑 𣴋 𣹅 𣽿 𤂹 𤇳 𤌮 𤑨 𤖢 𤛜 𤠖 𤥐 𤪊 𤯄 𤳾 𤸹 𤽳 𥂭 𥇧 𥌡 𥑛 𥖕 𥛏 𥠉 𥥃 𥩾 𥮸 𥳲 𥸬 𥽦 𦂠 𦇚 𦌔 𦑎 𦖉 𦛃 𦟽 𦤷 𦩱 𦮫 𦳥 𦸟 𦽙 𧂔 𧇎 𧌈 𧑂 𧕼 𧚶 𧟰 𧤪 𧩤 𧮟 𧳙 𧸓 𧽍 𨂇 𨇁 𨋻 𨐵 𨕯 𨚩 𨟤 𨤞 𨩘 𨮒 𨳌 𨸆 𨽀 𩁺 𩆴 𩋯 𩐩 𩕣 𩚝 𩟗 𩤑 𩩋 𩮅 𩲿 𩷺 𩼴 𪁮 𪆨 𪋢 𪐜 𪕖 𪚐 𪟳 𪤭 𪩨 𪮢 𪳜 𪸖 𪽐 𫂊 𫇄 𫋾 𫐸 𫕳 𫚭 𫟲 𫤮 𫩨 𫮢 𫳜 𫸖 𫽐 𬂋 𬇅 𬋿 𬐹 𬕳 𬚭 𬟧 𬤡 𬩛 𬮕 𬳐 𬸊 𬽒 𭂌 𭇆 𭌀 𭐺 𭕴 𭚮 𭟩 𭤣 𭩝 𭮗 𭳑 𭸋 𭽅 𮁿 𮆹 𮋴 𮐮 𮕨 𮚢 𮟜 𮤖 𮩐 𮮊 𣑭 𪘀b",
		"aa-ǆ-ψ-ӫ-ۊ-ऴ-ధ-ໜ-ᅣ-ኧ-ᐧ-ᕡ-ᚣ-ᢘ-ᬒ-ᴶ-ằ-ℇ-ⴢ-ル-㑲-㖬-㛦-㠠-㥚-㪔-㯎-㴈-㹃-㽽-䂷-䇱-䌫-䑥-䖟-䛙-䠓-䥍-䪈-䯂-䳼-亀-侺-僴-刮-卨-咢-嗝-圗-塑-妋-嫅-寿-崹-平-徭-惨-戢-捜-撖-旐-朊-桄-楾-檸-毲-洭-湧-澡-烛-爕-獏-璉-痃-盽-砸-祲-窬-篦-素-繚-羔-胎-興-荃-葽-薷-蛱-蠫-襥-誟-诙-贓-蹍-辈-郂-釼-錶-鑰-閪-雤-頞-饘-骓-鯍-鴇-鹁-齻-ꃅ-ꇿ-ꌹ-ꑳ-ꗳ-ꞕ-ꦦ-ꮘ-곯-긩-꽣-낝-뇗-댒-둌-떆-뛀-럺-뤴-멮-뮨-볢-븜-뽗-삑-쇋-쌅-쐿-앹-욳-쟭-줧-쩢-쮜-쳖-츐-콊-킄-톾-틸-퐲-항-횧-ퟱ-隷-ﮩ-ﴄ-ﻯ-𐂲-𐏃-𐕓-𐜪-𐨞-𐳊-𑃝-𑍝-𑠝-𑰧-𒂧-𒇡-𒌜-𒔼-𓄲-𓉬-𓎦-𔒱-𔗫-𖣞-𖨘-𖽁-𗄟-𗉙-𗎓-𗓍-𗘇-𗝁-𗡻-𗦵-𗫯-𗰪-𗵤-𗺞-𗿘-𘄒-𘉌-𘎆-𘓀-𘗺-𘜵-𘡷-𘦱-𘫫-𛅼-𛊶-𝑪-𝖻-𝛹-𞠏-𞹛-𠃬-𠈦-𠍠-𠒚-𠗔-𠜎-𠡈-𠦃-𠪽-𠯷-𠴱-𠹫-𠾥-𡃟-𡈙-𡍓-𡒍-𡗈-𡜂-𡠼-𡥶-𡪰-𡯪-𡴤-𡹞-𡾘-𢃓-𢈍-𢍇-𢒁-𢖻-𢛵-𢠯-𢥩-𢪣-𢯞-𢴘-𢹒-𢾌-𣃆-𣈀-𣌺-𣑴-𣖮-𣛨-𣠣-𣥝-𣪗-𣯑-𣴋-𣹅-𣽿-𤂹-𤇳-𤌮-𤑨-𤖢-𤛜-𤠖-𤥐-𤪊-𤯄-𤳾-𤸹-𤽳-𥂭-𥇧-𥌡-𥑛-𥖕-𥛏-𥠉-𥥃-𥩾-𥮸-𥳲-𥸬-𥽦-𦂠-𦇚-𦌔-𦑎-𦖉-𦛃-𦟽-𦤷-𦩱-𦮫-𦳥-𦸟-𦽙-𧂔-𧇎-𧌈-𧑂-𧕼-𧚶-𧟰-𧤪-𧩤-𧮟-𧳙-𧸓-𧽍-𨂇-𨇁-𨋻-𨐵-𨕯-𨚩-𨟤-𨤞-𨩘-𨮒-𨳌-𨸆-𨽀-𩁺-𩆴-𩋯-𩐩-𩕣-𩚝-𩟗-𩤑-𩩋-𩮅-𩲿-𩷺-𩼴-𪁮-𪆨-𪋢-𪐜-𪕖-𪚐-𪟳-𪤭-𪩨-𪮢-𪳜-𪸖-𪽐-𫂊-𫇄-𫋾-𫐸-𫕳-𫚭-𫟲-𫤮-𫩨-𫮢-𫳜-𫸖-𫽐-𬂋-𬇅-𬋿-𬐹-𬕳-𬚭-𬟧-𬤡-𬩛-𬮕-𬳐-𬸊-𬽒-𭂌-𭇆-𭌀-𭐺-𭕴-𭚮-𭟩-𭤣-𭩝-𭮗-𭳑-𭸋-𭽅-𮁿-𮆹-𮋴-𮐮-𮕨-𮚢-𮟜-𮤖-𮩐-𮮊-𣑭-𪘀b"},
	{"Letter_Number",
		"aᛮ ᛯ ᛰ Ⅰ Ⅱ Ⅲ Ⅳ Ⅴ Ⅵ Ⅶ Ⅷ Ⅸ Ⅹ Ⅺ Ⅻ Ⅼ Ⅽ Ⅾ Ⅿ ⅰ ⅱ ⅲ ⅳ ⅴ ⅵ ⅶ ⅷ ⅸ ⅹ ⅺ ⅻ ⅼ ⅽ ⅾ ⅿ ↀ ↁ ↂ ↅ ↆ ↇ ↈ 〇 〡 〢 〣 〤 〥 〦 〧 〨 〩 〸 〹 〺 ꛦ ꛧ ꛨ ꛩ ꛪ ꛫ ꛬ ꛭ ꛮ ꛯ 𐅀 𐅁 𐅂 𐅃 𐅄 𐅅 𐅆 𐅇 𐅈 𐅉 𐅊 𐅋 𐅌 𐅍 𐅎 𐅏 𐅐 𐅑 𐅒 𐅓 𐅔 𐅕 𐅖 𐅗 𐅘 𐅙 𐅚 𐅛 𐅜 𐅝 𐅞 𐅟 𐅠 𐅡 𐅢 𐅣 𐅤 𐅥 𐅦 𐅧 𐅨 𐅩 𐅪 𐅫 𐅬 𐅭 𐅮 𐅯 𐅰 𐅱 𐅲 𐅳 𐅴 𐍁 𐍊 𐏑 𐏒 𐏓 𐏔 𐏕 𒐀 𒐁 𒐂 𒐃 𒐄 𒐅 𒐆 𒐇 𒐈 𒐉 𒐊 𒐋 𒐌 𒐍 𒐎 𒐏 𒐐 𒐑 𒐒 𒐓 𒐔 𒐕 𒐖 𒐗 𒐘 𒐙 𒐚 𒐛 𒐜 𒐝 𒐞 𒐟 𒐠 𒐡 𒐢 𒐣 𒐤 𒐥 𒐦 𒐧 𒐨 𒐩 𒐪 𒐫 𒐬 𒐭 𒐮 𒐯 𒐰 𒐱 𒐲 𒐳 𒐴 𒐵 𒐶 𒐷 𒐸 𒐹 𒐺 𒐻 𒐼 𒐽 𒐾 𒐿 𒑀 𒑁 𒑂 𒑃 𒑄 𒑅 𒑆 𒑇 𒑈 𒑉 𒑊 𒑋 𒑌 𒑍 𒑎 𒑏 𒑐 𒑑 𒑒 𒑓 𒑔 𒑕 𒑖 𒑗 𒑘 𒑙 𒑚 𒑛 𒑜 𒑝 𒑞 𒑟 𒑠 𒑡 𒑢 𒑣 𒑤 𒑥 𒑦 𒑧 𒑨 𒑩 𒑪 𒑫 𒑬 𒑭 𒑮b",
		"aᛮ-ᛯ-ᛰ-ⅰ-ⅱ-ⅲ-ⅳ-ⅴ-ⅵ-ⅶ-ⅷ-ⅸ-ⅹ-ⅺ-ⅻ-ⅼ-ⅽ-ⅾ-ⅿ-ⅰ-ⅱ-ⅲ-ⅳ-ⅴ-ⅵ-ⅶ-ⅷ-ⅸ-ⅹ-ⅺ-ⅻ-ⅼ-ⅽ-ⅾ-ⅿ-ↀ-ↁ-ↂ-ↅ-ↆ-ↇ-ↈ-〇-〡-〢-〣-〤-〥-〦-〧-〨-〩-〸-〹-〺-ꛦ-ꛧ-ꛨ-ꛩ-ꛪ-ꛫ-ꛬ-ꛭ-ꛮ-ꛯ-𐅀-𐅁-𐅂-𐅃-𐅄-𐅅-𐅆-𐅇-𐅈-𐅉-𐅊-𐅋-𐅌-𐅍-𐅎-𐅏-𐅐-𐅑-𐅒-𐅓-𐅔-𐅕-𐅖-𐅗-𐅘-𐅙-𐅚-𐅛-𐅜-𐅝-𐅞-𐅟-𐅠-𐅡-𐅢-𐅣-𐅤-𐅥-𐅦-𐅧-𐅨-𐅩-𐅪-𐅫-𐅬-𐅭-𐅮-𐅯-𐅰-𐅱-𐅲-𐅳-𐅴-𐍁-𐍊-𐏑-𐏒-𐏓-𐏔-𐏕-𒐀-𒐁-𒐂-𒐃-𒐄-𒐅-𒐆-𒐇-𒐈-𒐉-𒐊-𒐋-𒐌-𒐍-𒐎-𒐏-𒐐-𒐑-𒐒-𒐓-𒐔-𒐕-𒐖-𒐗-𒐘-𒐙-𒐚-𒐛-𒐜-𒐝-𒐞-𒐟-𒐠-𒐡-𒐢-𒐣-𒐤-𒐥-𒐦-𒐧-𒐨-𒐩-𒐪-𒐫-𒐬-𒐭-𒐮-𒐯-𒐰-𒐱-𒐲-𒐳-𒐴-𒐵-𒐶-𒐷-𒐸-𒐹-𒐺-𒐻-𒐼-𒐽-𒐾-𒐿-𒑀-𒑁-𒑂-𒑃-𒑄-𒑅-𒑆-𒑇-𒑈-𒑉-𒑊-𒑋-𒑌-𒑍-𒑎-𒑏-𒑐-𒑑-𒑒-𒑓-𒑔-𒑕-𒑖-𒑗-𒑘-𒑙-𒑚-𒑛-𒑜-𒑝-𒑞-𒑟-𒑠-𒑡-𒑢-𒑣-𒑤-𒑥-𒑦-𒑧-𒑨-𒑩-𒑪-𒑫-𒑬-𒑭-𒑮b"},
	{"Line_Separator",
		"a\u2028b",
		"ab"},
	{"Lowercase_Letter",
		"aa f k q v µ ä é ï ô ú ā ċ ĕ ġ ī ķ ŀ ŉ ŕ ş ũ ŵ ſ ƍ ƛ ƨ ƶ ƿ ǐ ǜ ǥ ǰ ǽ ȇ ȓ ȝ ȧ ȳ ȸ ɇ ɐ ɕ ɛ ɠ ɥ ɫ ɰ ɶ ɻ ʀ ʆ ʋ ʑ ʗ ʜ ʢ ʧ ʬ ͷ ά β η μ ς χ ό ϖ ϟ ϫ ϲ ϼ е к п х ъ ѐ ѕ њ ѡ ѫ ѵ ҁ ғ ҟ ҩ ҳ ҿ ӊ ӓ ӟ ө ӵ ӿ ԉ ԕ ԟ ԩ բ է խ ղ շ ս ւ ֈ ე კ ჟ ფ ჩ ჯ ჴ ჺ ᏹ ᲀ ᲆ ᴂ ᴇ ᴍ ᴒ ᴘ ᴝ ᴢ ᴨ ᵬ ᵱ ᵷ ᵽ ᶃ ᶈ ᶍ ᶓ ᶘ ḅ ḑ ḛ ḧ ḱ ḻ ṇ ṑ ṛ ṧ ṱ ṽ ẇ ẑ ẙ ẟ ẫ ẵ ế ị ổ ở ừ ỵ ἀ ἅ ἒ ἢ ἧ ἴ ὂ ὑ ὗ ὤ ά ί ὼ ᾃ ᾑ ᾖ ᾤ ᾱ ᾷ ῇ ῖ ΰ ῳ ℎ ℼ ⅉ ⰲ ⰸ ⰽ ⱂ ⱈ ⱍ ⱓ ⱘ ⱝ ⱪ ⱶ ⱻ ⲋ ⲕ ⲡ ⲫ ⲵ ⳁ ⳋ ⳗ ⳡ ⳳ ⴅ ⴊ ⴏ ⴕ ⴚ ⴠ ⴥ ꙅ ꙑ ꙛ ꙥ ꚃ ꚍ ꚙ ꜩ ꜱ ꜽ ꝇ ꝑ ꝝ ꝧ ꝲ ꝷ ꞁ ꞑ ꞙ ꞣ ꞷ ꟃ ꬴ ꬹ ꬾ ꭄ ꭉ ꭎ ꭔ ꭙ ꭤ ꭱ ꭶ ꭼ ꮁ ꮆ ꮌ ꮑ ꮗ ꮜ ꮡ ꮧ ꮬ ꮲ ꮷ ꮼ ﬂ ﬓ ａ ｇ ｌ ｒ ｗ 𐐩 𐐯 𐐴 𐐹 𐐿 𐑄 𐑊 𐑏 𐓜 𐓢 𐓧 𐓬 𐓲 𐓷 𐳁 𐳆 𐳋 𐳑 𐳖 𐳛 𐳡 𐳦 𐳬 𐳱 𑣃 𑣉 𑣎 𑣓 𑣙 𑣞 𖹤 𖹩 𖹮 𖹴 𖹹 𖹿 𝐞 𝐣 𝐩 𝐮 𝐳 𝑓 𝑙 𝑟 𝑤 𝒃 𝒉 𝒎 𝒓 𝒙 𝒸 𝓀 𝓆 𝓋 𝓫 𝓰 𝓵 𝓻 𝔀 𝔠 𝔥 𝔪 𝔰 𝔵 𝕔 𝕚 𝕟 𝕥 𝕪 𝖉 𝖏 𝖔 𝖙 𝖟 𝖾 𝗄 𝗉 𝗎 𝗮 𝗳 𝗸 𝗾 𝘃 𝘣 𝘨 𝘭 𝘳 𝘸 𝙘 𝙝 𝙢 𝙨 𝙭 𝚌 𝚒 𝚗 𝚝 𝚢 𝛃 𝛉 𝛎 𝛓 𝛙 𝛟 𝛿 𝜄 𝜉 𝜏 𝜔 𝜚 𝜺 𝜿 𝝅 𝝊 𝝐 𝝰 𝝵 𝝺 𝞀 𝞅 𝞌 𝞫 𝞰 𝞶 𝞻 𝟀 𝟇 𞤣 𞤩 𞤮 𞤳 𞤹 𞤾 𞥃b",
		"aa-f-k-q-v-µ-ä-é-ï-ô-ú-ā-ċ-ĕ-ġ-ī-ķ-ŀ-ŉ-ŕ-ş-ũ-ŵ-ſ-ƍ-ƛ-ƨ-ƶ-ƿ-ǐ-ǜ-ǥ-ǰ-ǽ-ȇ-ȓ-ȝ-ȧ-ȳ-ȸ-ɇ-ɐ-ɕ-ɛ-ɠ-ɥ-ɫ-ɰ-ɶ-ɻ-ʀ-ʆ-ʋ-ʑ-ʗ-ʜ-ʢ-ʧ-ʬ-ͷ-ά-β-η-μ-ς-χ-ό-ϖ-ϟ-ϫ-ϲ-ϼ-е-к-п-х-ъ-ѐ-ѕ-њ-ѡ-ѫ-ѵ-ҁ-ғ-ҟ-ҩ-ҳ-ҿ-ӊ-ӓ-ӟ-ө-ӵ-ӿ-ԉ-ԕ-ԟ-ԩ-բ-է-խ-ղ-շ-ս-ւ-ֈ-ე-კ-ჟ-ფ-ჩ-ჯ-ჴ-ჺ-ᏹ-ᲀ-ᲆ-ᴂ-ᴇ-ᴍ-ᴒ-ᴘ-ᴝ-ᴢ-ᴨ-ᵬ-ᵱ-ᵷ-ᵽ-ᶃ-ᶈ-ᶍ-ᶓ-ᶘ-ḅ-ḑ-ḛ-ḧ-ḱ-ḻ-ṇ-ṑ-ṛ-ṧ-ṱ-ṽ-ẇ-ẑ-ẙ-ẟ-ẫ-ẵ-ế-ị-ổ-ở-ừ-ỵ-ἀ-ἅ-ἒ-ἢ-ἧ-ἴ-ὂ-ὑ-ὗ-ὤ-ά-ί-ὼ-ᾃ-ᾑ-ᾖ-ᾤ-ᾱ-ᾷ-ῇ-ῖ-ΰ-ῳ-ℎ-ℼ-ⅉ-ⰲ-ⰸ-ⰽ-ⱂ-ⱈ-ⱍ-ⱓ-ⱘ-ⱝ-ⱪ-ⱶ-ⱻ-ⲋ-ⲕ-ⲡ-ⲫ-ⲵ-ⳁ-ⳋ-ⳗ-ⳡ-ⳳ-ⴅ-ⴊ-ⴏ-ⴕ-ⴚ-ⴠ-ⴥ-ꙅ-ꙑ-ꙛ-ꙥ-ꚃ-ꚍ-ꚙ-ꜩ-ꜱ-ꜽ-ꝇ-ꝑ-ꝝ-ꝧ-ꝲ-ꝷ-ꞁ-ꞑ-ꞙ-ꞣ-ꞷ-ꟃ-ꬴ-ꬹ-ꬾ-ꭄ-ꭉ-ꭎ-ꭔ-ꭙ-ꭤ-ꭱ-ꭶ-ꭼ-ꮁ-ꮆ-ꮌ-ꮑ-ꮗ-ꮜ-ꮡ-ꮧ-ꮬ-ꮲ-ꮷ-ꮼ-ﬂ-ﬓ-ａ-ｇ-ｌ-ｒ-ｗ-𐐩-𐐯-𐐴-𐐹-𐐿-𐑄-𐑊-𐑏-𐓜-𐓢-𐓧-𐓬-𐓲-𐓷-𐳁-𐳆-𐳋-𐳑-𐳖-𐳛-𐳡-𐳦-𐳬-𐳱-𑣃-𑣉-𑣎-𑣓-𑣙-𑣞-𖹤-𖹩-𖹮-𖹴-𖹹-𖹿-𝐞-𝐣-𝐩-𝐮-𝐳-𝑓-𝑙-𝑟-𝑤-𝒃-𝒉-𝒎-𝒓-𝒙-𝒸-𝓀-𝓆-𝓋-𝓫-𝓰-𝓵-𝓻-𝔀-𝔠-𝔥-𝔪-𝔰-𝔵-𝕔-𝕚-𝕟-𝕥-𝕪-𝖉-𝖏-𝖔-𝖙-𝖟-𝖾-𝗄-𝗉-𝗎-𝗮-𝗳-𝗸-𝗾-𝘃-𝘣-𝘨-𝘭-𝘳-𝘸-𝙘-𝙝-𝙢-𝙨-𝙭-𝚌-𝚒-𝚗-𝚝-𝚢-𝛃-𝛉-𝛎-𝛓-𝛙-𝛟-𝛿-𝜄-𝜉-𝜏-𝜔-𝜚-𝜺-𝜿-𝝅-𝝊-𝝐-𝝰-𝝵-𝝺-𝞀-𝞅-𝞌-𝞫-𝞰-𝞶-𝞻-𝟀-𝟇-𞤣-𞤩-𞤮-𞤳-𞤹-𞤾-𞥃b"},
	{"Mark",
		"à ̅ ̋ ̑ ̖ ̜ ̢ ̧ ̭ ̳ ̸ ̾ ̈́ ͉ ͏ ͕ ͚ ͠ ͦ ͫ ҄ ֑ ֖ ֜ ֢ ֧ ֭ ֳ ָ ֿ ؐ ؕ ً ّ ٖ ٜ ۗ ۜ ۤ ۭ ܳ ܹ ܿ ݄ ݊ ޫ ް ߰ ࠗ ࠝ ࠣ ࠫ ࡛ ࣘ ࣞ ࣤ ࣪ ࣰ ࣵ ࣻ ँ ़ ृ ॉ ॎ ॕ ং ী ৈ ৣ ਼ ੇ ੰ ઃ ૂ ૉ ૣ ૿ ି ୄ ୖ ி ே ௗ ా ృ ో ౣ ಾ ೄ ೌ ೣ ഼ ൃ ൊ ൣ ෑ ෘ ෞ ี ็ ์ ຶ ຼ ໌ ༹ ུ ཹ ཿ ྆ ྐ ྖ ྜྷ ྡྷ ྨ ྮ ླ ྐྵ ာ ေ ့ ွ ၙ ၤ ၬ ၴ ႇ ႍ ႝ ᜔ ᝲ ិ ួ ៃ ៈ ៎ ៝ ᢆ ᤤ ᤪ ᤳ ᤹ ᨚ ᩘ ᩞ ᩥ ᩪ ᩰ ᩶ ᩻ ᪳ ᪹ ᪾ ᬴ ᬺ ᬿ ᭫ ᭱ ᮂ ᮦ ᮬ ᯩ ᯯ ᰥ ᰪ ᰰ ᰶ ᳔ ᳚ ᳠ ᳥ ᳷ ᷃ ᷈ ᷎ ᷔ ᷙ ᷟ ᷥ ᷪ ᷰ ᷶ ᷼ ⃒ ⃘ ⃝ ⃣ ⃩ ⃮ ⵿ ⷥ ⷪ ⷰ ⷶ ⷻ 〫 ゚ ꙴ ꙺ ꛰ ꠤ ꢁ ꢹ ꢿ ꣄ ꣤ ꣪ ꣯ ꤨ ꥇ ꥌ ꥒ ꦳ ꦸ ꦾ ꨫ ꨰ ꨶ ꩽ ꪷ ꫬ ꯣ ꯨ \ufe00 \ufe06 \ufe0b ︡ ︧ ︬ 𐍶 𐨂 𐨍 𐨿 𐴧 𐽊 𐽐 𑀺 𑀿 𑁅 𑂰 𑂵 𑄀 𑄪 𑄯 𑅅 𑆳 𑆸 𑆾 𑇌 𑈰 𑈶 𑋢 𑋧 𑌂 𑍀 𑍇 𑍢 𑍪 𑍲 𑐸 𑐾 𑑃 𑒱 𑒷 𑒼 𑓂 𑖳 𑖺 𑗀 𑘳 𑘸 𑘾 𑚮 𑚳 𑜞 𑜤 𑜩 𑠯 𑠵 𑠺 𑧖 𑧞 𑨂 𑨈 𑨶 𑨼 𑩓 𑩙 𑪌 𑪒 𑪘 𑰲 𑰹 𑰿 𑲖 𑲜 𑲢 𑲧 𑲮 𑲴 𑴴 𑴽 𑵄 𑶍 𑶔 𑻵 𖫴 𖬴 𖽓 𖽙 𖽞 𖽤 𖽪 𖽯 𖽵 𖽻 𖾀 𖾆 𛲝 𝅨 𝅱 𝅿 𝆆 𝆪 𝉄 𝨄 𝨊 𝨐 𝨕 𝨛 𝨡 𝨦 𝨬 𝨲 𝨻 𝩁 𝩇 𝩌 𝩒 𝩘 𝩝 𝩣 𝩩 𝪄 𝪡 𝪧 𝪬 𞀂 𞀉 𞀎 𞀔 𞀜 𞀡 𞀩 𞄴 𞋮 𞣔 𞥇 \U000e0101 \U000e0107 \U000e010d \U000e0112 \U000e0118 \U000e011e \U000e0123 \U000e0129 \U000e012f \U000e0134 \U000e013a \U000e0140 \U000e0145 \U000e014b \U000e0151 \U000e0156 \U000e015c \U000e0162 \U000e0167 \U000e016d \U000e0173 \U000e0178 \U000e017e \U000e0184 \U000e0189 \U000e018f \U000e0195 \U000e019a \U000e01a0 \U000e01a6 \U000e01ab \U000e01b1 \U000e01b7 \U000e01bc \U000e01c2 \U000e01c8 \U000e01cd \U000e01d3 \U000e01d9 \U000e01de \U000e01e4 \U000e01ea \U000e01efb",
		"à-̅-̋-̑-̖-̜-̢-̧-̭-̳-̸-̾-̈́-͉-͏-͕-͚-͠-ͦ-ͫ-҄-֑-֖-֜-֢-֧-֭-ֳ-ָ-ֿ-ؐ-ؕ-ً-ّ-ٖ-ٜ-ۗ-ۜ-ۤ-ۭ-ܳ-ܹ-ܿ-݄-݊-ޫ-ް-߰-ࠗ-ࠝ-ࠣ-ࠫ-࡛-ࣘ-ࣞ-ࣤ-࣪-ࣰ-ࣵ-ࣻ-ँ-़-ृ-ॉ-ॎ-ॕ-ং-ী-ৈ-ৣ-਼-ੇ-ੰ-ઃ-ૂ-ૉ-ૣ-૿-ି-ୄ-ୖ-ி-ே-ௗ-ా-ృ-ో-ౣ-ಾ-ೄ-ೌ-ೣ-഼-ൃ-ൊ-ൣ-ෑ-ෘ-ෞ-ี-็-์-ຶ-ຼ-໌-༹-ུ-ཹ-ཿ-྆-ྐ-ྖ-ྜྷ-ྡྷ-ྨ-ྮ-ླ-ྐྵ-ာ-ေ-့-ွ-ၙ-ၤ-ၬ-ၴ-ႇ-ႍ-ႝ-᜔-ᝲ-ិ-ួ-ៃ-ៈ-៎-៝-ᢆ-ᤤ-ᤪ-ᤳ-᤹-ᨚ-ᩘ-ᩞ-ᩥ-ᩪ-ᩰ-᩶-᩻-᪳-᪹-᪾-᬴-ᬺ-ᬿ-᭫-᭱-ᮂ-ᮦ-ᮬ-ᯩ-ᯯ-ᰥ-ᰪ-ᰰ-ᰶ-᳔-᳚-᳠-᳥-᳷-᷃-᷈-᷎-ᷔ-ᷙ-ᷟ-ᷥ-ᷪ-ᷰ-᷶-᷼-⃒-⃘-⃝-⃣-⃩-⃮-⵿-ⷥ-ⷪ-ⷰ-ⷶ-ⷻ-〫-゚-ꙴ-ꙺ-꛰-ꠤ-ꢁ-ꢹ-ꢿ-꣄-꣤-꣪-꣯-ꤨ-ꥇ-ꥌ-ꥒ-꦳-ꦸ-ꦾ-ꨫ-ꨰ-ꨶ-ꩽ-ꪷ-ꫬ-ꯣ-ꯨ-\ufe00-\ufe06-\ufe0b-︡-︧-︬-𐍶-𐨂-𐨍-𐨿-𐴧-𐽊-𐽐-𑀺-𑀿-𑁅-𑂰-𑂵-𑄀-𑄪-𑄯-𑅅-𑆳-𑆸-𑆾-𑇌-𑈰-𑈶-𑋢-𑋧-𑌂-𑍀-𑍇-𑍢-𑍪-𑍲-𑐸-𑐾-𑑃-𑒱-𑒷-𑒼-𑓂-𑖳-𑖺-𑗀-𑘳-𑘸-𑘾-𑚮-𑚳-𑜞-𑜤-𑜩-𑠯-𑠵-𑠺-𑧖-𑧞-𑨂-𑨈-𑨶-𑨼-𑩓-𑩙-𑪌-𑪒-𑪘-𑰲-𑰹-𑰿-𑲖-𑲜-𑲢-𑲧-𑲮-𑲴-𑴴-𑴽-𑵄-𑶍-𑶔-𑻵-𖫴-𖬴-𖽓-𖽙-𖽞-𖽤-𖽪-𖽯-𖽵-𖽻-𖾀-𖾆-𛲝-𝅨-𝅱-𝅿-𝆆-𝆪-𝉄-𝨄-𝨊-𝨐-𝨕-𝨛-𝨡-𝨦-𝨬-𝨲-𝨻-𝩁-𝩇-𝩌-𝩒-𝩘-𝩝-𝩣-𝩩-𝪄-𝪡-𝪧-𝪬-𞀂-𞀉-𞀎-𞀔-𞀜-𞀡-𞀩-𞄴-𞋮-𞣔-𞥇-\U000e0101-\U000e0107-\U000e010d-\U000e0112-\U000e0118-\U000e011e-\U000e0123-\U000e0129-\U000e012f-\U000e0134-\U000e013a-\U000e0140-\U000e0145-\U000e014b-\U000e0151-\U000e0156-\U000e015c-\U000e0162-\U000e0167-\U000e016d-\U000e0173-\U000e0178-\U000e017e-\U000e0184-\U000e0189-\U000e018f-\U000e0195-\U000e019a-\U000e01a0-\U000e01a6-\U000e01ab-\U000e01b1-\U000e01b7-\U000e01bc-\U000e01c2-\U000e01c8-\U000e01cd-\U000e01d3-\U000e01d9-\U000e01de-\U000e01e4-\U000e01ea-\U000e01efb"},
	{"Math_Symbol",
		"a+ = | ± ÷ ؆ ⁄ ⁺ ⁼ ₌ ⅀ ⅃ ⅋ ↑ ↔ ↛ ↣ ⇎ ⇒ ⇵ ⇷ ⇹ ⇼ ⇾ ∀ ∃ ∅ ∇ ∊ ∌ ∏ ∑ ∓ ∖ ∘ √ ∝ ∟ ∢ ∤ ∦ ∩ ∫ ∭ ∰ ∲ ∵ ∷ ∹ ∼ ∾ ≀ ≃ ≅ ≇ ≊ ≌ ≏ ≑ ≓ ≖ ≘ ≚ ≝ ≟ ≢ ≤ ≦ ≩ ≫ ≭ ≰ ≲ ≵ ≷ ≹ ≼ ≾ ⊀ ⊃ ⊅ ⊇ ⊊ ⊌ ⊏ ⊑ ⊓ ⊖ ⊘ ⊚ ⊝ ⊟ ⊢ ⊤ ⊦ ⊩ ⊫ ⊭ ⊰ ⊲ ⊵ ⊷ ⊹ ⊼ ⊾ ⋀ ⋃ ⋅ ⋇ ⋊ ⋌ ⋏ ⋑ ⋓ ⋖ ⋘ ⋚ ⋝ ⋟ ⋢ ⋤ ⋦ ⋩ ⋫ ⋭ ⋰ ⋲ ⋴ ⋷ ⋹ ⋼ ⋾ ⌠ ⎛ ⎝ ⎟ ⎢ ⎤ ⎧ ⎩ ⎫ ⎮ ⎰ ⎲ ⏝ ⏟ ▷ ◸ ◺ ◽ ◿ ⟀ ⟃ ⟇ ⟉ ⟌ ⟎ ⟑ ⟓ ⟕ ⟘ ⟚ ⟜ ⟟ ⟡ ⟤ ⟰ ⟲ ⟵ ⟷ ⟹ ⟼ ⟾ ⤁ ⤃ ⤅ ⤈ ⤊ ⤌ ⤏ ⤑ ⤓ ⤖ ⤘ ⤛ ⤝ ⤟ ⤢ ⤤ ⤦ ⤩ ⤫ ⤮ ⤰ ⤲ ⤵ ⤷ ⤹ ⤼ ⤾ ⥁ ⥃ ⥅ ⥈ ⥊ ⥌ ⥏ ⥑ ⥓ ⥖ ⥘ ⥛ ⥝ ⥟ ⥢ ⥤ ⥦ ⥩ ⥫ ⥮ ⥰ ⥲ ⥵ ⥷ ⥹ ⥼ ⥾ ⦀ ⦙ ⦛ ⦞ ⦠ ⦢ ⦥ ⦧ ⦩ ⦬ ⦮ ⦱ ⦳ ⦵ ⦸ ⦺ ⦼ ⦿ ⧁ ⧄ ⧆ ⧈ ⧋ ⧍ ⧏ ⧒ ⧔ ⧖ ⧝ ⧟ ⧢ ⧤ ⧦ ⧩ ⧫ ⧭ ⧰ ⧲ ⧵ ⧷ ⧹ ⧾ ⨀ ⨂ ⨅ ⨇ ⨊ ⨌ ⨎ ⨑ ⨓ ⨕ ⨘ ⨚ ⨜ ⨟ ⨡ ⨤ ⨦ ⨨ ⨫ ⨭ ⨯ ⨲ ⨴ ⨷ ⨹ ⨻ ⨾ ⩀ ⩂ ⩅ ⩇ ⩊ ⩌ ⩎ ⩑ ⩓ ⩕ ⩘ ⩚ ⩜ ⩟ ⩡ ⩤ ⩦ ⩨ ⩫ ⩭ ⩯ ⩲ ⩴ ⩷ ⩹ ⩻ ⩾ ⪀ ⪂ ⪅ ⪇ ⪉ ⪌ ⪎ ⪑ ⪓ ⪕ ⪘ ⪚ ⪜ ⪟ ⪡ ⪤ ⪦ ⪨ ⪫ ⪭ ⪯ ⪲ ⪴ ⪷ ⪹ ⪻ ⪾ ⫀ ⫂ ⫅ ⫇ ⫉ ⫌ ⫎ ⫑ ⫓ ⫕ ⫘ ⫚ ⫝̸ ⫟ ⫡ ⫤ ⫦ ⫨ ⫫ ⫭ ⫯ ⫲ ⫴ ⫷ ⫹ ⫻ ⫾ ⬰ ⬲ ⬵ ⬷ ⬹ ⬼ ⬾ ⭁ ⭃ ⭇ ⭊ ⭌ ﹢ ﹦ ＜ ｜ ￢ ￪ 𝛁 𝛻 𝜵 𝞉 𝟃 𞻱b",
		"a----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------b"},
	{"Modifier_Letter",
		"aʰ ʱ ʲ ʳ ʴ ʵ ʶ ʷ ʸ ʹ ʺ ʻ ʼ ʽ ʾ ʿ ˀ ˁ ˆ ˇ ˈ ˉ ˊ ˋ ˌ ˍ ˎ ˏ ː ˑ ˠ ˡ ˢ ˣ ˤ ˬ ˮ ʹ ͺ ՙ ـ ۥ ۦ ߴ ߵ ߺ ࠚ ࠤ ࠨ ॱ ๆ ໆ ჼ ៗ ᡃ ᪧ ᱸ ᱹ ᱺ ᱻ ᱼ ᱽ ᴬ ᴭ ᴮ ᴯ ᴰ ᴱ ᴲ ᴳ ᴴ ᴵ ᴶ ᴷ ᴸ ᴹ ᴺ ᴻ ᴼ ᴽ ᴾ ᴿ ᵀ ᵁ ᵂ ᵃ ᵄ ᵅ ᵆ ᵇ ᵈ ᵉ ᵊ ᵋ ᵌ ᵍ ᵎ ᵏ ᵐ ᵑ ᵒ ᵓ ᵔ ᵕ ᵖ ᵗ ᵘ ᵙ ᵚ ᵛ ᵜ ᵝ ᵞ ᵟ ᵠ ᵡ ᵢ ᵣ ᵤ ᵥ ᵦ ᵧ ᵨ ᵩ ᵪ ᵸ ᶛ ᶜ ᶝ ᶞ ᶟ ᶠ ᶡ ᶢ ᶣ ᶤ ᶥ ᶦ ᶧ ᶨ ᶩ ᶪ ᶫ ᶬ ᶭ ᶮ ᶯ ᶰ ᶱ ᶲ ᶳ ᶴ ᶵ ᶶ ᶷ ᶸ ᶹ ᶺ ᶻ ᶼ ᶽ ᶾ ᶿ ⁱ ⁿ ₐ ₑ ₒ ₓ ₔ ₕ ₖ ₗ ₘ ₙ ₚ ₛ ₜ ⱼ ⱽ ⵯ ⸯ 々 〱 〲 〳 〴 〵 〻 ゝ ゞ ー ヽ ヾ ꀕ ꓸ ꓹ ꓺ ꓻ ꓼ ꓽ ꘌ ꙿ ꚜ ꚝ ꜗ ꜘ ꜙ ꜚ ꜛ ꜜ ꜝ ꜞ ꜟ ꝰ ꞈ ꟸ ꟹ ꧏ ꧦ ꩰ ꫝ ꫳ ꫴ ꭜ ꭝ ꭞ ꭟ ｰ ﾞ ﾟ 𖭀 𖭁 𖭂 𖭃 𖾓 𖾔 𖾕 𖾖 𖾗 𖾘 𖾙 𖾚 𖾛 𖾜 𖾝 𖾞 𖾟 𖿠 𖿡 𖿣 𞄷 𞄸 𞄹 𞄺 𞄻 𞄼 𞄽 𞥋b",
		"aʰ-ʱ-ʲ-ʳ-ʴ-ʵ-ʶ-ʷ-ʸ-ʹ-ʺ-ʻ-ʼ-ʽ-ʾ-ʿ-ˀ-ˁ-ˆ-ˇ-ˈ-ˉ-ˊ-ˋ-ˌ-ˍ-ˎ-ˏ-ː-ˑ-ˠ-ˡ-ˢ-ˣ-ˤ-ˬ-ˮ-ʹ-ͺ-ՙ-ـ-ۥ-ۦ-ߴ-ߵ-ߺ-ࠚ-ࠤ-ࠨ-ॱ-ๆ-ໆ-ჼ-ៗ-ᡃ-ᪧ-ᱸ-ᱹ-ᱺ-ᱻ-ᱼ-ᱽ-ᴬ-ᴭ-ᴮ-ᴯ-ᴰ-ᴱ-ᴲ-ᴳ-ᴴ-ᴵ-ᴶ-ᴷ-ᴸ-ᴹ-ᴺ-ᴻ-ᴼ-ᴽ-ᴾ-ᴿ-ᵀ-ᵁ-ᵂ-ᵃ-ᵄ-ᵅ-ᵆ-ᵇ-ᵈ-ᵉ-ᵊ-ᵋ-ᵌ-ᵍ-ᵎ-ᵏ-ᵐ-ᵑ-ᵒ-ᵓ-ᵔ-ᵕ-ᵖ-ᵗ-ᵘ-ᵙ-ᵚ-ᵛ-ᵜ-ᵝ-ᵞ-ᵟ-ᵠ-ᵡ-ᵢ-ᵣ-ᵤ-ᵥ-ᵦ-ᵧ-ᵨ-ᵩ-ᵪ-ᵸ-ᶛ-ᶜ-ᶝ-ᶞ-ᶟ-ᶠ-ᶡ-ᶢ-ᶣ-ᶤ-ᶥ-ᶦ-ᶧ-ᶨ-ᶩ-ᶪ-ᶫ-ᶬ-ᶭ-ᶮ-ᶯ-ᶰ-ᶱ-ᶲ-ᶳ-ᶴ-ᶵ-ᶶ-ᶷ-ᶸ-ᶹ-ᶺ-ᶻ-ᶼ-ᶽ-ᶾ-ᶿ-ⁱ-ⁿ-ₐ-ₑ-ₒ-ₓ-ₔ-ₕ-ₖ-ₗ-ₘ-ₙ-ₚ-ₛ-ₜ-ⱼ-ⱽ-ⵯ-ⸯ-々-〱-〲-〳-〴-〵-〻-ゝ-ゞ-ー-ヽ-ヾ-ꀕ-ꓸ-ꓹ-ꓺ-ꓻ-ꓼ-ꓽ-ꘌ-ꙿ-ꚜ-ꚝ-ꜗ-ꜘ-ꜙ-ꜚ-ꜛ-ꜜ-ꜝ-ꜞ-ꜟ-ꝰ-ꞈ-ꟸ-ꟹ-ꧏ-ꧦ-ꩰ-ꫝ-ꫳ-ꫴ-ꭜ-ꭝ-ꭞ-ꭟ-ｰ-ﾞ-ﾟ-𖭀-𖭁-𖭂-𖭃-𖾓-𖾔-𖾕-𖾖-𖾗-𖾘-𖾙-𖾚-𖾛-𖾜-𖾝-𖾞-𖾟-𖿠-𖿡-𖿣-𞄷-𞄸-𞄹-𞄺-𞄻-𞄼-𞄽-𞥋b"},
	{"Modifier_Symbol",
		"a^ ` ¨ ¯ ´ ¸ ˂ ˃ ˄ ˅ ˒ ˓ ˔ ˕ ˖ ˗ ˘ ˙ ˚ ˛ ˜ ˝ ˞ ˟ ˥ ˦ ˧ ˨ ˩ ˪ ˫ ˭ ˯ ˰ ˱ ˲ ˳ ˴ ˵ ˶ ˷ ˸ ˹ ˺ ˻ ˼ ˽ ˾ ˿ ͵ ΄ ΅ ᾽ ᾿ ῀ ῁ ῍ ῎ ῏ ῝ ῞ ῟ ῭ ΅ ` ´ ῾ ゛ ゜ ꜀ ꜁ ꜂ ꜃ ꜄ ꜅ ꜆ ꜇ ꜈ ꜉ ꜊ ꜋ ꜌ ꜍ ꜎ ꜏ ꜐ ꜑ ꜒ ꜓ ꜔ ꜕ ꜖ ꜠ ꜡ ꞉ ꞊ ꭛ ﮲ ﮳ ﮴ ﮵ ﮶ ﮷ ﮸ ﮹ ﮺ ﮻ ﮼ ﮽ ﮾ ﮿ ﯀ ﯁ ＾ ｀ ￣ 🏻 🏼 🏽 🏾 🏿b",
		"a------------------------------------------------------------------------------------------------------------------------b"},
	{"Nonspacing_Mark",
		"à ̄ ̉ ̍ ̒ ̖ ̛ ̟ ̤ ̩ ̭ ̲ ̶ ̻ ̿ ̈́ ͉ ͍ ͒ ͖ ͛ ͟ ͤ ͨ ͭ ҅ ֒ ֗ ֛ ֠ ֤ ֩ ֮ ֲ ַ ֻ ׂ ؐ ؕ ؚ َ ٓ ٗ ٜ ٰ ۚ ۠ ۧ ۭ ܲ ܷ ܻ ݀ ݄ ݉ ީ ޭ ߬ ߰ ࠖ ࠛ ࠠ ࠦ ࠫ ࡛ ࣖ ࣛ ࣟ ࣥ ࣩ ࣮ ࣳ ࣷ ࣼ ऀ ु ॅ ॑ ॖ ঁ ৄ ৾ ੂ ੌ ੵ ૂ ે ૺ ૾ ୁ ୍ ீ ా ై ౕ ಁ ್ ഁ ൃ ൣ ූ ื ็ ์ ິ ູ ່ ໍ ༹ ུ ཹ ཽ ྃ ྍ ྒ ྖ ྜ ྡ ྥ ྪ ྮ ླ ྷ ྼ ူ ဵ ွ ၞ ၳ ႆ ፟ ᜳ ᝲ ី ូ ់ ៏ ៝ ᢅ ᤢ ᤺ ᨛ ᩛ ᩠ ᩨ ᩬ ᩷ ᩼ ᪲ ᪷ ᪻ ᬂ ᬷ ᭂ ᭯ ᭳ ᮤ ᮫ ᯩ ᯱ ᰰ ᰶ ᳔ ᳙ ᳝ ᳣ ᳧ ᳹ ᷃ ᷈ ᷍ ᷑ ᷖ ᷚ ᷟ ᷣ ᷨ ᷭ ᷱ ᷶ ᷻ ⃐ ⃔ ⃙ ⃡ ⃩ ⃮ ⳰ ⷢ ⷦ ⷫ ⷯ ⷴ ⷹ ⷽ 〬 ꙯ ꙸ ꙼ ꛱ ꠦ ꣡ ꣦ ꣪ ꣯ ꤦ ꤫ ꥈ ꥍ ꦀ ꦶ ꦽ ꨫ ꨲ ꩌ ꪴ ꫁ ꯥ \ufe01 \ufe05 \ufe0a \ufe0e ︣ ︧ ︬ 𐋠 𐍹 𐨅 𐨎 𐨿 𐴥 𐽈 𐽍 𑀁 𑀼 𑁀 𑁅 𑂁 𑂹 𑄧 𑄫 𑄱 𑅳 𑆸 𑆼 𑇋 𑈱 𑋟 𑋧 𑌀 𑍦 𑍪 𑍲 𑐹 𑐾 𑑆 𑒵 𑒿 𑖲 𑖽 𑗝 𑘷 𑘿 𑚰 𑚵 𑜟 𑜧 𑜫 𑠳 𑠷 𑧖 𑨁 𑨅 𑨊 𑨶 𑨽 𑩒 𑩙 𑪌 𑪐 𑪕 𑰰 𑰵 𑰺 𑲒 𑲗 𑲛 𑲠 𑲤 𑲫 𑲯 𑲶 𑴴 𑴽 𑵃 𑶐 𑻴 𖫳 𖬳 𖽏 𛲝 𝅻 𝅿 𝆆 𝆊 𝆭 𝨀 𝨅 𝨊 𝨎 𝨓 𝨗 𝨜 𝨠 𝨥 𝨩 𝨮 𝨳 𝨻 𝩀 𝩄 𝩉 𝩍 𝩒 𝩗 𝩛 𝩠 𝩤 𝩩 𝩵 𝪞 𝪤 𝪨 𝪭 𞀁 𞀆 𞀋 𞀐 𞀔 𞀛 𞀠 𞀦 𞄰 𞄴 𞋮 𞣒 𞥄 𞥉 \U000e0102 \U000e0107 \U000e010b \U000e0110 \U000e0114 \U000e0119 \U000e011e \U000e0122 \U000e0127 \U000e012b \U000e0130 \U000e0134 \U000e0139 \U000e013d \U000e0142 \U000e0147 \U000e014b \U000e0150 \U000e0154 \U000e0159 \U000e015d \U000e0162 \U000e0167 \U000e016b \U000e0170 \U000e0174 \U000e0179 \U000e017d \U000e0182 \U000e0187 \U000e018b \U000e0190 \U000e0194 \U000e0199 \U000e019d \U000e01a2 \U000e01a6 \U000e01ab \U000e01b0 \U000e01b4 \U000e01b9 \U000e01bd \U000e01c2 \U000e01c6 \U000e01cb \U000e01d0 \U000e01d4 \U000e01d9 \U000e01dd \U000e01e2 \U000e01e6 \U000e01eb \U000e01efb",
		"à-̄-̉-̍-̒-̖-̛-̟-̤-̩-̭-̲-̶-̻-̿-̈́-͉-͍-͒-͖-͛-͟-ͤ-ͨ-ͭ-҅-֒-֗-֛-֠-֤-֩-֮-ֲ-ַ-ֻ-ׂ-ؐ-ؕ-ؚ-َ-ٓ-ٗ-ٜ-ٰ-ۚ-۠-ۧ-ۭ-ܲ-ܷ-ܻ-݀-݄-݉-ީ-ޭ-߬-߰-ࠖ-ࠛ-ࠠ-ࠦ-ࠫ-࡛-ࣖ-ࣛ-ࣟ-ࣥ-ࣩ-࣮-ࣳ-ࣷ-ࣼ-ऀ-ु-ॅ-॑-ॖ-ঁ-ৄ-৾-ੂ-ੌ-ੵ-ૂ-ે-ૺ-૾-ୁ-୍-ீ-ా-ై-ౕ-ಁ-್-ഁ-ൃ-ൣ-ූ-ื-็-์-ິ-ູ-່-ໍ-༹-ུ-ཹ-ཽ-ྃ-ྍ-ྒ-ྖ-ྜ-ྡ-ྥ-ྪ-ྮ-ླ-ྷ-ྼ-ူ-ဵ-ွ-ၞ-ၳ-ႆ-፟-ᜳ-ᝲ-ី-ូ-់-៏-៝-ᢅ-ᤢ-᤺-ᨛ-ᩛ-᩠-ᩨ-ᩬ-᩷-᩼-᪲-᪷-᪻-ᬂ-ᬷ-ᭂ-᭯-᭳-ᮤ-᮫-ᯩ-ᯱ-ᰰ-ᰶ-᳔-᳙-᳝-᳣-᳧-᳹-᷃-᷈-᷍-᷑-ᷖ-ᷚ-ᷟ-ᷣ-ᷨ-ᷭ-ᷱ-᷶-᷻-⃐-⃔-⃙-⃡-⃩-⃮-⳰-ⷢ-ⷦ-ⷫ-ⷯ-ⷴ-ⷹ-ⷽ-〬-꙯-ꙸ-꙼-꛱-ꠦ-꣡-꣦-꣪-꣯-ꤦ-꤫-ꥈ-ꥍ-ꦀ-ꦶ-ꦽ-ꨫ-ꨲ-ꩌ-ꪴ-꫁-ꯥ-\ufe01-\ufe05-\ufe0a-\ufe0e-︣-︧-︬-𐋠-𐍹-𐨅-𐨎-𐨿-𐴥-𐽈-𐽍-𑀁-𑀼-𑁀-𑁅-𑂁-𑂹-𑄧-𑄫-𑄱-𑅳-𑆸-𑆼-𑇋-𑈱-𑋟-𑋧-𑌀-𑍦-𑍪-𑍲-𑐹-𑐾-𑑆-𑒵-𑒿-𑖲-𑖽-𑗝-𑘷-𑘿-𑚰-𑚵-𑜟-𑜧-𑜫-𑠳-𑠷-𑧖-𑨁-𑨅-𑨊-𑨶-𑨽-𑩒-𑩙-𑪌-𑪐-𑪕-𑰰-𑰵-𑰺-𑲒-𑲗-𑲛-𑲠-𑲤-𑲫-𑲯-𑲶-𑴴-𑴽-𑵃-𑶐-𑻴-𖫳-𖬳-𖽏-𛲝-𝅻-𝅿-𝆆-𝆊-𝆭-𝨀-𝨅-𝨊-𝨎-𝨓-𝨗-𝨜-𝨠-𝨥-𝨩-𝨮-𝨳-𝨻-𝩀-𝩄-𝩉-𝩍-𝩒-𝩗-𝩛-𝩠-𝩤-𝩩-𝩵-𝪞-𝪤-𝪨-𝪭-𞀁-𞀆-𞀋-𞀐-𞀔-𞀛-𞀠-𞀦-𞄰-𞄴-𞋮-𞣒-𞥄-𞥉-\U000e0102-\U000e0107-\U000e010b-\U000e0110-\U000e0114-\U000e0119-\U000e011e-\U000e0122-\U000e0127-\U000e012b-\U000e0130-\U000e0134-\U000e0139-\U000e013d-\U000e0142-\U000e0147-\U000e014b-\U000e0150-\U000e0154-\U000e0159-\U000e015d-\U000e0162-\U000e0167-\U000e016b-\U000e0170-\U000e0174-\U000e0179-\U000e017d-\U000e0182-\U000e0187-\U000e018b-\U000e0190-\U000e0194-\U000e0199-\U000e019d-\U000e01a2-\U000e01a6-\U000e01ab-\U000e01b0-\U000e01b4-\U000e01b9-\U000e01bd-\U000e01c2-\U000e01c6-\U000e01cb-\U000e01d0-\U000e01d4-\U000e01d9-\U000e01dd-\U000e01e2-\U000e01e6-\U000e01eb-\U000e01efb"},
	{"Number",
		"a0 4 8 ¼ ١ ٥ ۰ ۴ ۹ ߃ ߇ २ ६ ১ ৫ ৯ ৸ ੨ ੬ ૧ ૫ ୦ ୪ ୮ ୵ ௧ ௬ ௰ ౧ ౬ ౸ ౼ ೨ ೬ ൙ ൝ ൨ ൭ ൱ ൶ ෧ ෫ ๐ ๔ ๘ ໓ ໗ ༢ ༦ ༪ ༯ ༳ ၄ ၈ ႒ ႗ ፪ ፮ ፳ ፷ ፼ ០ ៤ ៩ ៳ ៸ ᠒ ᠖ ᥇ ᥋ ᥏ ᧔ ᧘ ᪂ ᪆ ᪐ ᪕ ᪙ ᭔ ᭘ ᮲ ᮷ ᱁ ᱅ ᱐ ᱔ ᱙ ⁶ ₀ ₅ ₉ ⅔ ⅘ ⅜ Ⅱ Ⅵ Ⅹ Ⅾ ⅲ ⅷ ⅻ ⅿ ↆ ① ⑥ ⑩ ⑭ ⑲ ⑶ ⑺ ⑿ ⒃ ⒈ ⒌ ⒐ ⒕ ⒙ ⓬ ⓰ ⓴ ⓹ ⓽ ❷ ❼ ➀ ➅ ➉ ➍ ➒ 〡 〦 〸 ㆓ ㈢ ㈦ ㉈ ㉍ ㉒ ㉗ ㉛ ㉟ ㊄ ㊈ ㊴ ㊸ ㊼ ꘡ ꘥ ꘩ ꛪ ꛮ ꠳ ꣑ ꣕ ꤀ ꤄ ꤉ ꧓ ꧗ ꧲ ꧶ ꩐ ꩕ ꩙ ꯴ ꯸ ２ ７ 𐄈 𐄍 𐄑 𐄕 𐄚 𐄞 𐄢 𐄧 𐄫 𐄰 𐅀 𐅄 𐅉 𐅍 𐅒 𐅖 𐅚 𐅟 𐅣 𐅧 𐅬 𐅰 𐅵 𐆊 𐋣 𐋨 𐋬 𐋱 𐋵 𐋹 𐌢 𐏑 𐒠 𐒤 𐒨 𐡛 𐡟 𐡼 𐢨 𐢬 𐣼 𐤖 𐤚 𐧁 𐧅 𐧊 𐧎 𐧔 𐧙 𐧝 𐧡 𐧦 𐧪 𐧯 𐧳 𐧷 𐧼 𐩀 𐩅 𐩽 𐪟 𐫯 𐭛 𐭟 𐭼 𐮩 𐮮 𐳼 𐴰 𐴵 𐴹 𐹤 𐹨 𐹬 𐹱 𐹵 𐹹 𐹾 𐼠 𐼥 𐽓 𑁔 𑁙 𑁝 𑁢 𑁦 𑁪 𑁯 𑃳 𑃷 𑄸 𑄼 𑇑 𑇕 𑇙 𑇥 𑇩 𑇮 𑇲 𑋱 𑋶 𑑐 𑑔 𑑙 𑓓 𑓘 𑙒 𑙖 𑛁 𑛅 𑜰 𑜴 𑜸 𑣡 𑣥 𑣩 𑣮 𑣲 𑱔 𑱘 𑱜 𑱡 𑱥 𑱪 𑵑 𑵕 𑶠 𑶤 𑶨 𑿃 𑿇 𑿌 𑿐 𑿔 𒐄 𒐈 𒐍 𒐑 𒐕 𒐚 𒐞 𒐢 𒐧 𒐫 𒐰 𒐴 𒐸 𒐽 𒑁 𒑆 𒑊 𒑎 𒑓 𒑗 𒑛 𒑠 𒑤 𒑩 𒑭 𖩢 𖩧 𖭑 𖭖 𖭛 𖭟 𖺂 𖺆 𖺊 𖺏 𖺓 𝋡 𝋥 𝋩 𝋮 𝋲 𝍣 𝍧 𝍫 𝍰 𝍴 𝍸 𝟒 𝟖 𝟛 𝟟 𝟣 𝟨 𝟬 𝟱 𝟵 𝟹 𝟾 𞅂 𞅆 𞋱 𞋵 𞣇 𞣋 𞣏 𞥔 𞥘 𞱴 𞱸 𞱼 𞲁 𞲅 𞲉 𞲎 𞲒 𞲗 𞲛 𞲟 𞲤 𞲨 𞲮 𞲳 𞴃 𞴈 𞴌 𞴐 𞴕 𞴙 𞴞 𞴢 𞴦 𞴫 𞴰 𞴵 𞴹 𞴽 🄄 🄈 🄌b",
		"a0-4-8--١-٥-۰-۴-۹-߃-߇-२-६-১-৫-৯--੨-੬-૧-૫-୦-୪-୮--௧-௬--౧-౬---೨-೬---൨-൭---෧-෫-๐-๔-๘-໓-໗-༢-༦----၄-၈-႒-႗------០-៤-៩---᠒-᠖-᥇-᥋-᥏-᧔-᧘-᪂-᪆-᪐-᪕-᪙-᭔-᭘-᮲-᮷-᱁-᱅-᱐-᱔-᱙--------ⅱ-ⅵ-ⅹ-ⅾ-ⅲ-ⅷ-ⅻ-ⅿ-ↆ---------------------------〡-〦-〸---------------꘡-꘥-꘩-ꛪ-ꛮ--꣑-꣕-꤀-꤄-꤉-꧓-꧗-꧲-꧶-꩐-꩕-꩙-꯴-꯸-２-７-----------𐅀-𐅄-𐅉-𐅍-𐅒-𐅖-𐅚-𐅟-𐅣-𐅧-𐅬-𐅰----------𐏑-𐒠-𐒤-𐒨----------------------------------𐴰-𐴵-𐴹---------------𑁦-𑁪-𑁯-𑃳-𑃷-𑄸-𑄼-𑇑-𑇕-𑇙-----𑋱-𑋶-𑑐-𑑔-𑑙-𑓓-𑓘-𑙒-𑙖-𑛁-𑛅-𑜰-𑜴-𑜸-𑣡-𑣥-𑣩---𑱔-𑱘-----𑵑-𑵕-𑶠-𑶤-𑶨------𒐄-𒐈-𒐍-𒐑-𒐕-𒐚-𒐞-𒐢-𒐧-𒐫-𒐰-𒐴-𒐸-𒐽-𒑁-𒑆-𒑊-𒑎-𒑓-𒑗-𒑛-𒑠-𒑤-𒑩-𒑭-𖩢-𖩧-𖭑-𖭖-------------------𝟒-𝟖-𝟛-𝟟-𝟣-𝟨-𝟬-𝟱-𝟵-𝟹-𝟾-𞅂-𞅆-𞋱-𞋵----𞥔-𞥘--------------------------------b"},
	{"Open_Punctuation",
		"a( [ { ༺ ༼ ᚛ ‚ „ ⁅ ⁽ ₍ ⌈ ⌊ 〈 ❨ ❪ ❬ ❮ ❰ ❲ ❴ ⟅ ⟦ ⟨ ⟪ ⟬ ⟮ ⦃ ⦅ ⦇ ⦉ ⦋ ⦍ ⦏ ⦑ ⦓ ⦕ ⦗ ⧘ ⧚ ⧼ ⸢ ⸤ ⸦ ⸨ ⹂ 〈 《 「 『 【 〔 〖 〘 〚 〝 ﴿ ︗ ︵ ︷ ︹ ︻ ︽ ︿ ﹁ ﹃ ﹇ ﹙ ﹛ ﹝ （ ［ ｛ ｟ ｢b",
		"a--------------------------------------------------------------------------b"},
	{"Other_Letter",
		"aª ޠ ਹ മ ၮ ሞ ᎈ ᔨ ᙘ ᡂ ᨄ ⴿ ㄉ 㑿 㖯 㛟 㠎 㤾 㩭 㮝 㳌 㷼 㼫 䁛 䆊 䊺 䏩 䔙 䙈 䝸 䢨 䧗 䬇 䰶 䵦 仟 倏 儾 剮 厝 响 嗼 圬 塜 妋 媻 寪 崚 幉 役 您 懘 指 搷 敦 暖 柅 棵 樥 歔 沄 涳 滣 瀒 煂 牱 玡 瓐 瘀 眯 硟 禎 窾 篮 紝 繍 罼 肬 臛 茋 萺 蕪 蚙 蟉 裸 訨 識 貇 趷 軦 逖 酅 鉵 鎤 铔 阃 霳 顢 馒 髁 鯱 鴡 鹐 龀 ꃀ ꇰ ꌟ ꑏ ꗉ ꣽ ꬉ 곳 긢 꽒 낁 놱 닡 됐 땀 뙯 랟 룎 맾 묭 뱝 붌 뺼 뿫 섛 쉋 썺 쒪 엙 윉 져 쥨 쪗 쯇 쳶 츦 콕 킅 톴 틤 퐔 핃 홳 힢 罹 ﭡ ﲲ ﺒ 𐂂 𐎆 𐙂 𐠟 𐪈 𐼘 𑈃 𑖒 𑩩 𒀜 𒅋 𒉻 𒒐 𓁼 𓆫 𓋛 𓐊 𔔋 𔘺 𖤣 𖩚 𗁨 𗆘 𗋇 𗏷 𗔦 𗙖 𗞅 𗢵 𗧤 𗬔 𗱃 𗵳 𗺢 𗿒 𘄂 𘈱 𘍡 𘒐 𘗀 𘛯 𘠧 𘥖 𘪆 𛃂 𛈼 𛱴 𞢺 𠂘 𠇇 𠋷 𠐦 𠕖 𠚅 𠞵 𠣤 𠨔 𠭃 𠱳 𠶢 𠻒 𡀁 𡄱 𡉡 𡎐 𡓀 𡗯 𡜟 𡡎 𡥾 𡪭 𡯝 𡴌 𡸼 𡽫 𢂛 𢇊 𢋺 𢐪 𢕙 𢚉 𢞸 𢣨 𢨗 𢭇 𢱶 𢶦 𢻕 𣀅 𣄴 𣉤 𣎔 𣓃 𣗳 𣜢 𣡒 𣦁 𣪱 𣯠 𣴐 𣸿 𣽯 𤂞 𤇎 𤋽 𤐭 𤕝 𤚌 𤞼 𤣫 𤨛 𤭊 𤱺 𤶩 𤻙 𥀈 𥄸 𥉧 𥎗 𥓆 𥗶 𥜦 𥡕 𥦅 𥪴 𥯤 𥴓 𥹃 𥽲 𦂢 𦇑 𦌁 𦐰 𦕠 𦚐 𦞿 𦣯 𦨞 𦭎 𦱽 𦶭 𦻜 𧀌 𧄻 𧉫 𧎚 𧓊 𧗹 𧜩 𧡙 𧦈 𧪸 𧯧 𧴗 𧹆 𧽶 𨂥 𨇕 𨌄 𨐴 𨕣 𨚓 𨟂 𨣲 𨨢 𨭑 𨲁 𨶰 𨻠 𩀏 𩄿 𩉮 𩎞 𩓍 𩗽 𩜬 𩡜 𩦌 𩪻 𩯫 𩴚 𩹊 𩽹 𪂩 𪇘 𪌈 𪐷 𪕧 𪚖 𪟯 𪤞 𪩎 𪭾 𪲭 𪷝 𪼌 𫀼 𫅫 𫊛 𫏊 𫓺 𫘩 𫝤 𫢕 𫧅 𫫴 𫰤 𫵔 𫺃 𫾳 𬃢 𬈒 𬍁 𬑱 𬖠 𬛐 𬟿 𬤯 𬩞 𬮎 𬲾 𬷭 𬼫 𭁚 𭆊 𭊹 𭏩 𭔘 𭙈 𭝷 𭢧 𭧖 𭬆 𭰵 𭵥 𭺕 𭿄 𮃴 𮈣 𮍓 𮒂 𮖲 𮛡 𮠑 𮥀 𮩰 𮮟 㰘 𪘀b",
		"aª-ޠ-ਹ-മ-ၮ-ሞ-ᎈ-ᔨ-ᙘ-ᡂ-ᨄ-ⴿ-ㄉ-㑿-㖯-㛟-㠎-㤾-㩭-㮝-㳌-㷼-㼫-䁛-䆊-䊺-䏩-䔙-䙈-䝸-䢨-䧗-䬇-䰶-䵦-仟-倏-儾-剮-厝-响-嗼-圬-塜-妋-媻-寪-崚-幉-役-您-懘-指-搷-敦-暖-柅-棵-樥-歔-沄-涳-滣-瀒-煂-牱-玡-瓐-瘀-眯-硟-禎-窾-篮-紝-繍-罼-肬-臛-茋-萺-蕪-蚙-蟉-裸-訨-識-貇-趷-軦-逖-酅-鉵-鎤-铔-阃-霳-顢-馒-髁-鯱-鴡-鹐-龀-ꃀ-ꇰ-ꌟ-ꑏ-ꗉ-ꣽ-ꬉ-곳-긢-꽒-낁-놱-닡-됐-땀-뙯-랟-룎-맾-묭-뱝-붌-뺼-뿫-섛-쉋-썺-쒪-엙-윉-져-쥨-쪗-쯇-쳶-츦-콕-킅-톴-틤-퐔-핃-홳-힢-罹-ﭡ-ﲲ-ﺒ-𐂂-𐎆-𐙂-𐠟-𐪈-𐼘-𑈃-𑖒-𑩩-𒀜-𒅋-𒉻-𒒐-𓁼-𓆫-𓋛-𓐊-𔔋-𔘺-𖤣-𖩚-𗁨-𗆘-𗋇-𗏷-𗔦-𗙖-𗞅-𗢵-𗧤-𗬔-𗱃-𗵳-𗺢-𗿒-𘄂-𘈱-𘍡-𘒐-𘗀-𘛯-𘠧-𘥖-𘪆-𛃂-𛈼-𛱴-𞢺-𠂘-𠇇-𠋷-𠐦-𠕖-𠚅-𠞵-𠣤-𠨔-𠭃-𠱳-𠶢-𠻒-𡀁-𡄱-𡉡-𡎐-𡓀-𡗯-𡜟-𡡎-𡥾-𡪭-𡯝-𡴌-𡸼-𡽫-𢂛-𢇊-𢋺-𢐪-𢕙-𢚉-𢞸-𢣨-𢨗-𢭇-𢱶-𢶦-𢻕-𣀅-𣄴-𣉤-𣎔-𣓃-𣗳-𣜢-𣡒-𣦁-𣪱-𣯠-𣴐-𣸿-𣽯-𤂞-𤇎-𤋽-𤐭-𤕝-𤚌-𤞼-𤣫-𤨛-𤭊-𤱺-𤶩-𤻙-𥀈-𥄸-𥉧-𥎗-𥓆-𥗶-𥜦-𥡕-𥦅-𥪴-𥯤-𥴓-𥹃-𥽲-𦂢-𦇑-𦌁-𦐰-𦕠-𦚐-𦞿-𦣯-𦨞-𦭎-𦱽-𦶭-𦻜-𧀌-𧄻-𧉫-𧎚-𧓊-𧗹-𧜩-𧡙-𧦈-𧪸-𧯧-𧴗-𧹆-𧽶-𨂥-𨇕-𨌄-𨐴-𨕣-𨚓-𨟂-𨣲-𨨢-𨭑-𨲁-𨶰-𨻠-𩀏-𩄿-𩉮-𩎞-𩓍-𩗽-𩜬-𩡜-𩦌-𩪻-𩯫-𩴚-𩹊-𩽹-𪂩-𪇘-𪌈-𪐷-𪕧-𪚖-𪟯-𪤞-𪩎-𪭾-𪲭-𪷝-𪼌-𫀼-𫅫-𫊛-𫏊-𫓺-𫘩-𫝤-𫢕-𫧅-𫫴-𫰤-𫵔-𫺃-𫾳-𬃢-𬈒-𬍁-𬑱-𬖠-𬛐-𬟿-𬤯-𬩞-𬮎-𬲾-𬷭-𬼫-𭁚-𭆊-𭊹-𭏩-𭔘-𭙈-𭝷-𭢧-𭧖-𭬆-𭰵-𭵥-𭺕-𭿄-𮃴-𮈣-𮍓-𮒂-𮖲-𮛡-𮠑-𮥀-𮩰-𮮟-㰘-𪘀b"},
	{"Other_Number",
		"a² ¹ ½ ৴ ৶ ৹ ୳ ୵ ୷ ௱ ౹ ౻ ౽ ൘ ൛ ൝ ൰ ൲ ൴ ൷ ༪ ༬ ༮ ༱ ༳ ፪ ፬ ፮ ፱ ፳ ፵ ፷ ፺ ፼ ៱ ៳ ៵ ៸ ᧚ ⁴ ⁶ ⁹ ₁ ₃ ₅ ₇ ⅐ ⅒ ⅔ ⅖ ⅙ ⅛ ⅝ ⅟ ① ④ ⑥ ⑧ ⑩ ⑫ ⑮ ⑰ ⑲ ⑴ ⑷ ⑹ ⑻ ⑽ ⑿ ⒂ ⒄ ⒆ ⒈ ⒋ ⒍ ⒏ ⒑ ⒓ ⒖ ⒘ ⒚ ⓪ ⓭ ⓯ ⓱ ⓳ ⓵ ⓸ ⓺ ⓼ ⓾ ❷ ❹ ❻ ❽ ❿ ➂ ➄ ➆ ➈ ➋ ➍ ➏ ➑ ➓ ㆓ ㆕ ㈡ ㈣ ㈥ ㈨ ㉈ ㉊ ㉌ ㉏ ㉒ ㉔ ㉖ ㉘ ㉛ ㉝ ㉟ ㊁ ㊄ ㊆ ㊈ ㊱ ㊳ ㊶ ㊸ ㊺ ㊼ ㊿ ꠱ ꠳ ꠵ 𐄈 𐄋 𐄍 𐄏 𐄑 𐄔 𐄖 𐄘 𐄚 𐄜 𐄟 𐄡 𐄣 𐄥 𐄨 𐄪 𐄬 𐄮 𐄰 𐄳 𐅶 𐅸 𐆋 𐋢 𐋥 𐋧 𐋩 𐋫 𐋮 𐋰 𐋲 𐋴 𐋶 𐋹 𐋻 𐌡 𐌣 𐡚 𐡜 𐡞 𐡹 𐡻 𐡾 𐢧 𐢩 𐢫 𐢮 𐣻 𐣽 𐣿 𐤗 𐤚 𐦼 𐧀 𐧂 𐧅 𐧇 𐧉 𐧋 𐧍 𐧒 𐧔 𐧖 𐧘 𐧛 𐧝 𐧟 𐧡 𐧣 𐧦 𐧨 𐧪 𐧬 𐧮 𐧱 𐧳 𐧵 𐧷 𐧺 𐧼 𐧾 𐩀 𐩂 𐩅 𐩇 𐩽 𐪝 𐫫 𐫭 𐫯 𐭙 𐭛 𐭞 𐭸 𐭺 𐭼 𐭿 𐮪 𐮬 𐮮 𐳺 𐳽 𐳿 𐹡 𐹣 𐹦 𐹨 𐹪 𐹬 𐹮 𐹱 𐹳 𐹵 𐹷 𐹺 𐹼 𐹾 𐼞 𐼠 𐼣 𐼥 𐽑 𐽓 𑁒 𑁕 𑁗 𑁙 𑁛 𑁞 𑁠 𑁢 𑁤 𑇡 𑇤 𑇦 𑇨 𑇪 𑇭 𑇯 𑇱 𑇳 𑜺 𑣫 𑣭 𑣯 𑣱 𑱛 𑱝 𑱟 𑱡 𑱣 𑱦 𑱨 𑱪 𑱬 𑿂 𑿄 𑿆 𑿈 𑿊 𑿍 𑿏 𑿑 𑿓 𖭜 𖭞 𖭠 𖺀 𖺂 𖺅 𖺇 𖺉 𖺋 𖺍 𖺐 𖺒 𖺔 𖺖 𝋢 𝋤 𝋦 𝋨 𝋪 𝋭 𝋯 𝋱 𝋳 𝍢 𝍤 𝍦 𝍨 𝍪 𝍭 𝍯 𝍱 𝍳 𝍶 𝍸 𞣈 𞣊 𞣌 𞣏 𞱲 𞱴 𞱶 𞱹 𞱻 𞱽 𞱿 𞲁 𞲄 𞲆 𞲈 𞲊 𞲍 𞲏 𞲑 𞲓 𞲕 𞲘 𞲚 𞲜 𞲞 𞲠 𞲣 𞲥 𞲧 𞲩 𞲭 𞲯 𞲲 𞲴 𞴂 𞴅 𞴇 𞴉 𞴋 𞴎 𞴐 𞴒 𞴔 𞴖 𞴙 𞴛 𞴝 𞴟 𞴢 𞴤 𞴦 𞴨 𞴪 𞴭 𞴰 𞴲 𞴴 𞴷 𞴹 𞴻 𞴽 🄁 🄄 🄆 🄈 🄊 🄌b",
		"a----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------b-1"},
	{"Other_Punctuation",
		"a! \" # & ' , . : ; @ \\ § ¶ ¿ ; ՚ ՛ ՜ ՞ ՟ ׀ ׃ ׳ ״ ؊ ، ؛ ؞ ٪ ٫ ٭ ۔ ܁ ܂ ܃ ܅ ܆ ܈ ܉ ܋ ܌ ߷ ߸ ࠰ ࠱ ࠳ ࠴ ࠶ ࠷ ࠹ ࠺ ࠻ ࠽ ࠾ । ॥ ৽ ੶ ౷ ಄ ๏ ๚ ༄ ༅ ༇ ༈ ༊ ་ ༌ ༎ ༏ ༑ ༒ ྅ ࿐ ࿒ ࿓ ࿙ ࿚ ။ ၌ ၎ ၏ ፠ ፡ ። ፤ ፥ ፧ ፨ ᛫ ᛬ ᜵ ᜶ ៕ ៖ ៙ ៚ ᠁ ᠂ ᠄ ᠅ ᠇ ᠉ ᠊ ᥅ ᨞ ᪠ ᪡ ᪣ ᪤ ᪦ ᪨ ᪪ ᪫ ᪭ ᭚ ᭛ ᭝ ᭞ ᭠ ᯼ ᯾ ᯿ ᰼ ᰽ ᰿ ᱾ ᳀ ᳁ ᳃ ᳄ ᳆ ᳇ ᳓ ‗ † • ‣ ‥ … ‰ ‱ ″ ‴ ‶ ‷ ※ ‼ ‾ ⁁ ⁂ ⁇ ⁈ ⁊ ⁋ ⁍ ⁎ ⁐ ⁑ ⁕ ⁖ ⁘ ⁙ ⁛ ⁜ ⁞ ⳹ ⳺ ⳼ ⳾ ⵰ ⸀ ⸆ ⸇ ⸋ ⸎ ⸐ ⸑ ⸓ ⸔ ⸖ ⸘ ⸛ ⸞ ⸟ ⸫ ⸬ ⸮ ⸰ ⸲ ⸳ ⸵ ⸶ ⸸ ⸹ ⸽ ⸾ ⹁ ⹃ ⹅ ⹆ ⹇ ⹉ ⹊ ⹌ ⹍ ⹏ 、 〃 〽 ꓾ ꓿ ꘎ ꘏ ꙾ ꛲ ꛳ ꛵ ꛶ ꡴ ꡵ ꡷ ꣎ ꣸ ꣹ ꣼ ꤮ ꥟ ꧁ ꧃ ꧄ ꧆ ꧇ ꧈ ꧊ ꧋ ꧍ ꧞ ꩜ ꩝ ꩟ ꫞ ꫰ ꫱ ︐ ︑ ︓ ︔ ︖ ︙ ︰ ﹆ ﹉ ﹋ ﹌ ﹑ ﹒ ﹕ ﹖ ﹟ ﹠ ﹨ ﹪ ！ ＂ ％ ＆ ＇ ， ． ： ； ＠ ＼ ､ ･ 𐄁 𐄂 𐏐 𐕯 𐤟 𐤿 𐩑 𐩒 𐩓 𐩕 𐩖 𐩘 𐩿 𐫱 𐫲 𐫴 𐫵 𐬹 𐬺 𐬼 𐬽 𐬿 𐮙 𐮛 𐮜 𐽕 𐽗 𐽘 𑁇 𑁈 𑁊 𑁋 𑁍 𑂻 𑂾 𑂿 𑃁 𑅀 𑅂 𑅃 𑅴 𑇅 𑇆 𑇈 𑇍 𑇝 𑇞 𑈸 𑈹 𑈻 𑈼 𑊩 𑑋 𑑍 𑑎 𑑛 𑑝 𑓆 𑗂 𑗃 𑗅 𑗆 𑗈 𑗉 𑗋 𑗌 𑗎 𑗏 𑗑 𑗒 𑗔 𑗕 𑗗 𑙁 𑙂 𑙠 𑙡 𑙣 𑙤 𑙦 𑙧 𑙩 𑙪 𑙬 𑜼 𑜾 𑠻 𑨿 𑩀 𑩂 𑩃 𑩄 𑩆 𑪚 𑪜 𑪞 𑪠 𑪡 𑱁 𑱂 𑱄 𑱅 𑱱 𑻷 𑿿 𒑰 𒑲 𒑳 𒑴 𖩯 𖫵 𖬸 𖬹 𖬻 𖭄 𖺘 𖺙 𖿢 𛲟 𝪈 𝪉 𝪋 𞥞 𞥟b",
		"a----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------b-2"},
	{"Other_Symbol",
		"a¦ ୰ ༕ ࿂ ࿘ ᧟ ᧮ ᧽ ᭷ № ⅍ ↤ ↵ ⇅ ⇘ ⇨ ⌃ ⌖ ⌨ ⌹ ⍉ ⍘ ⍧ ⍷ ⎇ ⎗ ⎿ ⏎ ⏤ ⏳ ␃ ␒ ␡ ⑊ ⒪ Ⓔ Ⓣ ⓘ ⓨ ┍ ┝ ┬ ┻ ╋ ╚ ╪ ╹ █ ▘ ▧ ▸ ◈ ◗ ◧ ◶ ☎ ☝ ☬ ☼ ♋ ♛ ♪ ♺ ⚊ ⚙ ⚩ ⚸ ⛇ ⛗ ⛦ ⛶ ✅ ✔ ✤ ✳ ❃ ❒ ❡ ➝ ➬ ➼ ⠋ ⠛ ⠪ ⠹ ⡉ ⡘ ⡨ ⡷ ⢆ ⢖ ⢥ ⢵ ⣄ ⣓ ⣣ ⣲ ⬂ ⬑ ⬠ ⭅ ⭚ ⭪ ⭻ ⮊ ⮜ ⮫ ⮻ ⯊ ⯙ ⯩ ⯸ ⺂ ⺑ ⺡ ⺱ ⻀ ⻐ ⻟ ⻮ ⼊ ⼙ ⼩ ⼸ ⽇ ⽗ ⽦ ⽶ ⾅ ⾔ ⾤ ⾳ ⿃ ⿒ ⿻ ㆛ ㇊ ㇚ ㈅ ㈔ ㈯ ㈾ ㉥ ㉴ ㊍ ㊝ ㊬ ㋋ ㋚ ㋩ ㋹ ㌈ ㌘ ㌧ ㌶ ㍆ ㍕ ㍥ ㍴ ㎃ ㎓ ㎢ ㎲ ㏁ ㏑ ㏠ ㏯ ㏿ ䷎ ䷞ ䷭ ䷼ ꒜ ꒫ ꒻ ꠫ 𐄸 𐆁 𐆓 𐇖 𐇥 𐇴 𑿘 𑿫 𝀃 𝀒 𝀡 𝀱 𝁀 𝁐 𝁟 𝁮 𝁾 𝂍 𝂝 𝂬 𝂻 𝃋 𝃚 𝃪 𝄃 𝄒 𝄢 𝄳 𝅃 𝅒 𝅘𝅥𝅯 𝆓 𝆢 𝆶 𝇅 𝇔 𝇤 𝈊 𝈚 𝈩 𝈸 𝌅 𝌔 𝌤 𝌳 𝍂 𝍒 𝠊 𝠚 𝠩 𝠸 𝡈 𝡗 𝡧 𝡶 𝢅 𝢕 𝢤 𝢴 𝣃 𝣒 𝣢 𝣱 𝤁 𝤐 𝤠 𝤯 𝤾 𝥎 𝥝 𝥭 𝥼 𝦋 𝦛 𝦪 𝦺 𝧉 𝧘 𝧨 𝧷 𝩰 𝪀 🀆 🀖 🀥 🀹 🁈 🁗 🁧 🁶 🂆 🂡 🂲 🃃 🃓 🃣 🃲 🄛 🄫 🄺 🅊 🅙 🅨 🅻 🆊 🆚 🆩 🇱 🈁 🈝 🈭 🉀 🉤 🌎 🌝 🌭 🌼 🍋 🍛 🍪 🍺 🎉 🎘 🎨 🎷 🏇 🏖 🏥 🏵 🐉 🐙 🐨 🐷 👇 👖 👦 👵 💄 💔 💣 💳 📂 📑 📡 📰 🔀 🔏 🔟 🔮 🔽 🕍 🕜 🕬 🕻 🖊 🖚 🖩 🖹 🗈 🗗 🗧 🗶 😆 😕 😤 😴 🙃 🙓 🙢 🙱 🚁 🚐 🚠 🚯 🚾 🛎 🛧 🛺 🜎 🜝 🜭 🜼 🝌 🝛 🝪 🞆 🞕 🞥 🞴 🟃 🟓 🟩 🠑 🠠 🠯 🠿 🡖 🡬 🡻 🢒 🢢 🤃 🤔 🤣 🤲 🥂 🥑 🥡 🥰 🦃 🦓 🦢 🦷 🧆 🧗 🧧 🧶 🨆 🨕 🨤 🨴 🩃 🩓 🩰 🪕b",
		"a-----------------------------------ⓔ-ⓣ-ⓘ-ⓨ---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------🄺--🅙-🅨-🅻-------------------------------------------------------------------------------------------------------------------------b"},
	{"Paragraph_Separator",
		"a\u2029b",
		"ab-1"},
	{"Private_Use",
		"a\ue000 \ue157 \ue2af \ue407 \ue55e \ue6b6 \ue80e \ue965 \ueabd \uec15 \ued6c \ueec4 \uf01c \uf173 \uf2cb \uf423 \uf57a \uf6d2 \uf82a \U000f0081 \U000f01d9 \U000f0331 \U000f0488 \U000f05e0 \U000f0738 \U000f088f \U000f09e7 \U000f0b3f \U000f0c96 \U000f0dee \U000f0f46 \U000f109d \U000f11f5 \U000f134d \U000f14a4 \U000f15fc \U000f1754 \U000f18ab \U000f1a03 \U000f1b5b \U000f1cb2 \U000f1e0a \U000f1f62 \U000f20b9 \U000f2211 \U000f2369 \U000f24c0 \U000f2618 \U000f2770 \U000f28c7 \U000f2a1f \U000f2b77 \U000f2cce \U000f2e26 \U000f2f7e \U000f30d5 \U000f322d \U000f3385 \U000f34dc \U000f3634 \U000f378c \U000f38e3 \U000f3a3b \U000f3b93 \U000f3cea \U000f3e42 \U000f3f9a \U000f40f1 \U000f4249 \U000f43a1 \U000f44f8 \U000f4650 \U000f47a8 \U000f48ff \U000f4a57 \U000f4baf \U000f4d06 \U000f4e5e \U000f4fb6 \U000f510d \U000f5265 \U000f53bd \U000f5514 \U000f566c \U000f57c4 \U000f591b \U000f5a73 \U000f5bcb \U000f5d22 \U000f5e7a \U000f5fd2 \U000f6129 \U000f6281 \U000f63d9 \U000f6530 \U000f6688 \U000f67e0 \U000f6937 \U000f6a8f \U000f6be7 \U000f6d3f \U000f6e96 \U000f6fee \U000f7146 \U000f729d \U000f73f5 \U000f754d \U000f76a4 \U000f77fc \U000f7954 \U000f7aab \U000f7c03 \U000f7d5b \U000f7eb2 \U000f800a \U000f8162 \U000f82b9 \U000f8411 \U000f8569 \U000f86c0 \U000f8818 \U000f8970 \U000f8ac7 \U000f8c1f \U000f8d77 \U000f8ece \U000f9026 \U000f917e \U000f92d5 \U000f942d \U000f9585 \U000f96dc \U000f9834 \U000f998c \U000f9ae3 \U000f9c3b \U000f9d93 \U000f9eea \U000fa042 \U000fa19a \U000fa2f1 \U000fa449 \U000fa5a1 \U000fa6f8 \U000fa850 \U000fa9a8 \U000faaff \U000fac57 \U000fadaf \U000faf06 \U000fb05e \U000fb1b6 \U000fb30d \U000fb465 \U000fb5bd \U000fb714 \U000fb86c \U000fb9c4 \U000fbb1b \U000fbc73 \U000fbdcb \U000fbf22 \U000fc07a \U000fc1d2 \U000fc329 \U000fc481 \U000fc5d9 \U000fc730 \U000fc888 \U000fc9e0 \U000fcb37 \U000fcc8f \U000fcde7 \U000fcf3e \U000fd096 \U000fd1ee \U000fd345 \U000fd49d \U000fd5f5 \U000fd74c \U000fd8a4 \U000fd9fc \U000fdb53 \U000fdcab \U000fde03 \U000fdf5a \U000fe0b2 \U000fe20a \U000fe361 \U000fe4b9 \U000fe611 \U000fe768 \U000fe8c0 \U000fea18 \U000feb6f \U000fecc7 \U000fee1f \U000fef76 \U000ff0ce \U000ff226 \U000ff37e \U000ff4d5 \U000ff62d \U000ff785 \U000ff8dc \U000ffa34 \U000ffb8c \U000ffce3 \U000ffe3b \U000fff93 \U001000ec \U00100244 \U0010039c \U001004f3 \U0010064b \U001007a3 \U001008fa \U00100a52 \U00100baa \U00100d01 \U00100e59 \U00100fb1 \U00101108 \U00101260 \U001013b8 \U0010150f \U00101667 \U001017bf \U00101916 \U00101a6e \U00101bc6 \U00101d1d \U00101e75 \U00101fcd \U00102124 \U0010227c \U001023d4 \U0010252b \U00102683 \U001027db \U00102932 \U00102a8a \U00102be2 \U00102d39 \U00102e91 \U00102fe9 \U00103140 \U00103298 \U001033f0 \U00103547 \U0010369f \U001037f7 \U0010394e \U00103aa6 \U00103bfe \U00103d55 \U00103ead \U00104005 \U0010415c \U001042b4 \U0010440c \U00104563 \U001046bb \U00104813 \U0010496a \U00104ac2 \U00104c1a \U00104d71 \U00104ec9 \U00105021 \U00105178 \U001052d0 \U00105428 \U0010557f \U001056d7 \U0010582f \U00105986 \U00105ade \U00105c36 \U00105d8d \U00105ee5 \U0010603d \U00106194 \U001062ec \U00106444 \U0010659b \U001066f3 \U0010684b \U001069a2 \U00106afa \U00106c52 \U00106da9 \U00106f01 \U00107059 \U001071b0 \U00107308 \U00107460 \U001075b7 \U0010770f \U00107867 \U001079bf \U00107b16 \U00107c6e \U00107dc6 \U00107f1d \U00108075 \U001081cd \U00108324 \U0010847c \U001085d4 \U0010872b \U00108883 \U001089db \U00108b32 \U00108c8a \U00108de2 \U00108f39 \U00109091 \U001091e9 \U00109340 \U00109498 \U001095f0 \U00109747 \U0010989f \U001099f7 \U00109b4e \U00109ca6 \U00109dfe \U00109f55 \U0010a0ad \U0010a205 \U0010a35c \U0010a4b4 \U0010a60c \U0010a763 \U0010a8bb \U0010aa13 \U0010ab6a \U0010acc2 \U0010ae1a \U0010af71 \U0010b0c9 \U0010b221 \U0010b378 \U0010b4d0 \U0010b628 \U0010b77f \U0010b8d7 \U0010ba2f \U0010bb86 \U0010bcde \U0010be36 \U0010bf8d \U0010c0e5 \U0010c23d \U0010c394 \U0010c4ec \U0010c644 \U0010c79b \U0010c8f3 \U0010ca4b \U0010cba2 \U0010ccfa \U0010ce52 \U0010cfa9 \U0010d101 \U0010d259 \U0010d3b0 \U0010d508 \U0010d660 \U0010d7b7 \U0010d90f \U0010da67 \U0010dbbe \U0010dd16 \U0010de6e \U0010dfc5 \U0010e11d \U0010e275 \U0010e3cc \U0010e524 \U0010e67c \U0010e7d3 \U0010e92b \U0010ea83 \U0010ebda \U0010ed32 \U0010ee8a \U0010efe1 \U0010f139 \U0010f291 \U0010f3e8 \U0010f540 \U0010f698 \U0010f7ef \U0010f947 \U0010fa9f \U0010fbf6 \U0010fd4e \U0010fea6 \U0010fffdb",
		"a----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------b-3"},
	{"Punctuation",
		"a! \" % ' ) , . : ? [ ] { ¡ « · ¿ · ՛ ՝ ՟ ֊ ׀ ׆ ״ ؊ ؍ ؞ ٪ ٬ ۔ ܁ ܃ ܅ ܇ ܉ ܋ ܍ ߸ ࠰ ࠲ ࠴ ࠶ ࠸ ࠺ ࠼ ࠾ । ॰ ੶ ౷ ෴ ๏ ๛ ༅ ༇ ༉ ་ ། ༏ ༑ ༔ ༻ ༽ ࿐ ࿒ ࿔ ࿚ ။ ၍ ၏ ፠ ። ፤ ፦ ፨ ᙮ ᚜ ᛬ ᜵ ។ ៖ ៙ ᠀ ᠂ ᠄ ᠆ ᠈ ᠊ ᥅ ᨟ ᪡ ᪣ ᪥ ᪨ ᪪ ᪬ ᭚ ᭜ ᭞ ᭠ ᯽ ᯾ ᰻ ᰽ ᰿ ᱿ ᳁ ᳃ ᳅ ᳇ ‐ ‒ — ‖ ‘ ‚ “ „ † • ․ … ‰ ′ ‴ ‶ ‸ › ‼ ‾ ⁀ ⁂ ⁅ ⁇ ⁉ ⁋ ⁍ ⁏ ⁑ ⁔ ⁖ ⁘ ⁚ ⁜ ⁞ ⁾ ₎ ⌉ ⌋ 〉 ❩ ❪ ❬ ❮ ❰ ❲ ❴ ⟅ ⟦ ⟨ ⟪ ⟬ ⟮ ⦃ ⦅ ⦇ ⦉ ⦋ ⦍ ⦏ ⦑ ⦓ ⦕ ⦗ ⧘ ⧚ ⧼ ⳹ ⳻ ⳾ ⵰ ⸁ ⸃ ⸅ ⸇ ⸉ ⸋ ⸍ ⸏ ⸑ ⸓ ⸕ ⸗ ⸙ ⸛ ⸝ ⸟ ⸡ ⸣ ⸥ ⸧ ⸨ ⸪ ⸬ ⸮ ⸱ ⸳ ⸵ ⸷ ⸹ ⸻ ⸽ ⸿ ⹁ ⹃ ⹅ ⹇ ⹉ ⹋ ⹍ ⹏ 。 〈 《 「 『 【 〔 〖 〘 〚 〜 〞 〰 ゠ ꓾ ꘍ ꘏ ꙾ ꛳ ꛵ ꛷ ꡵ ꡷ ꣏ ꣹ ꣼ ꤯ ꧁ ꧃ ꧅ ꧆ ꧈ ꧊ ꧌ ꧞ ꩜ ꩞ ꫞ ꫰ ꯫ ﴿ ︑ ︓ ︕ ︗ ︙ ︱ ︳ ︵ ︷ ︹ ︻ ︽ ︿ ﹁ ﹃ ﹅ ﹇ ﹉ ﹋ ﹍ ﹏ ﹑ ﹔ ﹖ ﹘ ﹚ ﹜ ﹞ ﹠ ﹣ ﹪ ！ ＃ ＆ （ ＊ － ／ ； ？ ［ ］ ｛ ｟ ｡ ｣ ･ 𐄁 𐎟 𐕯 𐤟 𐩐 𐩒 𐩔 𐩖 𐩘 𐫰 𐫲 𐫴 𐫶 𐬺 𐬼 𐬾 𐮙 𐮛 𐽕 𐽗 𐽙 𑁈 𑁊 𑁌 𑂻 𑂾 𑃀 𑅀 𑅂 𑅴 𑇅 𑇇 𑇍 𑇝 𑇟 𑈹 𑈻 𑈽 𑑋 𑑍 𑑏 𑑝 𑓆 𑗂 𑗄 𑗆 𑗈 𑗊 𑗌 𑗎 𑗐 𑗒 𑗔 𑗖 𑙁 𑙃 𑙡 𑙣 𑙥 𑙧 𑙩 𑙫 𑜼 𑜾 𑧢 𑩀 𑩂 𑩄 𑩆 𑪛 𑪞 𑪠 𑪢 𑱂 𑱄 𑱰 𑻷 𑿿 𒑱 𒑳 𖩮 𖫵 𖬸 𖬺 𖭄 𖺘 𖺚 𛲟 𝪈 𝪊 𞥞 𞥟b",
		"a----------------------------------------------------------------------------------------------------------------------------------⁀---------⁔---------------------------------------------------------------------------------------------------------------------------------︳-------------﹍-﹏----------------------------------------------------------------------------------------------------------------------b"},
	{"Separator",
		"a  \u00a0 \u1680 \u2000 \u2001 \u2002 \u2003 \u2004 \u2005 \u2006 \u2007 \u2008 \u2009 \u200a \u2028 \u2029 \u202f \u205f \u3000b",
		"a-------------------b"},
	{"Space_Separator",
		"a  \u00a0 \u1680 \u2000 \u2001 \u2002 \u2003 \u2004 \u2005 \u2006 \u2007 \u2008 \u2009 \u200a \u202f \u205f \u3000b",
		"a-----------------b"},
	{"Spacing_Mark",
		"aः ऻ ा ि ी ॉ ॊ ो ौ ॎ ॏ ং ঃ া ী ে ৈ ো ৌ ৗ ਃ ਾ ਿ ੀ ઃ ા િ ી ો ૌ ଂ ଃ ା ୀ େ ୈ ୋ ୌ ୗ ா ி ு ெ ே ை ொ ோ ௌ ௗ ఁ ం ః ు ూ ృ ౄ ಃ ಾ ೀ ು ೂ ೃ ೄ ೇ ೈ ೊ ೋ ೕ ೖ ഃ ാ ി ീ െ േ ൈ ൊ ോ ൌ ൗ ං ඃ ා ෑ ෘ ෙ ේ ෛ ො ෝ ෞ ෟ ෲ ෳ ༾ ༿ ཿ ာ ေ း ျ ြ ၖ ၗ ၢ ၣ ၤ ၧ ၨ ၩ ၪ ၬ ၭ ႃ ႄ ႇ ႈ ႉ ႊ ႋ ႌ ႏ ႚ ႛ ႜ ើ ឿ ៀ េ ែ ៃ ោ ៅ ះ ៈ ᤣ ᤤ ᤥ ᤩ ᤪ ᤫ ᤰ ᤱ ᤳ ᤴ ᤵ ᤶ ᤷ ᤸ ᨙ ᨚ ᩕ ᩡ ᩣ ᩤ ᩭ ᩮ ᩯ ᩰ ᩱ ᩲ ᬄ ᬵ ᬻ ᬽ ᬾ ᭀ ᭁ ᭃ ᭄ ᮂ ᮡ ᮦ ᮧ ᮪ ᯧ ᯪ ᯫ ᯬ ᯮ ᯳ ᰤ ᰥ ᰦ ᰧ ᰨ ᰩ ᰪ ᰫ ᰴ ᰵ ᳡ ᳷ 〮 ꠣ ꠤ ꠧ ꢀ ꢁ ꢴ ꢵ ꢶ ꢷ ꢸ ꢹ ꢺ ꢻ ꢽ ꢾ ꢿ ꣀ ꣁ ꣂ ꣃ ꥒ ꥓ ꦃ ꦴ ꦵ ꦺ ꦻ ꦿ ꧀ ꨯ ꨰ ꨳ ꨴ ꩍ ꩻ ꩽ ꫫ ꫮ ꫯ ꫵ ꯣ ꯦ ꯧ ꯩ ꯪ ꯬ 𑀀 𑀂 𑂂 𑂰 𑂱 𑂲 𑂷 𑂸 𑄬 𑅆 𑆂 𑆳 𑆴 𑆵 𑆿 𑇀 𑈬 𑈭 𑈮 𑈲 𑈳 𑈵 𑋠 𑋢 𑌂 𑌃 𑌾 𑌿 𑍁 𑍂 𑍃 𑍄 𑍇 𑍈 𑍋 𑍌 𑍗 𑍢 𑍣 𑐵 𑐶 𑐷 𑑀 𑑁 𑑅 𑒰 𑒱 𑒲 𑒹 𑒻 𑒽 𑒾 𑓁 𑖯 𑖰 𑖱 𑖸 𑖹 𑖺 𑖻 𑖾 𑘰 𑘱 𑘲 𑘼 𑘾 𑚬 𑚮 𑚯 𑚶 𑜠 𑜡 𑜦 𑠬 𑠭 𑠮 𑠸 𑧑 𑧓 𑧜 𑧝 𑧞 𑧟 𑧤 𑨹 𑩗 𑩘 𑪗 𑰯 𑰾 𑲩 𑲱 𑶊 𑶋 𑶌 𑶍 𑶎 𑶓 𑶔 𑶖 𑻵 𑻶 𖽑 𖽒 𖽓 𖽕 𖽖 𖽗 𖽘 𖽙 𖽚 𖽛 𖽜 𖽝 𖽞 𖽟 𖽠 𖽡 𖽢 𖽤 𖽥 𖽦 𖽧 𖽨 𖽩 𖽪 𖽫 𖽬 𖽭 𖽮 𖽯 𖽰 𖽱 𖽳 𖽴 𖽵 𖽶 𖽷 𖽸 𖽹 𖽺 𖽻 𖽼 𖽽 𖽾 𖽿 𖾀 𖾂 𖾃 𖾄 𖾅 𖾆 𖾇 𝅥 𝅦 𝅭 𝅮 𝅯 𝅰 𝅱 𝅲b",
		"aः-ऻ-ा-ि-ी-ॉ-ॊ-ो-ौ-ॎ-ॏ-ং-ঃ-া-ী-ে-ৈ-ো-ৌ-ৗ-ਃ-ਾ-ਿ-ੀ-ઃ-ા-િ-ી-ો-ૌ-ଂ-ଃ-ା-ୀ-େ-ୈ-ୋ-ୌ-ୗ-ா-ி-ு-ெ-ே-ை-ொ-ோ-ௌ-ௗ-ఁ-ం-ః-ు-ూ-ృ-ౄ-ಃ-ಾ-ೀ-ು-ೂ-ೃ-ೄ-ೇ-ೈ-ೊ-ೋ-ೕ-ೖ-ഃ-ാ-ി-ീ-െ-േ-ൈ-ൊ-ോ-ൌ-ൗ-ං-ඃ-ා-ෑ-ෘ-ෙ-ේ-ෛ-ො-ෝ-ෞ-ෟ-ෲ-ෳ-༾-༿-ཿ-ာ-ေ-း-ျ-ြ-ၖ-ၗ-ၢ-ၣ-ၤ-ၧ-ၨ-ၩ-ၪ-ၬ-ၭ-ႃ-ႄ-ႇ-ႈ-ႉ-ႊ-ႋ-ႌ-ႏ-ႚ-ႛ-ႜ-ើ-ឿ-ៀ-េ-ែ-ៃ-ោ-ៅ-ះ-ៈ-ᤣ-ᤤ-ᤥ-ᤩ-ᤪ-ᤫ-ᤰ-ᤱ-ᤳ-ᤴ-ᤵ-ᤶ-ᤷ-ᤸ-ᨙ-ᨚ-ᩕ-ᩡ-ᩣ-ᩤ-ᩭ-ᩮ-ᩯ-ᩰ-ᩱ-ᩲ-ᬄ-ᬵ-ᬻ-ᬽ-ᬾ-ᭀ-ᭁ-ᭃ-᭄-ᮂ-ᮡ-ᮦ-ᮧ-᮪-ᯧ-ᯪ-ᯫ-ᯬ-ᯮ-᯳-ᰤ-ᰥ-ᰦ-ᰧ-ᰨ-ᰩ-ᰪ-ᰫ-ᰴ-ᰵ-᳡-᳷-〮-ꠣ-ꠤ-ꠧ-ꢀ-ꢁ-ꢴ-ꢵ-ꢶ-ꢷ-ꢸ-ꢹ-ꢺ-ꢻ-ꢽ-ꢾ-ꢿ-ꣀ-ꣁ-ꣂ-ꣃ-ꥒ-꥓-ꦃ-ꦴ-ꦵ-ꦺ-ꦻ-ꦿ-꧀-ꨯ-ꨰ-ꨳ-ꨴ-ꩍ-ꩻ-ꩽ-ꫫ-ꫮ-ꫯ-ꫵ-ꯣ-ꯦ-ꯧ-ꯩ-ꯪ-꯬-𑀀-𑀂-𑂂-𑂰-𑂱-𑂲-𑂷-𑂸-𑄬-𑅆-𑆂-𑆳-𑆴-𑆵-𑆿-𑇀-𑈬-𑈭-𑈮-𑈲-𑈳-𑈵-𑋠-𑋢-𑌂-𑌃-𑌾-𑌿-𑍁-𑍂-𑍃-𑍄-𑍇-𑍈-𑍋-𑍌-𑍗-𑍢-𑍣-𑐵-𑐶-𑐷-𑑀-𑑁-𑑅-𑒰-𑒱-𑒲-𑒹-𑒻-𑒽-𑒾-𑓁-𑖯-𑖰-𑖱-𑖸-𑖹-𑖺-𑖻-𑖾-𑘰-𑘱-𑘲-𑘼-𑘾-𑚬-𑚮-𑚯-𑚶-𑜠-𑜡-𑜦-𑠬-𑠭-𑠮-𑠸-𑧑-𑧓-𑧜-𑧝-𑧞-𑧟-𑧤-𑨹-𑩗-𑩘-𑪗-𑰯-𑰾-𑲩-𑲱-𑶊-𑶋-𑶌-𑶍-𑶎-𑶓-𑶔-𑶖-𑻵-𑻶-𖽑-𖽒-𖽓-𖽕-𖽖-𖽗-𖽘-𖽙-𖽚-𖽛-𖽜-𖽝-𖽞-𖽟-𖽠-𖽡-𖽢-𖽤-𖽥-𖽦-𖽧-𖽨-𖽩-𖽪-𖽫-𖽬-𖽭-𖽮-𖽯-𖽰-𖽱-𖽳-𖽴-𖽵-𖽶-𖽷-𖽸-𖽹-𖽺-𖽻-𖽼-𖽽-𖽾-𖽿-𖾀-𖾂-𖾃-𖾄-𖾅-𖾆-𖾇-𝅥-𝅦-𝅭-𝅮-𝅯-𝅰-𝅱-𝅲b"},
	{"Symbol",
		"a$ ¯ ˙ ˲ ҂ ৺ ༃ ࿂ ᎐ ᧤ ᧶ ᭩ ῝ ₢ ₵ ℉ ⅁ ↗ ↪ ↼ ⇎ ⇠ ⇳ ∅ ∗ ∩ ∻ ≎ ≠ ≲ ⊄ ⊗ ⊩ ⊻ ⋍ ⋠ ⋲ ⌄ ⌚ ⌮ ⍁ ⍓ ⍥ ⍷ ⎊ ⎜ ⎮ ⏀ ⏓ ⏥ ⏷ ␉ ␛ ⑇ ⒪ Ⓖ Ⓨ ⓡ ┉ ┛ ┭ ╀ ╒ ╤ ╶ █ ▛ ▭ ▿ ◑ ◤ ◶ ☈ ☚ ☭ ☿ ♑ ♣ ♵ ⚈ ⚚ ⚬ ⚾ ⛑ ⛣ ⛵ ✇ ✚ ✬ ✾ ❐ ❢ ➡ ➳ ⟇ ⟙ ⟶ ⠈ ⠚ ⠬ ⠿ ⡑ ⡣ ⡵ ⢇ ⢚ ⢬ ⢾ ⣐ ⣣ ⣵ ⤇ ⤙ ⤫ ⤾ ⥐ ⥢ ⥴ ⦝ ⦯ ⧁ ⧓ ⧪ ⧾ ⨐ ⨢ ⨴ ⩇ ⩙ ⩫ ⩽ ⪐ ⪢ ⪴ ⫆ ⫙ ⫫ ⫽ ⬏ ⬡ ⬴ ⭆ ⭘ ⭪ ⭿ ⮑ ⮥ ⮷ ⯊ ⯜ ⯮ ⳥ ⺌ ⺠ ⺲ ⻄ ⻖ ⻩ ⼇ ⼙ ⼫ ⼾ ⽐ ⽢ ⽴ ⾆ ⾙ ⾫ ⾽ ⿏ 〄 ㆜ ㇎ ㇠ ㈏ ㈬ ㈾ ㉧ ㉹ ㊖ ㊨ ㋉ ㋛ ㋮ ㌀ ㌒ ㌤ ㌷ ㍉ ㍛ ㍭ ㍿ ㎒ ㎤ ㎶ ㏈ ㏛ ㏭ ㏿ ䷑ ䷤ ䷶ ꒘ ꒪ ꒼ ꜈ ꞊ ﮶ ﹩ ￪ 𐅻 𐆐 𐇕 𐇧 𐇺 𑿠 𖬼 𝀌 𝀟 𝀱 𝁃 𝁕 𝁨 𝁺 𝂌 𝂞 𝂰 𝃃 𝃕 𝃧 𝄃 𝄖 𝄪 𝄼 𝅎 𝅘𝅥𝅯 𝆕 𝆧 𝆹𝅥𝅮 𝇏 𝇢 𝈋 𝈝 𝈯 𝉅 𝌑 𝌣 𝌵 𝍈 𝜕 𝠋 𝠝 𝠯 𝡂 𝡔 𝡦 𝡸 𝢋 𝢝 𝢯 𝣁 𝣔 𝣦 𝣸 𝤊 𝤜 𝤯 𝥁 𝥓 𝥥 𝥸 𝦊 𝦜 𝦮 𝧁 𝧓 𝧥 𝧷 𝩲 𞅏 🀋 🀝 🀳 🁆 🁘 🁪 🁼 🂏 🂭 🃂 🃕 🃧 🄔 🄦 🄸 🅊 🅝 🅲 🆄 🆖 🆩 🇴 🈓 🈥 🈷 🉣 🌏 🌡 🌳 🍆 🍘 🍪 🍼 🎎 🎡 🎳 🏅 🏗 🏪 🏼 🐎 🐠 🐳 👅 👗 👩 👻 💎 💠 💲 📄 📗 📩 📻 🔍 🔠 🔲 🕄 🕖 🕨 🕻 🖍 🖟 🖱 🗄 🗖 🗨 🗺 😍 😟 😱 🙃 🙕 🙨 🙺 🚌 🚞 🚱 🛃 🛕 🛴 🜌 🜞 🜰 🝂 🝔 🝧 🞅 🞗 🞩 🞼 🟎 🟧 🠑 🠤 🠶 🡐 🡨 🡺 🢕 🢧 🤋 🤞 🤱 🥃 🥕 🥧 🥾 🦐 🦢 🦹 🧍 🧠 🧲 🨄 🨖 🨩 🨻 🩍 🩫 🪕b",
		"a-------------------------------------------------------ⓖ-ⓨ-ⓡ---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------🄸--🅝-🅲-🆄------------------------------------------------------------------------------------------------------b"},
	{"Titlecase_Letter",
		"aǅ ǈ ǋ ǲ ᾈ ᾉ ᾊ ᾋ ᾌ ᾍ ᾎ ᾏ ᾘ ᾙ ᾚ ᾛ ᾜ ᾝ ᾞ ᾟ ᾨ ᾩ ᾪ ᾫ ᾬ ᾭ ᾮ ᾯ ᾼ ῌ ῼb",
		"aǆ-ǉ-ǌ-ǳ-ᾀ-ᾁ-ᾂ-ᾃ-ᾄ-ᾅ-ᾆ-ᾇ-ᾐ-ᾑ-ᾒ-ᾓ-ᾔ-ᾕ-ᾖ-ᾗ-ᾠ-ᾡ-ᾢ-ᾣ-ᾤ-ᾥ-ᾦ-ᾧ-ᾳ-ῃ-ῳb"},
	{"Unassigned",
		"a\u0378 \U000105cb \U00011841 \U00012822 \U00013486 \U00013cb1 \U00014724 \U00014f4f \U0001577b \U00015fa6 \U000167d2 \U00018ee3 \U0001970f \U00019f3a \U0001a766 \U0001af91 \U0001ba6f \U0001c32d \U0001cb59 \U0001dcaf \U0001e583 \U0001efeb \U0002ec58 \U0002f483 \U0002fecd 𰛸 𰼤 \U0003174f \U00031f7b \U000327a6 \U00032fd2 \U000337fd \U00034029 \U00034854 \U00035080 \U000358ab \U000360d7 \U00036902 \U0003712e \U00037959 \U00038185 \U000389b0 \U000391dc \U00039a07 \U0003a233 \U0003aa5e \U0003b28a \U0003bab5 \U0003c2e1 \U0003cb0c \U0003d338 \U0003db63 \U0003e38f \U0003ebba \U0003f3e6 \U0003fc11 \U0004043d \U00040c68 \U00041494 \U00041cbf \U000424eb \U00042d16 \U00043542 \U00043d6d \U00044599 \U00044dc4 \U000455f0 \U00045e1b \U00046647 \U00046e72 \U0004769e \U00047ec9 \U000486f5 \U00048f20 \U0004974c \U00049f77 \U0004a7a3 \U0004afce \U0004b7fa \U0004c025 \U0004c851 \U0004d07c \U0004d8a8 \U0004e0d3 \U0004e8ff \U0004f12a \U0004f956 \U00050181 \U000509ad \U000511d8 \U00051a04 \U0005222f \U00052a5b \U00053286 \U00053ab2 \U000542dd \U00054b09 \U00055334 \U00055b60 \U0005638b \U00056bb7 \U000573e3 \U00057c0e \U0005843a \U00058c65 \U00059491 \U00059cbc \U0005a4e8 \U0005ad13 \U0005b53f \U0005bd6a \U0005c596 \U0005cdc1 \U0005d5ed \U0005de18 \U0005e644 \U0005ee6f \U0005f69b \U0005fec6 \U000606f2 \U00060f1d \U00061749 \U00061f74 \U000627a0 \U00062fcb \U000637f7 \U00064022 \U0006484e \U00065079 \U000658a5 \U000660d0 \U000668fc \U00067127 \U00067953 \U0006817e \U000689aa \U000691d5 \U00069a01 \U0006a22c \U0006aa58 \U0006b283 \U0006baaf \U0006c2da \U0006cb06 \U0006d331 \U0006db5d \U0006e388 \U0006ebb4 \U0006f3df \U0006fc0b \U00070436 \U00070c62 \U0007148d \U00071cb9 \U000724e4 \U00072d10 \U0007353b \U00073d67 \U00074592 \U00074dbe \U000755e9 \U00075e15 \U00076640 \U00076e6c \U00077697 \U00077ec3 \U000786ee \U00078f1a \U00079745 \U00079f71 \U0007a79c \U0007afc8 \U0007b7f3 \U0007c01f \U0007c84a \U0007d076 \U0007d8a1 \U0007e0cd \U0007e8f8 \U0007f124 \U0007f94f \U0008017b \U000809a6 \U000811d2 \U000819fd \U00082229 \U00082a54 \U00083280 \U00083aab \U000842d7 \U00084b02 \U0008532e \U00085b59 \U00086385 \U00086bb0 \U000873dc \U00087c07 \U00088433 \U00088c5e \U0008948a \U00089cb6 \U0008a4e1 \U0008ad0d \U0008b538 \U0008bd64 \U0008c58f \U0008cdbb \U0008d5e6 \U0008de12 \U0008e63d \U0008ee69 \U0008f694 \U0008fec0 \U000906eb \U00090f17 \U00091742 \U00091f6e \U00092799 \U00092fc5 \U000937f0 \U0009401c \U00094847 \U00095073 \U0009589e \U000960ca \U000968f5 \U00097121 \U0009794c \U00098178 \U000989a3 \U000991cf \U000999fa \U0009a226 \U0009aa51 \U0009b27d \U0009baa8 \U0009c2d4 \U0009caff \U0009d32b \U0009db56 \U0009e382 \U0009ebad \U0009f3d9 \U0009fc04 \U000a0430 \U000a0c5b \U000a1487 \U000a1cb2 \U000a24de \U000a2d09 \U000a3535 \U000a3d60 \U000a458c \U000a4db7 \U000a55e3 \U000a5e0e \U000a663a \U000a6e65 \U000a7691 \U000a7ebc \U000a86e8 \U000a8f13 \U000a973f \U000a9f6a \U000aa796 \U000aafc1 \U000ab7ed \U000ac018 \U000ac844 \U000ad06f \U000ad89b \U000ae0c6 \U000ae8f2 \U000af11d \U000af949 \U000b0174 \U000b09a0 \U000b11cb \U000b19f7 \U000b2222 \U000b2a4e \U000b3279 \U000b3aa5 \U000b42d0 \U000b4afc \U000b5327 \U000b5b53 \U000b637e \U000b6baa \U000b73d5 \U000b7c01 \U000b842c \U000b8c58 \U000b9483 \U000b9caf \U000ba4da \U000bad06 \U000bb531 \U000bbd5d \U000bc588 \U000bcdb4 \U000bd5e0 \U000bde0b \U000be637 \U000bee62 \U000bf68e \U000bfeb9 \U000c06e5 \U000c0f10 \U000c173c \U000c1f67 \U000c2793 \U000c2fbe \U000c37ea \U000c4015 \U000c4841 \U000c506c \U000c5898 \U000c60c3 \U000c68ef \U000c711a \U000c7946 \U000c8171 \U000c899d \U000c91c8 \U000c99f4 \U000ca21f \U000caa4b \U000cb276 \U000cbaa2 \U000cc2cd \U000ccaf9 \U000cd324 \U000cdb50 \U000ce37b \U000ceba7 \U000cf3d2 \U000cfbfe \U000d0429 \U000d0c55 \U000d1480 \U000d1cac \U000d24d7 \U000d2d03 \U000d352e \U000d3d5a \U000d4585 \U000d4db1 \U000d55dc \U000d5e08 \U000d6633 \U000d6e5f \U000d768a \U000d7eb6 \U000d86e1 \U000d8f0d \U000d9738 \U000d9f64 \U000da78f \U000dafbb \U000db7e6 \U000dc012 \U000dc83d \U000dd069 \U000dd894 \U000de0c0 \U000de8eb \U000df117 \U000df942 \U000e02bf \U000e0aea \U000e1316 \U000e1b41 \U000e236d \U000e2b98 \U000e33c4 \U000e3bef \U000e441b \U000e4c46 \U000e5472 \U000e5c9d \U000e64c9 \U000e6cf4 \U000e7520 \U000e7d4b \U000e8577 \U000e8da2 \U000e95ce \U000e9df9 \U000ea625 \U000eae50 \U000eb67c \U000ebea7 \U000ec6d3 \U000ecefe \U000ed72a \U000edf55 \U000ee781 \U000eefac \U000ef7d8 \U0010ffffb",
		"a-------------------------𰛸-𰼤--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------b"},
	{"Uppercase_Letter",
		"aA E I N R W À Å É Î Ò Ø Ü Ą Č Ė Ğ Ħ İ Ĺ Ń Ō Ŗ Ş Ũ Ű Ź Ƃ Ɗ Ɛ Ɨ Ɵ Ƨ Ư Ƶ Ǉ Ǒ Ǜ Ǥ Ǯ Ƿ Ȁ Ȉ Ȓ Ț Ȥ Ȭ Ȼ Ƀ Ɋ Ͳ Έ Ώ Δ Ι Ν Σ Χ Ϗ Ϙ Ϣ Ϫ Ϲ Ͽ Є Ј Ѝ Б Е К О У Ч Ь Ѡ Ѫ Ѳ Ѽ Ҍ Җ Ҟ Ҩ Ұ Һ Ӂ Ӊ Ӕ Ӝ Ӧ Ӯ Ӹ Ԁ Ԋ Ԓ Ԝ Ԥ Ԯ Դ Թ Խ Ղ Ն Պ Տ Փ Ⴁ Ⴅ Ⴊ Ⴎ Ⴓ Ⴗ Ⴜ Ⴠ Ⴥ Ꭱ Ꭶ Ꭺ Ꭾ Ꮃ Ꮇ Ꮌ Ꮐ Ꮕ Ꮙ Ꮞ Ꮢ Ꮧ Ꮫ Ꮰ Ꮴ Ꮹ Ꮽ Ᏺ Ა Ე Კ Ო Ტ Ღ Ძ Ჯ Ჴ Ჸ Ჿ Ḇ Ḑ Ḙ Ḣ Ḫ Ḵ Ḽ Ṅ Ṏ Ṗ Ṡ Ṩ Ṳ Ṻ Ẅ Ẍ ẞ Ầ Ằ Ẹ Ể Ị Ổ Ờ Ụ Ữ Ỷ Ἀ Ἄ Ἑ Ἕ Ἤ Ἰ Ἵ Ὁ Ὑ Ὠ Ὥ Ᾱ Ὴ Ὶ Ὺ Ὼ ℋ ℒ ℛ ℨ ℭ ℾ Ⰰ Ⰵ Ⰹ Ⰾ Ⱂ Ⱇ Ⱋ Ⱐ Ⱔ Ⱘ Ⱝ Ᵽ Ɑ Ⱳ Ⲃ Ⲋ Ⲕ Ⲝ Ⲧ Ⲯ Ⲹ Ⳁ Ⳋ Ⳓ Ⳛ Ⳬ Ꙃ Ꙍ Ꙕ Ꙟ Ꙧ Ꚃ Ꚋ Ꚕ Ꜣ Ꜭ Ꜷ Ꝁ Ꝉ Ꝓ Ꝛ Ꝣ Ꝭ Ᵹ Ꞇ Ꞓ Ꞟ Ꞧ Ɬ Ʝ Ꞻ Ꞔ Ｃ Ｇ Ｌ Ｐ Ｕ Ｙ 𐐂 𐐇 𐐋 𐐐 𐐔 𐐙 𐐝 𐐢 𐐦 𐒳 𐒷 𐒼 𐓀 𐓅 𐓉 𐓎 𐓒 𐲂 𐲇 𐲋 𐲐 𐲔 𐲙 𐲝 𐲢 𐲦 𐲫 𐲯 𑢡 𑢥 𑢪 𑢮 𑢳 𑢷 𑢻 𖹀 𖹄 𖹉 𖹍 𖹒 𖹖 𖹛 𖹟 𝐄 𝐈 𝐍 𝐑 𝐖 𝐴 𝐹 𝐽 𝑁 𝑆 𝑊 𝑩 𝑭 𝑲 𝑶 𝑻 𝑿 𝒟 𝒩 𝒯 𝒳 𝓒 𝓖 𝓚 𝓟 𝓣 𝓨 𝔇 𝔎 𝔒 𝔘 𝔜 𝔽 𝕂 𝕋 𝕏 𝕯 𝕳 𝕸 𝕼 𝖀 𝖅 𝖣 𝖨 𝖬 𝖱 𝖵 𝗔 𝗘 𝗝 𝗡 𝗦 𝗪 𝘉 𝘍 𝘒 𝘖 𝘚 𝘟 𝘽 𝙂 𝙆 𝙋 𝙏 𝙔 𝙲 𝙷 𝙻 𝚀 𝚄 𝚉 𝚫 𝚰 𝚴 𝚸 𝚽 𝛢 𝛧 𝛫 𝛰 𝛴 𝛹 𝜞 𝜣 𝜧 𝜬 𝜰 𝝖 𝝚 𝝟 𝝣 𝝧 𝝬 𝞑 𝞖 𝞚 𝞟 𝞣 𝞨 𞤂 𞤇 𞤋 𞤐 𞤔 𞤙 𞤝 𞤡b",
		"aa-e-i-n-r-w-à-å-é-î-ò-ø-ü-ą-č-ė-ğ-ħ-i̇-ĺ-ń-ō-ŗ-ş-ũ-ű-ź-ƃ-ɗ-ɛ-ɨ-ɵ-ƨ-ư-ƶ-ǉ-ǒ-ǜ-ǥ-ǯ-ƿ-ȁ-ȉ-ȓ-ț-ȥ-ȭ-ȼ-ƀ-ɋ-ͳ-έ-ώ-δ-ι-ν-σ-χ-ϗ-ϙ-ϣ-ϫ-ϲ-ͽ-є-ј-ѝ-б-е-к-о-у-ч-ь-ѡ-ѫ-ѳ-ѽ-ҍ-җ-ҟ-ҩ-ұ-һ-ӂ-ӊ-ӕ-ӝ-ӧ-ӯ-ӹ-ԁ-ԋ-ԓ-ԝ-ԥ-ԯ-դ-թ-խ-ղ-ն-պ-տ-փ-ⴁ-ⴅ-ⴊ-ⴎ-ⴓ-ⴗ-ⴜ-ⴠ-ⴥ-ꭱ-ꭶ-ꭺ-ꭾ-ꮃ-ꮇ-ꮌ-ꮐ-ꮕ-ꮙ-ꮞ-ꮢ-ꮧ-ꮫ-ꮰ-ꮴ-ꮹ-ꮽ-ᏺ-ა-ე-კ-ო-ტ-ღ-ძ-ჯ-ჴ-ჸ-ჿ-ḇ-ḑ-ḙ-ḣ-ḫ-ḵ-ḽ-ṅ-ṏ-ṗ-ṡ-ṩ-ṳ-ṻ-ẅ-ẍ-ß-ầ-ằ-ẹ-ể-ị-ổ-ờ-ụ-ữ-ỷ-ἀ-ἄ-ἑ-ἕ-ἤ-ἰ-ἵ-ὁ-ὑ-ὠ-ὥ-ᾱ-ὴ-ὶ-ὺ-ὼ-ℋ-ℒ-ℛ-ℨ-ℭ-ℾ-ⰰ-ⰵ-ⰹ-ⰾ-ⱂ-ⱇ-ⱋ-ⱐ-ⱔ-ⱘ-ⱝ-ᵽ-ɑ-ⱳ-ⲃ-ⲋ-ⲕ-ⲝ-ⲧ-ⲯ-ⲹ-ⳁ-ⳋ-ⳓ-ⳛ-ⳬ-ꙃ-ꙍ-ꙕ-ꙟ-ꙧ-ꚃ-ꚋ-ꚕ-ꜣ-ꜭ-ꜷ-ꝁ-ꝉ-ꝓ-ꝛ-ꝣ-ꝭ-ᵹ-ꞇ-ꞓ-ꞟ-ꞧ-ɬ-ʝ-ꞻ-ꞔ-ｃ-ｇ-ｌ-ｐ-ｕ-ｙ-𐐪-𐐯-𐐳-𐐸-𐐼-𐑁-𐑅-𐑊-𐑎-𐓛-𐓟-𐓤-𐓨-𐓭-𐓱-𐓶-𐓺-𐳂-𐳇-𐳋-𐳐-𐳔-𐳙-𐳝-𐳢-𐳦-𐳫-𐳯-𑣁-𑣅-𑣊-𑣎-𑣓-𑣗-𑣛-𖹠-𖹤-𖹩-𖹭-𖹲-𖹶-𖹻-𖹿-𝐄-𝐈-𝐍-𝐑-𝐖-𝐴-𝐹-𝐽-𝑁-𝑆-𝑊-𝑩-𝑭-𝑲-𝑶-𝑻-𝑿-𝒟-𝒩-𝒯-𝒳-𝓒-𝓖-𝓚-𝓟-𝓣-𝓨-𝔇-𝔎-𝔒-𝔘-𝔜-𝔽-𝕂-𝕋-𝕏-𝕯-𝕳-𝕸-𝕼-𝖀-𝖅-𝖣-𝖨-𝖬-𝖱-𝖵-𝗔-𝗘-𝗝-𝗡-𝗦-𝗪-𝘉-𝘍-𝘒-𝘖-𝘚-𝘟-𝘽-𝙂-𝙆-𝙋-𝙏-𝙔-𝙲-𝙷-𝙻-𝚀-𝚄-𝚉-𝚫-𝚰-𝚴-𝚸-𝚽-𝛢-𝛧-𝛫-𝛰-𝛴-𝛹-𝜞-𝜣-𝜧-𝜬-𝜰-𝝖-𝝚-𝝟-𝝣-𝝧-𝝬-𝞑-𝞖-𝞚-𝞟-𝞣-𝞨-𞤤-𞤩-𞤭-𞤲-𞤶-𞤻-𞤿-𞥃b"},
}
