package pdf

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// fpdf has no hooks in what it writes last (the catalog, the resources),
// so the finished file is edited: cut into its objects, some of them
// changed, renumbered or moved, then written again with a new
// cross-reference table. The parser expects fpdf's layout (one classic
// xref table of one section, every object but 0 in use, then the trailer)
// and fails rather than guess on anything else.

// pdfFile is a PDF cut into its objects.
type pdfFile struct {
	head    []byte      // before the first object
	objs    []pdfObj    // in file order
	trailer []byte      // from "trailer" to before "startxref"
	count   int         // entries in the xref table, the free entry 0 included
	index   map[int]int // object number -> index in objs, made by obj
}

// pdfObj is one object: its number and its bytes, from "N 0 obj" to the
// next object.
type pdfObj struct {
	num  int
	data []byte
}

var startxrefRE = regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n?$`)

// parsePDF cuts a PDF written by fpdf into its objects. The objects share
// memory with pdf.
func parsePDF(pdf []byte) (*pdfFile, error) {
	fail := func(what string) (*pdfFile, error) {
		return nil, fmt.Errorf("pdf: reading the written file: %s", what)
	}
	m := startxrefRE.FindSubmatchIndex(pdf)
	if m == nil {
		return fail("no startxref at the end of the file")
	}
	xrefAt, _ := strconv.Atoi(string(pdf[m[2]:m[3]]))
	trailerAt := bytes.LastIndex(pdf, []byte("\ntrailer\n"))
	if xrefAt <= 0 || xrefAt >= len(pdf) || trailerAt < xrefAt || !bytes.HasPrefix(pdf[xrefAt:], []byte("xref\n")) {
		return fail("no cross-reference table where startxref points")
	}
	// The table: "xref\n0 N\n" then N entries of 20 bytes.
	lines := strings.SplitN(string(pdf[xrefAt:min(trailerAt, xrefAt+64)]), "\n", 3)
	var first, count int
	if len(lines) < 3 {
		return fail("a malformed cross-reference table")
	}
	if _, err := fmt.Sscanf(lines[1], "%d %d", &first, &count); err != nil || first != 0 || count < 1 {
		return fail("a cross-reference table with more than one section")
	}
	entriesAt := xrefAt + len("xref\n") + len(lines[1]) + 1
	if entriesAt+20*count != trailerAt+1 {
		return fail("a cross-reference table that does not fit the file")
	}
	offsets := make([]int, count)
	for i := 1; i < count; i++ {
		e := pdf[entriesAt+20*i : entriesAt+20*i+20]
		off, err := strconv.Atoi(string(e[:10]))
		if err != nil || string(e[10:]) != " 00000 n \n" || off <= 0 || off >= xrefAt {
			return fail(fmt.Sprintf("a malformed cross-reference entry %d", i))
		}
		offsets[i] = off
	}
	order := make([]int, 0, count-1) // object numbers in file order
	for i := 1; i < count; i++ {
		order = append(order, i)
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(offsets[a], offsets[b]) })
	f := &pdfFile{trailer: pdf[trailerAt+1 : m[0]], count: count}
	if len(order) == 0 {
		f.head = pdf[:xrefAt]
		return f, nil
	}
	f.head = pdf[:offsets[order[0]]]
	for k, n := range order {
		end := xrefAt
		if k+1 < len(order) {
			end = offsets[order[k+1]]
		}
		data := pdf[offsets[n]:end]
		if !bytes.HasPrefix(data, []byte(strconv.Itoa(n)+" 0 obj\n")) {
			return fail(fmt.Sprintf("object %d is not where the table says", n))
		}
		f.objs = append(f.objs, pdfObj{n, data})
	}
	return f, nil
}

// bytes returns the file, with a cross-reference table for where its
// objects now are.
func (f *pdfFile) bytes() []byte {
	var out bytes.Buffer
	f.writeTo(&out) // a bytes.Buffer does not fail
	return out.Bytes()
}

// writeTo writes the file to w, with a cross-reference table for where its
// objects now are, as it goes: the edited file is never made whole in
// memory.
func (f *pdfFile) writeTo(w io.Writer) (int64, error) {
	out := bufio.NewWriterSize(w, 256<<10)
	n := 0
	write := func(b []byte) {
		m, _ := out.Write(b) // the error sticks; Flush returns it
		n += m
	}
	write(f.head)
	offsets := make([]int, f.count)
	for _, o := range f.objs {
		offsets[o.num] = n
		write(o.data)
	}
	xrefAt := n
	write(fmt.Appendf(nil, "xref\n0 %d\n0000000000 65535 f \n", f.count))
	entry := []byte("0000000000 00000 n \n") // 20 bytes; the offset goes in the first 10
	for _, off := range offsets[1:] {
		for i := 9; i >= 0; i-- {
			entry[i] = byte('0' + off%10)
			off /= 10
		}
		write(entry)
	}
	write(f.trailer)
	write(fmt.Appendf(nil, "startxref\n%d\n%%%%EOF\n", xrefAt))
	return int64(n), out.Flush()
}

// obj returns the index in f.objs of object n, or -1.
func (f *pdfFile) obj(n int) int {
	if f.index == nil {
		f.index = make(map[int]int, len(f.objs))
		for i, o := range f.objs {
			f.index[o.num] = i
		}
	}
	if i, ok := f.index[n]; ok {
		return i
	}
	return -1
}
