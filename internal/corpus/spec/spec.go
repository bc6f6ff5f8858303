// Package spec reads the CommonMark specification's examples from the
// copy goldmark ships (_test/spec.json in its module folder). It imports
// nothing of Quire, so that every package's tests can seed from it.
package spec

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Example is one example of the specification.
type Example struct {
	Number   int    `json:"example"`
	Section  string `json:"section"`
	Markdown string `json:"markdown"`
	HTML     string `json:"html"`
	Line     int    `json:"start_line"`
}

// File finds spec.json in goldmark's module folder.
func File() (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/yuin/goldmark").Output()
	if err != nil {
		return "", fmt.Errorf("finding goldmark's module folder: %w", err)
	}
	return filepath.Join(strings.TrimSpace(string(out)), "_test", "spec.json"), nil
}

// Examples reads every example of the specification, in order.
func Examples() ([]Example, error) {
	p, err := File()
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	var out []Example
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	return out, nil
}

// Seeds returns the examples' Markdown joined into groups of n, separated
// by a thematic break: few, rich fuzzing seeds.
func Seeds(n int) []string {
	ex, err := Examples()
	if err != nil {
		return nil
	}
	var out []string
	for i := 0; i < len(ex); i += n {
		var sb strings.Builder
		for _, e := range ex[i:min(i+n, len(ex))] {
			sb.WriteString(e.Markdown)
			sb.WriteString("\n\n* * *\n\n")
		}
		out = append(out, sb.String())
	}
	return out
}

// MarkdownFiles returns the contents of the Markdown files that match the
// glob patterns, in order: real chapters to seed the fuzz targets with.
func MarkdownFiles(patterns ...string) []string {
	var out []string
	for _, pat := range patterns {
		names, _ := filepath.Glob(pat)
		for _, name := range names {
			if data, err := os.ReadFile(name); err == nil {
				out = append(out, string(data))
			}
		}
	}
	return out
}
