package scaffold

import (
	"bytes"
	"errors"
	"image/png"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestFiles(t *testing.T) {
	a, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range a {
		names = append(names, f.Path)
	}
	want := []string{".gitignore", "book.yaml", "getting-started.md", "images/chart.png", "writing.md"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("files %q, want %q", names, want)
	}
	b, _ := Files()
	if !reflect.DeepEqual(a, b) {
		t.Errorf("two calls gave different files")
	}
	for _, f := range a {
		if f.Path == "images/chart.png" {
			img, err := png.Decode(bytes.NewReader(f.Data))
			if err != nil {
				t.Fatalf("chart: %v", err)
			}
			if r := img.Bounds(); r.Dx() < 300 || r.Dy() < 200 {
				t.Errorf("chart is %v", r)
			}
		}
	}
}

func TestWriteRefuses(t *testing.T) {
	tests := []struct {
		name     string
		existing []string
	}{
		{"a chapter", []string{"writing.md"}},
		{"the image and the gitignore", []string{"images/chart.png", ".gitignore"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, p := range tt.existing {
				p = filepath.Join(dir, filepath.FromSlash(p))
				os.MkdirAll(filepath.Dir(p), 0o755)
				if err := os.WriteFile(p, []byte("mine"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, err := Write(dir)
			var ee *ExistsError
			if !errors.As(err, &ee) {
				t.Fatalf("Write: %v, want an *ExistsError", err)
			}
			if len(ee.Paths) != len(tt.existing) {
				t.Errorf("paths %q, want %q", ee.Paths, tt.existing)
			}
			if _, err := os.Stat(filepath.Join(dir, "book.yaml")); err == nil {
				t.Errorf("book.yaml was written")
			}
		})
	}
}

func TestWriteCreatesDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	got, err := Write(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 5 {
		t.Errorf("wrote %q", got)
	}
	files, _ := Files()
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
		if err != nil || !bytes.Equal(data, f.Data) {
			t.Errorf("%s: %v", f.Path, err)
		}
	}
}
