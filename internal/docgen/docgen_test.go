package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/book"
)

func generated(t *testing.T) string {
	t.Helper()
	var buf bytes.Buffer
	if err := render(&buf, book.SettingTable()); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestSettingsChapterUpToDate: docs/src/settings.md is what the table
// gives today.
func TestSettingsChapterUpToDate(t *testing.T) {
	file := filepath.Join("..", "..", filepath.FromSlash(chapterPath))
	have, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v: run `go run ./internal/docgen`", err)
	}
	if want := generated(t); string(have) != want {
		a, b := strings.Split(string(have), "\n"), strings.Split(want, "\n")
		i := 0
		for i < len(a) && i < len(b) && a[i] == b[i] {
			i++
		}
		line := func(l []string) string {
			if i < len(l) {
				return l[i]
			}
			return "(end of file)"
		}
		t.Errorf("%s is stale: run `go run ./internal/docgen`\nline %d is\n\t%s\nwant\n\t%s", chapterPath, i+1, line(a), line(b))
	}
}

// TestSettingsChapterMatchesHelp: every key `quire build --help` lists
// (book.Settings) has a section of its own in the chapter, and every
// setting section of the chapter is such a key.
func TestSettingsChapterMatchesHelp(t *testing.T) {
	var headings []string
	for l := range strings.SplitSeq(generated(t), "\n") {
		if h, ok := strings.CutPrefix(l, "## "); ok {
			headings = append(headings, h)
		} else if h, ok := strings.CutPrefix(l, "### "); ok {
			headings = append(headings, h)
		}
	}
	help := book.Settings()
	if len(help) == 0 {
		t.Fatal("book.Settings() is empty")
	}
	for _, k := range help {
		if !slices.Contains(headings, k) {
			t.Errorf("quire build --help lists %s; the settings chapter has no section for it", k)
		}
	}
	for _, h := range headings {
		if strings.HasPrefix(h, "The ") && strings.HasSuffix(h, " section") {
			continue // a group of nested keys, as "The pdf section"
		}
		if !slices.Contains(help, h) {
			t.Errorf("the settings chapter has a section %q; quire build --help does not list it", h)
		}
	}
}

// TestSettingTableComplete: every entry says what it takes and does, and
// keys and aliases are unique.
func TestSettingTableComplete(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range book.SettingTable() {
		for _, n := range append([]string{s.Key}, s.Aliases...) {
			if seen[n] {
				t.Errorf("%s is named twice in the settings table", n)
			}
			seen[n] = true
		}
		if s.Type == "" || s.Doc == "" {
			t.Errorf("%s lacks a type or a description", s.Key)
		}
		if s.Required == (s.Default != "") {
			t.Errorf("%s: a setting has a default or is required, not both or neither", s.Key)
		}
	}
}

// TestSettingNamesAccepted: book.yaml takes every key and alias of the
// table without an unknown-key warning, so the table names no setting the
// validator does not read.
func TestSettingNamesAccepted(t *testing.T) {
	for _, s := range book.SettingTable() {
		if s.Section() {
			continue // its keys are tried one by one
		}
		for _, name := range append([]string{s.Key}, s.Aliases...) {
			yaml := "title: T\nauthors: [A]\nlanguage: en\n"
			if section, key, ok := strings.Cut(name, "."); ok {
				yaml += section + ":\n  " + key + ":\n"
			} else {
				yaml += name + ":\n"
			}
			fsys := fstest.MapFS{"book.yaml": {Data: []byte(yaml)}, "one.md": {Data: []byte("# One\n")}}
			_, diags := book.Load(fsys)
			for _, d := range diags {
				if strings.Contains(d.Message, "unknown key") {
					t.Errorf("%s: %s", name, d.Message)
				}
			}
		}
	}
}
