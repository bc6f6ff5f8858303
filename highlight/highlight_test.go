package highlight

import (
	"fmt"
	"strings"
	"testing"
)

// dump writes lines of tokens compactly: tokens separated by "|", a class
// after its text as "text{class}", lines separated by "/".
func dump(lines [][]Token) string {
	var ls []string
	for _, l := range lines {
		var ts []string
		for _, t := range l {
			if t.Class == "" {
				ts = append(ts, t.Text)
			} else {
				ts = append(ts, t.Text+"{"+t.Class+"}")
			}
		}
		ls = append(ls, strings.Join(ts, "|"))
	}
	return strings.Join(ls, "/")
}

func TestLines(t *testing.T) {
	tests := []struct {
		name, lang, code string
		ok               bool
		want             string
	}{
		{"go", "go", "package main\n\nfunc main() {\n\tx := 42 // answer\n\tprintln(\"a\", true)\n}\n", true,
			"package{k}| main//func{k}| |main{nf}|() {/    x |:={o}| |42{l}| |// answer{c}/    |println{nb}|(|\"a\"{s}|, |true{kc}|)/}"},
		{"go type", "go", "var n int\n", true, "var{k}| n |int{kt}"},
		{"python", "python", "def f(a):\n    return a and None  # note\n", true,
			"def{k}| |f{nf}|(a):/    |return{k}| a |and{o}| |None{kc}|  |# note{c}"},
		{"python alias", "py", "pass\n", true, "pass{k}"},
		{"json", "json", `{"a": [1, true], "b": "x"}` + "\n", true,
			`{"a": [|1{l}|, |true{kc}|], "b": |"x"{s}|}`},
		{"shell", "sh", "# list\necho \"$HOME\"\n", true, "# list{c}/echo{nb}| |\"{s}|$HOME{nv}|\"{s}"},
		{"bash alias", "bash", "echo hi\n", true, "echo{nb}| hi"},
		{"language case", "Go", "package p\n", true, "package{k}| p"},
		{"unknown language", "no-such-language", "if x:\n\tpass\n", false, "if x:/    pass"},
		{"empty language", "", "package main\n", false, "package main"},
		{"empty code", "go", "", true, ""},
		{"empty code, unknown language", "nope", "", false, ""},
		{"blank lines kept", "go", "\n\npackage p\n\n", true, "//package{k}| p/"},
		{"no final newline", "go", "package p", true, "package{k}| p"},
		{"tabs to the next stop", "", "\tx\nab\tx\nabcd\tx\n", false, "    x/ab  x/abcd    x"},
		{"tabs inside tokens", "go", "x := \"a\tb\" //\tc\n", true, "x |:={o}| |\"a b\"{s}| |//   c{c}"},
		{"tabs count runes", "", "é\tx\n", false, "é   x"},
		{"CRLF line ends", "go", "package p\r\n\r\nvar x int\r\n", true, "package{k}| p//var{k}| x |int{kt}"},
		{"CRLF, plain", "", "a\r\nb\r\n", false, "a/b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, ok := Lines(tt.lang, tt.code)
			if ok != tt.ok {
				t.Errorf("ok = %v, want %v", ok, tt.ok)
			}
			if got := dump(lines); got != tt.want {
				t.Errorf("Lines(%q, %q) =\n  %s\nwant\n  %s", tt.lang, tt.code, got, tt.want)
			}
		})
	}
}

// TestLinesInvariants checks, for every language and sample, what both
// renderers rely on: one line per source line, the tokens spell the
// tab-expanded line, no tabs or line ends remain, no empty token, no two
// adjacent tokens of one class, and every class is styled.
func TestLinesInvariants(t *testing.T) {
	samples := []string{
		"package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"héllo, 世界\") /* c */\n}\n",
		"def f(x):\n\t'''doc'''\n\treturn {x: [1, 2.0, 0x1F]}\n\n\n",
		"#!/bin/bash\nfor f in *.md; do\n  echo \"${f%.md}\" >> out # note\ndone",
		"{\"a\": {\"b\": [null, false, -1.5e3]}}",
		"SELECT * FROM t WHERE a = 'x';\r\n",
		"\t\t\n \n",
		"unterminated \"string\n/* and comment\n",
	}
	for _, lang := range []string{"go", "python", "bash", "json", "sql", "c", "js", "rust", "yaml", "html", "diff", "text", "", "unknown"} {
		for i, code := range samples {
			t.Run(fmt.Sprintf("%s/%d", lang, i), func(t *testing.T) {
				lines, _ := Lines(lang, code)
				src := sourceLines(strings.ReplaceAll(code, "\r\n", "\n"))
				if len(lines) != len(src) {
					t.Fatalf("%d lines, want %d", len(lines), len(src))
				}
				styled := map[string]bool{"": true}
				for _, c := range Classes() {
					styled[c] = true
				}
				for i, l := range lines {
					var sb strings.Builder
					for k, tok := range l {
						sb.WriteString(tok.Text)
						switch {
						case tok.Text == "":
							t.Errorf("line %d: empty token", i+1)
						case strings.ContainsAny(tok.Text, "\t\r\n"):
							t.Errorf("line %d: token %q has a tab or line end", i+1, tok.Text)
						case !styled[tok.Class]:
							t.Errorf("line %d: class %q has no style", i+1, tok.Class)
						case k > 0 && l[k-1].Class == tok.Class:
							t.Errorf("line %d: adjacent tokens of class %q", i+1, tok.Class)
						}
					}
					if got, want := sb.String(), expandTabs(src[i]); got != want {
						t.Errorf("line %d spells %q, want %q", i+1, got, want)
					}
				}
			})
		}
	}
}

// TestLinesDeterministic lexes the same code many times over.
func TestLinesDeterministic(t *testing.T) {
	code := "package main\n\nfunc main() { for i := 0; i < 3; i++ { println(i, \"x\") } }\n"
	first, _ := Lines("go", code)
	for range 50 {
		if got, _ := Lines("go", code); dump(got) != dump(first) {
			t.Fatalf("Lines varies:\n%s\n%s", dump(got), dump(first))
		}
	}
}

func TestStyle(t *testing.T) {
	tests := []struct {
		class        string
		c            Color
		bold, italic bool
	}{
		{"", Color{0, 0, 0}, false, false},
		{"no-such-class", Color{0, 0, 0}, false, false},
		{"k", Color{0x53, 0x17, 0xac}, true, false},
		{"kt", Color{0x00, 0x5a, 0x5f}, false, false},
		{"s", Color{0x25, 0x44, 0xbb}, false, false},
		{"c", Color{0x50, 0x50, 0x50}, false, true},
	}
	for _, tt := range tests {
		c, bold, italic := Style(tt.class)
		if c != tt.c || bold != tt.bold || italic != tt.italic {
			t.Errorf("Style(%q) = %v %v %v, want %v %v %v", tt.class, c, bold, italic, tt.c, tt.bold, tt.italic)
		}
	}
}

func TestClassesUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Classes() {
		if c == "" || seen[c] {
			t.Errorf("class %q empty or repeated", c)
		}
		seen[c] = true
	}
}

func TestCSS(t *testing.T) {
	css := CSS()
	for _, want := range []string{
		"pre { background-color: #f2f2f0; color: #000000; }\n",
		"pre .k { color: #5317ac; font-weight: bold; }\n",
		"pre .c { color: #505050; font-style: italic; }\n",
		"pre .s { color: #2544bb; }\n",
	} {
		if !strings.Contains(css, want) {
			t.Errorf("CSS lacks %q:\n%s", want, css)
		}
	}
	for _, c := range Classes() {
		if !strings.Contains(css, "pre ."+c+" {") {
			t.Errorf("CSS has no rule for class %q", c)
		}
	}
}
