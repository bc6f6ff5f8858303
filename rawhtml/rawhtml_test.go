package rawhtml

import (
	"strings"
	"testing"
)

// render writes tokens in a compact XHTML-like form for comparison.
func render(toks []Token) string {
	var sb strings.Builder
	for _, t := range toks {
		switch t.Kind {
		case Text:
			sb.WriteString(t.Text)
		case Start, Void:
			sb.WriteString("<" + t.Tag)
			for _, a := range t.Attrs {
				sb.WriteString(" " + a.Key + `="` + a.Val + `"`)
			}
			if t.Kind == Void {
				sb.WriteString("/")
			}
			sb.WriteString(">")
		case End:
			sb.WriteString("</" + t.Tag + ">")
		}
	}
	return sb.String()
}

func messages(is []Issue) string {
	var out []string
	for _, i := range is {
		out = append(out, i.Message)
	}
	return strings.Join(out, "; ")
}

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		mode     Mode
		want     string
		issues   string // substring of the joined messages ("" : none)
	}{
		{"inline elements kept", "<em>a</em> <strong>b</strong> <kbd>c</kbd> H<sub>2</sub>O", Inline, "<em>a</em> <strong>b</strong> <kbd>c</kbd> H<sub>2</sub>O", ""},
		{"upper-case tags", "<EM>a</EM><B>b</B>", Inline, "<em>a</em><b>b</b>", ""},
		{"entities become characters", "a&nbsp;b &copy; &amp; &lt;x&gt; &#169;", Inline, "a\u00a0b © & <x> ©", ""},
		{"comment dropped silently", "a<!-- secret -->b", Inline, "ab", ""},
		{"CDATA is a comment in HTML", "a<![CDATA[x]]>b", Inline, "ab", ""},
		{"unclosed element closed", "<em>a", Inline, "<em>a</em>", ""},
		{"stray closer dropped", "a</em>", Inline, "a", ""},
		{"crossed tags balanced", "<b><i>x</b></i>", Inline, "<b><i>x</i></b>", ""},
		{"unknown element: text kept", "<center>mid</center><font color=red>f</font>", Inline, "midf", ""},
		{"block tags dropped inline", "a <div>b</div> c", Inline, "a b c", ""},
		{"script removed with content", "a<script>alert(1)</script>b", Inline, "ab", "<script> removed"},
		{"split script tag is an unknown tag", "<scr<script>ipt>alert(1)</script>", Inline, "ipt>alert(1)", ""},
		{"style removed", "<style>p{}</style>x", Inline, "x", "<style> removed"},
		{"iframe removed", `<iframe src="https://e.com">fallback</iframe>x`, Inline, "x", "<iframe> removed"},
		{"form text kept", "<form><button>Go</button></form>", Inline, "Go", "<form> removed"},
		{"svg removed", "<svg><text>t</text></svg>x", Inline, "x", "<svg> removed"},
		{"object text kept", "<object data=x>alt</object>", Inline, "alt", "<object> removed"},
		{"video fallback kept", "<video src=v.mp4>No video</video>", Inline, "No video", "<video> removed"},
		{"event handler removed", `<img src=x onerror="alert(1)">`, Inline, `<img src="x" alt=""/>`, "attribute onerror removed from <img>"},
		{"style attribute removed", `<span style="color:red">x</span>`, Inline, "<span>x</span>", "style attribute removed from <span>"},
		{"javascript URL", `<a href="javascript:alert(1)">x</a>`, Inline, "<a>x</a>", `href "javascript:alert(1)" removed`},
		{"entity-obfuscated javascript", `<a href="jav&#x61;script:alert(1)">x</a>`, Inline, "<a>x</a>", "removed from <a>"},
		{"spaced, upper-case scheme", `<a href=" JavaScript:alert(1)">x</a>`, Inline, "<a>x</a>", "removed from <a>"},
		{"tab inside scheme", "<a href=\"java\tscript:x\">x</a>", Inline, "<a>x</a>", "removed from <a>"},
		{"data URL", `<a href="data:text/html,x">x</a>`, Inline, "<a>x</a>", "removed from <a>"},
		{"vbscript URL", `<a href="vbscript:x">x</a>`, Inline, "<a>x</a>", "removed from <a>"},
		{"safe links kept", `<a href="https://e.com/">a</a><a href="mailto:x@e.com">b</a><a href="ch.md#s">c</a><a href="#f">d</a>`, Inline,
			`<a href="https://e.com/">a</a><a href="mailto:x@e.com">b</a><a href="ch.md#s">c</a><a href="#f">d</a>`, ""},
		{"a name becomes id", `<a name="x"></a>`, Inline, `<a id="x"></a>`, ""},
		{"global attributes", `<span id="i" class="c" title="t" lang="fr" dir="rtl" align="left" data-x="y">x</span>`, Inline,
			`<span id="i" class="c" title="t" lang="fr" dir="rtl">x</span>`, ""},
		{"bad attribute values dropped", `<span dir="up" lang="x y">x</span>`, Inline, "<span>x</span>", ""},
		{"nested links dropped", `<a href="#a">x<a href="#b">y</a></a>`, Inline, `<a href="#a">xy</a>`, ""},
		{"bdo without dir is a span", "<bdo>x</bdo>", Inline, "<span>x</span>", ""},
		{"time without datetime is a span", "<time>soon</time><time datetime=\"2024-03-01\">d</time>", Inline, `<span>soon</span><time datetime="2024-03-01">d</time>`, ""},
		{"br and wbr", "a<br>b<br/>c<wbr>d", Inline, "a<br/>b<br/>c<wbr/>d", ""},
		{"self-closed element", `<span id="x"/>a`, Inline, `<span id="x"></span>a`, ""},
		{"loose text gets a paragraph", "text", Block, "<p>text</p>", ""},
		{"block kept", `<div class="note"><p>x</p></div>`, Block, `<div class="note"><p>x</p></div>`, ""},
		{"div in p ends the p", "<p>a<div>b</div>", Block, "<p>a</p><div>b</div>", ""},
		{"div in span dropped", "<div><span>a<div>b</div>c</span></div>", Block, "<div><span>abc</span></div>", ""},
		{"table cells", `<table><tr><th scope=col>h<td colspan=2 rowspan=x>d</table>`, Block,
			`<table><tr><th scope="col">h</th><td colspan="2">d</td></tr></table>`, ""},
		{"cell without row", "<table><td>x</td></table>", Block, "<table><tr><td>x</td></tr></table>", ""},
		{"text in a list", "<ul>loose<li>a<li>b</ul>", Block, "<ul><li>loose</li><li>a</li><li>b</li></ul>", ""},
		{"li outside a list", "<li>x</li>", Block, "<p>x</p>", ""},
		{"ol attributes", `<ol start="3" type="a" reversed><li value="7">x</li></ol>`, Block, `<ol start="3" type="a" reversed="reversed"><li value="7">x</li></ol>`, ""},
		{"details gets a summary", "<details>text</details>", Block, "<details><summary></summary>text</details>", ""},
		{"details with summary", "<details open><summary>S</summary>body</details>", Block, `<details open="open"><summary>S</summary>body</details>`, ""},
		{"caption first only", "<table><caption>c</caption><tr><td>x</td></tr></table>", Block, "<table><caption>c</caption><tr><td>x</td></tr></table>", ""},
		{"definition list", "<dl><dt>t<dd>d</dl>", Block, "<dl><dt>t</dt><dd>d</dd></dl>", ""},
		{"heading and hr", "<h3>T</h3><hr>", Block, "<h3>T</h3><hr/>", ""},
		{"meta and link removed", `<meta charset=utf-8><link rel=stylesheet href=x.css>`, Block, "", "<meta> removed"},
		{"img keeps alt, drops width", `<img src="a.png" alt="A" width="9">`, Block, `<p><img src="a.png" alt="A"/></p>`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks, issues := Parse(tc.in, tc.mode)
			if got := render(toks); got != tc.want {
				t.Errorf("Parse(%q) = %q, want %q", tc.in, got, tc.want)
			}
			m := messages(issues)
			if tc.issues == "" && m != "" || !strings.Contains(m, tc.issues) {
				t.Errorf("issues = %q, want %q", m, tc.issues)
			}
		})
	}
}

// TestBalancerAcrossFragments checks that tags balance over the fragments
// of one container, as goldmark gives inline HTML one tag per node.
func TestBalancerAcrossFragments(t *testing.T) {
	for _, tc := range []struct {
		name  string
		mode  Mode
		frags []string // "" stands for Markdown content between fragments
		want  string
	}{
		{"inline pair", Inline, []string{"<em>", "", "</em>"}, "<em>|</em>"},
		{"inline left open", Inline, []string{"<em>", ""}, "<em>|</em>"},
		{"crossed over nodes", Inline, []string{"<b>", "<i>", "", "</b>", "</i>"}, "<b><i>|</i></b>"},
		{"block div around Markdown", Block, []string{`<div class="note">`, "", "</div>"}, `<div class="note">|</div>`},
		{"p closed before Markdown", Block, []string{"<p>intro", "", "</p>"}, "<p>intro</p>|"},
		{"details gets its summary before Markdown", Block, []string{"<details>", "", "</details>"}, "<details><summary></summary>|</details>"},
		{"list item opened for Markdown", Block, []string{"<ul>", "", "</ul>"}, "<ul><li>|</li></ul>"},
		{"table cell holds Markdown", Block, []string{"<table><tr><td>", "", "</td></tr></table>"}, "<table><tr><td>|</td></tr></table>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := NewBalancer(tc.mode)
			var parts []string
			cur := ""
			for _, f := range tc.frags {
				if f == "" {
					cur += render(b.Gap(0))
					parts = append(parts, cur)
					cur = ""
					continue
				}
				toks, _ := b.Add(f)
				cur += render(toks)
			}
			cur += render(b.Close())
			parts = append(parts, cur)
			if got := strings.Join(parts, "|"); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDepthIsBounded(t *testing.T) {
	in := strings.Repeat("<span>", 5000) + "deep" + strings.Repeat("</span>", 5000)
	toks, _ := Parse(in, Inline)
	opens := 0
	for _, tk := range toks {
		if tk.Kind == Start {
			opens++
		}
	}
	if opens > maxDepth {
		t.Errorf("%d elements kept open, want at most %d", opens, maxDepth)
	}
	if !strings.Contains(render(toks), "deep") {
		t.Error("the text was lost")
	}
}
