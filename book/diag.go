package book

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Pos is a place in a source file: 1-based line and column (in bytes).
type Pos struct {
	File string
	Line int
	Col  int
}

func (p Pos) String() string {
	switch {
	case p.Line <= 0:
		return p.File
	case p.Col <= 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Severity tells an error from a warning.
type Severity int

const (
	Warning Severity = iota
	Error
)

func (s Severity) String() string {
	if s == Error {
		return "error"
	}
	return "warning"
}

// Diagnostic is one problem found in a book, with its position.
type Diagnostic struct {
	Pos      Pos
	Severity Severity
	Message  string
}

func (d Diagnostic) String() string {
	return fmt.Sprintf("%s: %s: %s", d.Pos, d.Severity, d.Message)
}

// Diagnostics is every problem found while loading a book.
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Sort orders the diagnostics by file, line, column, then message.
func (ds Diagnostics) Sort() {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Pos.File != b.Pos.File {
			return a.Pos.File < b.Pos.File
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Col != b.Pos.Col {
			return a.Pos.Col < b.Pos.Col
		}
		return a.Message < b.Message
	})
}

// Error makes Diagnostics usable as an error: one diagnostic a line.
func (ds Diagnostics) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// diags collects diagnostics during a load.
type diags struct{ list Diagnostics }

func (d *diags) errorf(p Pos, format string, args ...any) {
	d.list = append(d.list, Diagnostic{p, Error, fmt.Sprintf(format, args...)})
}

func (d *diags) warnf(p Pos, format string, args ...any) {
	d.list = append(d.list, Diagnostic{p, Warning, fmt.Sprintf(format, args...)})
}

// lineStarts returns the byte offset of the start of every line of src.
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lineCol turns a byte offset into a 1-based line and column (in runes).
func lineCol(starts []int, src []byte, offset int) (line, col int) {
	if offset < 0 {
		offset = 0
	}
	if offset > len(src) {
		offset = len(src)
	}
	i := sort.Search(len(starts), func(i int) bool { return starts[i] > offset }) - 1
	if i < 0 {
		i = 0
	}
	return i + 1, len([]rune(string(src[starts[i]:offset]))) + 1
}

// closest returns the candidate nearest to word (case-insensitively, by
// edit distance), or "" when none is near enough to be a likely typo: at
// most a third of the word's letters may differ.
func closest(word string, candidates []string) string {
	return nearest(word, candidates, max(1, len([]rune(word))/3))
}

// nearest returns the candidate other than word itself whose edit distance
// to word (case-insensitively) is smallest and at most limit, or "".
// Ties go to the candidate first in sorted order.
func nearest(word string, candidates []string, limit int) string {
	best, bestD := "", limit+1
	sorted := append([]string(nil), candidates...)
	sort.Strings(sorted)
	lw := strings.ToLower(word)
	for _, c := range sorted {
		if c == word {
			continue
		}
		if d := editDistance(lw, strings.ToLower(c)); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// didYouMean is `did you mean "a" or "b"?`, or "" without candidates.
func didYouMean(candidates ...string) string {
	if len(candidates) == 0 {
		return ""
	}
	q := make([]string, len(candidates))
	for i, c := range candidates {
		q[i] = strconv.Quote(c)
	}
	return "did you mean " + strings.Join(q, " or ") + "?"
}

// aside puts a hint in parentheses after a clause: ` (did you mean "x"?)`.
func aside(hint string) string {
	if hint == "" {
		return ""
	}
	return " (" + hint + ")"
}

// Grouped returns the diagnostics with the errors first, then the
// warnings, each group sorted by file, line, column and message.
func (ds Diagnostics) Grouped() Diagnostics {
	out := make(Diagnostics, 0, len(ds))
	for _, sev := range []Severity{Error, Warning} {
		start := len(out)
		for _, d := range ds {
			if d.Severity == sev {
				out = append(out, d)
			}
		}
		out[start:].Sort()
	}
	return out
}

// Count returns the number of errors and of warnings.
func (ds Diagnostics) Count() (errors, warnings int) {
	for _, d := range ds {
		if d.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return errors, warnings
}
