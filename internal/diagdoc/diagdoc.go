// Package diagdoc keeps the manual's catalogue of diagnostics
// (docs/src/diagnostics.md) in step with the errors and warnings Quire
// prints: it finds every errorf/warnf call with a literal format in the
// source, and its test fails when the catalogue does not mention one.
package diagdoc

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Dirs are the packages, relative to the module root, whose diagnostics
// the catalogue covers.
var Dirs = []string{"book", "pdf", "epub", "cmd/quire"}

// A Format is one literal format string passed to errorf or warnf.
type Format struct {
	Pos      string // file:line, relative to the module root
	Severity string // "error" or "warning"
	Text     string // the format string as written
}

// Key is the part of the format the catalogue must quote: the literal text
// before the first verb, or, when that is too short to say anything
// ("%s: …"), the first literal stretch of at least minKey characters.
func (f Format) Key() string {
	const minKey = 8
	parts := literals(f.Text)
	for _, p := range parts {
		if len([]rune(p)) >= minKey {
			return p
		}
	}
	best := ""
	for _, p := range parts {
		if len(p) > len(best) {
			best = p
		}
	}
	return best
}

// literals splits a format at its verbs (%s, %q, %d, %v, %.1f, %%…) and
// returns the trimmed literal stretches between them, first to last.
func literals(format string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if s := strings.Trim(b.String(), " :;,.()\"'“”—-"); s != "" {
			out = append(out, s)
		}
		b.Reset()
	}
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			b.WriteByte(format[i])
			continue
		}
		flush()
		// skip flags, width, precision and the verb letter
		for i++; i < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[i]) >= 0; i++ {
		}
	}
	flush()
	return out
}

// Scan parses the non-test Go files of Dirs under root and returns every
// call of a function or method named errorf or warnf whose format
// argument (the first string literal) is a literal, sorted by position.
func Scan(root string) ([]Format, error) {
	fset := token.NewFileSet()
	var out []Format
	for _, dir := range Dirs {
		files, err := filepath.Glob(filepath.Join(root, dir, "*.go"))
		if err != nil {
			return nil, err
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
			if err != nil {
				return nil, err
			}
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sev := severity(call.Fun)
				if sev == "" {
					return true
				}
				for _, arg := range call.Args {
					lit, ok := arg.(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						continue
					}
					text, err := strconv.Unquote(lit.Value)
					if err != nil {
						break
					}
					p := fset.Position(lit.Pos())
					rel, _ := filepath.Rel(root, p.Filename)
					out = append(out, Format{
						Pos:      filepath.ToSlash(rel) + ":" + strconv.Itoa(p.Line),
						Severity: sev,
						Text:     text,
					})
					break
				}
				return true
			})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Pos < out[j].Pos })
	return out, nil
}

// severity tells errorf and warnf calls (x.errorf, d.warnf, errorf…) apart
// from every other call.
func severity(fun ast.Expr) string {
	var name string
	switch f := fun.(type) {
	case *ast.Ident:
		name = f.Name
	case *ast.SelectorExpr:
		name = f.Sel.Name
	}
	switch name {
	case "errorf":
		return "error"
	case "warnf":
		return "warning"
	}
	return ""
}
