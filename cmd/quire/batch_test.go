package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeBatchBook writes a tiny folder book.
func writeBatchBook(t *testing.T, dir, manifest, chapter string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "book.yaml"), []byte(manifest), 0o644)
	os.WriteFile(filepath.Join(dir, "one.md"), []byte(chapter), 0o644)
	return dir
}

// TestBatch builds three books in one call: two good ones and a broken one
// in the middle, which fails without stopping the others.
func TestBatch(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	root := t.TempDir()
	a := writeBatchBook(t, filepath.Join(root, "a"), "title: Alpha\nauthors: [A]\nlanguage: en\n", "# Alpha\n\nText.\n")
	bad := writeBatchBook(t, filepath.Join(root, "bad"), "title: Broken\nauthors: [B]\nlanguage: en\ntoc-depth: 9\n", "# Broken\n\n![x](missing.png)\n")
	c := writeBatchBook(t, filepath.Join(root, "c"), "title: Gamma\nauthors: [C]\nlanguage: en\n", "# Gamma\n\nText.\n")
	out := filepath.Join(root, "out")

	code, stdout, stderr := quire(t, "build", a, bad, c, "-o", out, "--format", "epub")
	if code != exitBook {
		t.Errorf("exit %d, want %d", code, exitBook)
	}
	wantOut := []string{"ok   " + a + " -> " + filepath.Join(out, "alpha.epub") + " (", "ok   " + c + " -> " + filepath.Join(out, "gamma.epub") + " ("}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 2 {
		t.Fatalf("stdout has %d lines, want 2:\n%s", len(lines), stdout)
	}
	for i, w := range wantOut {
		if !strings.HasPrefix(lines[i], w) || !strings.HasSuffix(lines[i], " s)") {
			t.Errorf("line %d = %q, want %q… s)", i, lines[i], w)
		}
	}
	for _, w := range []string{"FAIL " + bad + ": 2 errors\n", filepath.Join(bad, "book.yaml") + ":4:12: error: toc-depth", filepath.Join(bad, "one.md") + ":3:", "1 of 3 books failed"} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
	for _, f := range []string{"alpha.epub", "gamma.epub"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "broken.epub")); err == nil {
		t.Errorf("the broken book was written")
	}

	// The same books alone give the same editions: a batch changes nothing
	// but the concurrency.
	alone := filepath.Join(root, "alone")
	if code, _, stderr := quire(t, "build", a, "-o", alone, "--format", "epub"); code != exitOK {
		t.Fatalf("alone: exit %d\n%s", code, stderr)
	}
	one, _ := os.ReadFile(filepath.Join(out, "alpha.epub"))
	two, _ := os.ReadFile(filepath.Join(alone, "alpha.epub"))
	if hash(one) != hash(two) {
		t.Errorf("alpha.epub differs between the batch and a build alone")
	}
}

// TestBatchSameSlug: two books that would write the same files are refused
// before anything is built.
func TestBatchSameSlug(t *testing.T) {
	root := t.TempDir()
	a := writeBatchBook(t, filepath.Join(root, "a"), "title: Same\nauthors: [A]\nlanguage: en\n", "# A\n\nText.\n")
	b := writeBatchBook(t, filepath.Join(root, "b"), "title: Other\nslug: same\nauthors: [B]\nlanguage: en\n", "# B\n\nText.\n")
	out := filepath.Join(root, "out")
	code, stdout, stderr := quire(t, "build", a, b, "-o", out)
	if code != exitBook {
		t.Errorf("exit %d, want %d", code, exitBook)
	}
	if stdout != "" || !strings.Contains(stderr, a+" and "+b+` have the same slug "same"`) || !strings.Contains(stderr, "nothing written") {
		t.Errorf("stdout %q\nstderr %q", stdout, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("the output folder was created")
	}
}
