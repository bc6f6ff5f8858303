package corpus

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// A Limit is a book at the edge of what Quire takes: it must either build
// or fail with a clear error, in bounded time and memory, never panic.
type Limit struct {
	Name string
	// Slow marks the cases too big for every `go test` run.
	Slow bool
	// Write writes the book into an empty folder.
	Write func(dir string) error
	// Text, when set, must be in the EPUB's text when the book builds.
	Text string
	// Time, when set, replaces the default bound on the build's time.
	Time time.Duration
}

// Limits returns every limit case.
func Limits() []Limit {
	const deep = 5000
	return []Limit{
		{Name: "blockquotes-deep", Text: "deep", Write: oneChapter(strings.Repeat(">", deep) + " deep\n")},
		{Name: "lists-deep", Text: "deep", Write: oneChapter(nestedList(deep))},
		{Name: "ordered-lists-deep", Text: "deep", Write: oneChapter(strings.Repeat("1. ", deep) + "deep\n")},
		{Name: "emphasis-deep", Text: "deep", Write: oneChapter(strings.Repeat("*", deep) + "deep" + strings.Repeat("*", deep) + "\n")},
		{Name: "emphasis-nested-1k", Text: "deep", Write: oneChapter(strings.Repeat("*a _b ", 1000) + "deep" + strings.Repeat(" b_ a*", 1000) + "\n")},
		{Name: "emphasis-nested-5k", Text: "deep", Slow: true, Write: oneChapter(strings.Repeat("*a _b ", deep) + "deep" + strings.Repeat(" b_ a*", deep) + "\n")},
		{Name: "links-deep", Text: "deep", Write: oneChapter(strings.Repeat("[", deep) + "deep" + strings.Repeat("](#x)", deep) + "\n")},
		{Name: "brackets-unclosed-50k", Write: oneChapter(strings.Repeat("[", 50_000) + "\n")},
		{Name: "brackets-unclosed-500k", Slow: true, Write: oneChapter(strings.Repeat("[", 500_000) + "\n")},
		{Name: "images-in-links-deep", Write: oneChapter(strings.Repeat("[![", deep/2) + "deep" + strings.Repeat("](x.png)](#x)", deep/2) + "\n")},
		{Name: "mixed-deep", Text: "deep", Write: oneChapter(strings.Repeat("> - ", deep) + "deep\n")},
		{Name: "footnotes-5k", Slow: true, Write: oneChapter(footnotes(deep))},
		{Name: "word-30k", Write: oneChapter("# A long word\n\n" + strings.Repeat("abcdefghij", 3_000) + "\n\nAfter the word.\n")},
		{Name: "word-300k", Slow: true, Write: oneChapter("# A long word\n\n" + strings.Repeat("abcdefghij", 30_000) + "\n\nAfter the word.\n")},
		{Name: "code-line-300k", Write: oneChapter("```\n" + strings.Repeat("abcdefghij", 30_000) + "\n```\n")},
		{Name: "table-wide", Write: oneChapter(wideTable(2000))},
		{Name: "headings-2k", Write: oneChapter(strings.Repeat("## Heading\n\ntext\n\n", 2_000))},
		{Name: "headings-10k", Slow: true, Write: oneChapter(strings.Repeat("## Heading\n\ntext\n\n", 10_000))},
		{Name: "image-10k-square", Write: imageBook(10_000, 10_000, false)},
		{Name: "image-10k-square-rgba", Slow: true, Write: imageBook(10_000, 10_000, true)},
		{Name: "chapter-50MB", Slow: true, Time: 10 * time.Minute, Write: bigChapter(50 << 20)},
		{Name: "chapters-10k", Slow: true, Write: manyChapters(10_000)},
	}
}

// oneChapter writes a book of one chapter with the given Markdown.
func oneChapter(md string) func(dir string) error {
	return func(dir string) error {
		if err := writeBook(dir, "Limits", []string{"one.md"}); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, "one.md"), []byte("# One\n\n"+md), 0o644)
	}
}

// nestedList is n lists, each inside the item of the one before.
func nestedList(n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(strings.Repeat("  ", i))
		sb.WriteString("- item\n")
	}
	sb.WriteString(strings.Repeat("  ", n) + "deep\n")
	return sb.String()
}

// footnotes is a paragraph with n footnote references and their notes.
func footnotes(n int) string {
	var sb strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&sb, "w[^%d] ", i)
	}
	sb.WriteString("\n\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&sb, "[^%d]: note %d\n", i, i)
	}
	return sb.String()
}

// wideTable is a table of n columns and three rows.
func wideTable(n int) string {
	row := "|" + strings.Repeat(" c |", n) + "\n"
	return row + "|" + strings.Repeat("---|", n) + "\n" + row + row
}

// bigChapter writes one chapter of about size bytes: paragraphs of prose
// under a heading every hundred paragraphs.
func bigChapter(size int) func(dir string) error {
	return func(dir string) error {
		if err := writeBook(dir, "A big chapter", []string{"big.md"}); err != nil {
			return err
		}
		f, err := os.Create(filepath.Join(dir, "big.md"))
		if err != nil {
			return err
		}
		w := bufio.NewWriter(f)
		para := strings.Repeat("The quick brown fox jumps over the lazy dog, *again* and **again**. ", 12) + "\n\n"
		n := 0
		for i := 0; n < size; i++ {
			if i%100 == 0 {
				k, _ := fmt.Fprintf(w, "## Section %d\n\n", i/100+1)
				n += k
			}
			k, _ := w.WriteString(para)
			n += k
		}
		if err := w.Flush(); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
}

// manyChapters writes n small chapters.
func manyChapters(n int) func(dir string) error {
	return func(dir string) error {
		names := make([]string, n)
		for i := range names {
			names[i] = fmt.Sprintf("c%05d.md", i+1)
			md := fmt.Sprintf("# Chapter %d\n\nText of chapter %d, with a [link](c%05d.md).\n\n## A section\n\nMore text.\n", i+1, i+1, n-i)
			if err := os.WriteFile(filepath.Join(dir, names[i]), []byte(md), 0o644); err != nil {
				return err
			}
		}
		return writeBook(dir, "Ten thousand chapters", names)
	}
}

// imageBook writes a chapter showing one w × h PNG, grey or RGBA (with
// an alpha channel, which fpdf decodes in full).
func imageBook(w, h int, rgba bool) func(dir string) error {
	return func(dir string) error {
		f, err := os.Create(filepath.Join(dir, "big.png"))
		if err != nil {
			return err
		}
		if err := writePNG(f, w, h, rgba); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		return oneChapter("![A very big image](big.png)\n")(dir)
	}
}

// WriteGrayPNG writes a blank w × h 8-bit grey PNG, streaming its rows: a
// 10,000 × 10,000 image takes little memory to write and under a
// megabyte of file.
func WriteGrayPNG(out io.Writer, w, h int) error { return writePNG(out, w, h, false) }

// writePNG writes a blank w × h PNG: 8-bit grey, or 8-bit RGBA.
func writePNG(out io.Writer, w, h int, rgba bool) error {
	bpp := 1
	if rgba {
		bpp = 4
	}
	bw := bufio.NewWriter(out)
	bw.WriteString("\x89PNG\r\n\x1a\n")
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8], ihdr[9] = 8, 0 // 8 bits, greyscale
	if rgba {
		ihdr[9] = 6 // RGBA
	}
	chunk(bw, "IHDR", ihdr[:])
	var z bytes.Buffer
	zw := newZlib(&z)
	row := make([]byte, 1+w*bpp) // filter byte 0, then light pixels
	for i := 1; i < len(row); i++ {
		row[i] = 0xee
	}
	for y := 0; y < h; y++ {
		if _, err := zw.Write(row); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	chunk(bw, "IDAT", z.Bytes())
	chunk(bw, "IEND", nil)
	return bw.Flush()
}

func chunk(w *bufio.Writer, kind string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	w.Write(n[:])
	crc := crc32.NewIEEE()
	io.WriteString(crc, kind)
	crc.Write(data)
	w.WriteString(kind)
	w.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	w.Write(n[:])
}

// newZlib returns a fast zlib writer: the blank rows still shrink a
// hundredfold.
func newZlib(w io.Writer) io.WriteCloser {
	zw, _ := zlib.NewWriterLevel(w, zlib.BestSpeed)
	return zw
}
