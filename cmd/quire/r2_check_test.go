package main

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/quire-books/quire/book"
)

// treeHash is a picture of a folder tree: every entry's path, type,
// permissions, link target and content hash. Links are not followed.
func treeHash(t *testing.T, dir string) string {
	t.Helper()
	var sb strings.Builder
	err := filepath.WalkDir(dir, func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := os.Lstat(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		sb.WriteString(rel + " " + info.Mode().String())
		switch {
		case info.Mode()&fs.ModeSymlink != 0:
			target, _ := os.Readlink(p)
			sb.WriteString(" -> " + target)
		case info.Mode().IsRegular():
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			sb.WriteString(" " + hash(data))
		}
		sb.WriteString("\n")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return sb.String()
}

// unchanged fails the test if the tree at dir differs from before.
func unchanged(t *testing.T, dir, before string) {
	t.Helper()
	if after := treeHash(t, dir); after != before {
		t.Errorf("the source folder %s changed:\nbefore:\n%s\nafter:\n%s", dir, before, after)
	}
}

var diagLine = regexp.MustCompile(`^(\S+?):(\d+):(\d+): (error|warning): \S`)

// writeBook writes a book folder from a map of files.
func writeBook(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "book")
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestCheck(t *testing.T) {
	warnOnly := writeBook(t, map[string]string{
		"book.yaml": "title: T\nauthors: [A]\nlanguage: en\n",
		"a.md":      "# A\n\n## Usage\n\nSee [usage](#usag).\n",
	})
	tests := []struct {
		name     string
		args     []string
		code     int
		errs     int
		warns    int
		inStdout string
	}{
		{"errors and warnings", []string{"../../book/testdata/invalid/near-misses"}, exitBook, 3, 4, `did you mean "img/diagram.png"?`},
		{"warnings only", []string{warnOnly}, exitOK, 0, 1, `(did you mean "#usage"?)`},
		{"clean book", []string{"../../book/testdata/valid/features"}, exitOK, 0, 0, ""},
		{"one-file book", []string{"../../book/testdata/valid/single/article.md"}, exitOK, 0, 0, ""},
		{"bad manifest", []string{"../../book/testdata/invalid/wrong-types"}, exitBook, 5, 0, "title must be a single value, not a list"},
		{"missing source", []string{filepath.Join(t.TempDir(), "nope")}, exitBook, 1, 0, "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := tt.args[0]
			var before string
			if _, err := os.Stat(src); err == nil {
				before = treeHash(t, filepath.Dir(src))
			}
			code, stdout, stderr := quire(t, append([]string{"check"}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, stdout, stderr)
			}
			if !strings.Contains(stdout, tt.inStdout) {
				t.Errorf("stdout has no %q:\n%s", tt.inStdout, stdout)
			}
			var lines []string
			if stdout != "" {
				lines = strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
			}
			errs, warns := 0, 0
			for _, l := range lines {
				if strings.Contains(l, ": error: ") {
					errs++
					if warns > 0 {
						t.Errorf("an error after a warning: %s", l)
					}
				} else {
					warns++
				}
				if tt.name != "missing source" && !diagLine.MatchString(l) {
					t.Errorf("not file:line:col: severity: message: %q", l)
				}
			}
			if errs != tt.errs || warns != tt.warns {
				t.Errorf("%d errors and %d warnings, want %d and %d:\n%s", errs, warns, tt.errs, tt.warns, stdout)
			}
			if want := "quire check: " + plural(tt.errs, "error") + ", " + plural(tt.warns, "warning"); !strings.Contains(stderr, want) {
				t.Errorf("stderr %q, want %q", stderr, want)
			}
			// --json says the same, in the same order.
			jcode, jout, _ := quire(t, append([]string{"check", "--json"}, tt.args...)...)
			if jcode != code {
				t.Errorf("--json exit %d, text exit %d", jcode, code)
			}
			var raw []map[string]any
			if err := json.Unmarshal([]byte(jout), &raw); err != nil {
				t.Fatalf("--json output is not JSON: %v\n%s", err, jout)
			}
			if len(raw) != len(lines) {
				t.Fatalf("--json has %d entries, text %d lines", len(raw), len(lines))
			}
			for i, obj := range raw {
				var keys []string
				for k := range obj {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				if strings.Join(keys, ",") != "column,file,line,message,severity" {
					t.Errorf("entry %d has fields %v", i, keys)
				}
				d := book.Diagnostic{
					Pos:     book.Pos{File: obj["file"].(string), Line: int(obj["line"].(float64)), Col: int(obj["column"].(float64))},
					Message: obj["message"].(string),
				}
				if obj["severity"] == "error" {
					d.Severity = book.Error
				}
				if d.String() != lines[i] {
					t.Errorf("entry %d is %s\ntext line is %s", i, d, lines[i])
				}
			}
			if before != "" {
				unchanged(t, filepath.Dir(src), before)
			}
		})
	}
}

func TestCheckUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"help", []string{"check", "--help"}, exitOK, `"severity"  string  "error" or "warning"`},
		{"help check", []string{"help", "check"}, exitOK, "all the errors first"},
		{"two sources", []string{"check", "a", "b"}, exitUsage, "one SOURCE at a time"},
		{"bad flag", []string{"check", "--nope"}, exitUsage, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := quire(t, tt.args...)
			if code != tt.code || !strings.Contains(stdout+stderr, tt.want) {
				t.Errorf("exit %d, want %d; output has no %q:\n%s%s", code, tt.code, tt.want, stdout, stderr)
			}
		})
	}
}

// TestContainmentCLI: a book whose chapter is a link to a file outside the
// folder fails to build with an error naming the chapter and the link's
// target, writes nothing, and changes nothing; the same file read
// through a link inside the book builds.
func TestContainmentCLI(t *testing.T) {
	dir := writeBook(t, map[string]string{
		"book.yaml": "title: T\nauthors: [A]\nlanguage: en\nchapters: [a.md, leak.md]\n",
		"a.md":      "# A\n\nText.\n",
	})
	secret := filepath.Join(t.TempDir(), "secret.md")
	os.WriteFile(secret, []byte("# Secret\n\nTOP-SECRET-WORDS\n"), 0o644)
	if err := os.Symlink(secret, filepath.Join(dir, "leak.md")); err != nil {
		t.Fatal(err)
	}
	before := treeHash(t, dir)
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := quire(t, "build", dir, "-o", out)
	if code != exitBook || !strings.Contains(stderr, `book.yaml:4:18: error: chapter "leak.md" is a symbolic link to `) ||
		!strings.Contains(stderr, "outside the book folder") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("the output folder was created")
	}
	unchanged(t, dir, before)

	// A link inside the book is followed; SOURCE itself may be a link.
	os.Remove(filepath.Join(dir, "leak.md"))
	os.Symlink("a.md", filepath.Join(dir, "leak.md"))
	alias := filepath.Join(t.TempDir(), "alias")
	os.Symlink(dir, alias)
	before = treeHash(t, dir)
	if code, _, stderr := quire(t, "build", alias, "-o", out, "--format", "epub"); code != exitOK {
		t.Errorf("exit %d:\n%s", code, stderr)
	}
	unchanged(t, dir, before)
}
