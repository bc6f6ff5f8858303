package epub

import "testing"

// TestGolden compares the package document, both TOCs and the chapters of
// the features fixture with their golden files.
func TestGolden(t *testing.T) {
	es := entries(t, fixture(t, "features"))
	for _, name := range []string{
		"package.opf", "nav.xhtml", "toc.ncx", "titlepage.xhtml", "cover.xhtml", "part-1.xhtml",
		"preface.xhtml", "inline.xhtml", "blocks.xhtml", "appendix.xhtml",
	} {
		t.Run(name, func(t *testing.T) {
			data, ok := es[root+name]
			if !ok {
				t.Fatalf("no entry %s", root+name)
			}
			golden(t, name, data)
		})
	}
}
