package fontsub

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Fonts used by the tests. The project's own fonts are always present; the
// system fonts come from Debian packages (fonts-noto-cjk, fonts-urw-base35,
// fonts-linuxlibertine): a test needing a missing one is skipped, and fails
// under CI=true.
const (
	charisPath    = "../assets/fonts/Charis-Regular.ttf"
	dejavuPath    = "../assets/fonts/DejaVuSansMono.ttf"
	notoSansCJK   = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
	notoSerifCJK  = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
	nimbusRoman   = "/usr/share/fonts/opentype/urw-base35/NimbusRoman-Regular.otf"
	libertineR    = "/usr/share/fonts/opentype/linux-libertine/LinLibertine_R.otf"
	cjkSampleText = "永和九年，歲在癸丑，暮春之初，會于會稽山陰之蘭亭。日本語のテキスト、한국어 텍스트。ABCabc123"
)

func readFont(tb testing.TB, path string) []byte {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		if os.IsNotExist(err) && os.Getenv("CI") != "true" {
			tb.Skipf("%s not installed; skipping (CI=true makes this a failure)", path)
		}
		tb.Fatal(err)
	}
	return data
}

// ---- A minimal sfnt reader, independent of the package's own. ----

type testTable struct {
	off, length int
	sum         uint32
}

// readDir parses the table directory at off, checking its invariants.
func readDir(t testing.TB, data []byte, off int, strict bool) map[string]testTable {
	t.Helper()
	be := binary.BigEndian
	n := int(be.Uint16(data[off+4:]))
	tables := map[string]testTable{}
	prev := ""
	for i := range n {
		r := data[off+12+16*i:]
		tag := string(r[:4])
		tt := testTable{int(be.Uint32(r[8:])), int(be.Uint32(r[12:])), be.Uint32(r[4:])}
		if tt.off+tt.length > len(data) {
			t.Fatalf("table %q out of bounds", tag)
		}
		if strict {
			if tag <= prev {
				t.Errorf("table directory not sorted: %q after %q", tag, prev)
			}
			if tt.off%4 != 0 {
				t.Errorf("table %q not 4-byte aligned", tag)
			}
			sum := testChecksum(data[tt.off : tt.off+(tt.length+3)&^3])
			if tag == "head" {
				sum -= be.Uint32(data[tt.off+8:])
			}
			if sum != tt.sum {
				t.Errorf("table %q checksum %#x, directory says %#x", tag, sum, tt.sum)
			}
		}
		prev = tag
		tables[tag] = tt
	}
	if strict {
		es := 0
		for 1<<(es+1) <= n {
			es++
		}
		if got, want := be.Uint16(data[off+6:]), uint16(16<<es); got != want {
			t.Errorf("searchRange %d, want %d", got, want)
		}
		if got := be.Uint16(data[off+8:]); got != uint16(es) {
			t.Errorf("entrySelector %d, want %d", got, es)
		}
		if got := be.Uint16(data[off+10:]); got != uint16(16*n-16<<es) {
			t.Errorf("rangeShift %d", got)
		}
		if sum := testChecksum(data); sum != 0xB1B0AFBA {
			t.Errorf("whole-file checksum %#x, want 0xB1B0AFBA (checkSumAdjustment wrong)", sum)
		}
	}
	return tables
}

func testChecksum(b []byte) uint32 {
	var s uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		s += binary.BigEndian.Uint32(w[:])
	}
	return s
}

// faceTables returns the tables of face index of a font file.
func faceTables(t testing.TB, data []byte, index int) map[string][]byte {
	t.Helper()
	off := 0
	if string(data[:4]) == "ttcf" {
		off = int(binary.BigEndian.Uint32(data[12+4*index:]))
	}
	out := map[string][]byte{}
	for tag, tt := range readDir(t, data, off, false) {
		out[tag] = data[tt.off : tt.off+tt.length]
	}
	return out
}

// cmapLookup returns a rune → glyph function from a format 4 or 12 cmap.
func cmapLookup(t *testing.T, cmap []byte) func(rune) uint16 {
	t.Helper()
	be := binary.BigEndian
	var sub4, sub12 []byte
	for i := range int(be.Uint16(cmap[2:])) {
		r := cmap[4+8*i:]
		pid, eid, off := be.Uint16(r), be.Uint16(r[2:]), be.Uint32(r[4:])
		s := cmap[off:]
		switch f := be.Uint16(s); {
		case f == 12 && (pid == 3 && eid == 10 || pid == 0):
			sub12 = s
		case f == 4 && (pid == 3 && eid == 1 || pid == 0):
			sub4 = s
		}
	}
	switch {
	case sub12 != nil:
		return func(r rune) uint16 {
			n := int(be.Uint32(sub12[12:]))
			for i := range n {
				g := sub12[16+12*i:]
				lo, hi := rune(be.Uint32(g)), rune(be.Uint32(g[4:]))
				if lo <= r && r <= hi {
					return uint16(be.Uint32(g[8:]) + uint32(r-lo))
				}
			}
			return 0
		}
	case sub4 != nil:
		return func(r rune) uint16 {
			segs := int(be.Uint16(sub4[6:])) / 2
			for i := range segs {
				end := rune(be.Uint16(sub4[14+2*i:]))
				start := rune(be.Uint16(sub4[16+2*segs+2*i:]))
				if r > end || r < start {
					continue
				}
				delta := be.Uint16(sub4[16+4*segs+2*i:])
				roPos := 16 + 6*segs + 2*i
				ro := int(be.Uint16(sub4[roPos:]))
				if ro == 0 {
					return uint16(r) + delta
				}
				g := be.Uint16(sub4[roPos+ro+2*int(r-start):])
				if g == 0 {
					return 0
				}
				return g + delta
			}
			return 0
		}
	}
	t.Fatal("no usable cmap subtable")
	return nil
}

// glyphsFor maps the runes of text to glyph IDs, failing on missing ones.
func glyphsFor(t *testing.T, tables map[string][]byte, text string) []uint16 {
	t.Helper()
	lookup := cmapLookup(t, tables["cmap"])
	var gids []uint16
	for _, r := range text {
		g := lookup(r)
		if g == 0 && r != ' ' {
			t.Fatalf("no glyph for %q", r)
		}
		gids = append(gids, g)
	}
	return gids
}

// ---- TrueType ----

func TestTrueTypeCharis(t *testing.T) {
	testTrueType(t, charisPath, "Héllo, wörld! ﬁ Ǻ ǅ ậ")
}

func TestTrueTypeDejaVuMono(t *testing.T) {
	testTrueType(t, dejavuPath, "func main() { é ü Ŷ }")
}

func testTrueType(t *testing.T, path, text string) {
	data := readFont(t, path)
	orig := faceTables(t, data, 0)
	be := binary.BigEndian
	gids := glyphsFor(t, orig, text)

	// The original's glyphs, to check the kept ones byte for byte.
	numGlyphs := int(be.Uint16(orig["maxp"][4:]))
	origGlyph := locaReader(t, orig)
	composites := 0
	for _, g := range gids {
		if b := origGlyph(int(g)); len(b) >= 10 && int16(be.Uint16(b)) < 0 {
			composites++
		}
	}
	if composites == 0 {
		t.Fatalf("test text has no composite glyph")
	}

	start := time.Now()
	out, kind, err := Subset(data, 0, gids)
	elapsed := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	if kind != TrueType {
		t.Fatalf("kind %v, want TrueType", kind)
	}
	if string(out[:4]) != "\x00\x01\x00\x00" {
		t.Fatalf("sfnt version % x", out[:4])
	}
	dir := readDir(t, out, 0, true)
	var tags []string
	for tag := range dir {
		tags = append(tags, tag)
	}
	slices.Sort(tags)
	want := []string{"glyf", "head", "hhea", "hmtx", "loca", "maxp", "post"}
	for _, tag := range []string{"cvt ", "fpgm", "prep"} {
		if _, ok := orig[tag]; ok {
			want = append(want, tag)
		}
	}
	slices.Sort(want)
	if !slices.Equal(tags, want) {
		t.Errorf("tables %q, want %q", tags, want)
	}
	sub := faceTables(t, out, 0)
	for _, tag := range []string{"hhea", "maxp", "cvt ", "fpgm", "prep"} {
		if !bytes.Equal(sub[tag], orig[tag]) {
			t.Errorf("table %q not copied", tag)
		}
	}
	if p := sub["post"]; len(p) != 32 || be.Uint32(p) != 0x00030000 {
		t.Errorf("post table is not a format 3 table")
	}

	// Kept glyphs: the requested ones, glyph 0 and composite components.
	kept := map[int]bool{0: true}
	var walk func(g int)
	walk = func(g int) {
		kept[g] = true
		b := origGlyph(g)
		if len(b) < 10 || int16(be.Uint16(b)) >= 0 {
			return
		}
		for p := 10; ; {
			flags := be.Uint16(b[p:])
			walk(int(be.Uint16(b[p+2:])))
			p += 6
			if flags&1 != 0 {
				p += 2
			}
			switch {
			case flags&8 != 0:
				p += 2
			case flags&0x40 != 0:
				p += 4
			case flags&0x80 != 0:
				p += 8
			}
			if flags&0x20 == 0 {
				break
			}
		}
	}
	for _, g := range gids {
		walk(int(g))
	}
	subGlyph := locaReader(t, sub)
	for g := range numGlyphs {
		o, s := origGlyph(g), subGlyph(g)
		if !kept[g] {
			if len(s) != 0 {
				t.Fatalf("glyph %d not requested but has %d bytes", g, len(s))
			}
			continue
		}
		if len(s) < len(o) || !bytes.Equal(s[:len(o)], o) || len(s)-len(o) > 3 || strings.Trim(string(s[len(o):]), "\x00") != "" {
			t.Errorf("glyph %d: bytes differ from the original", g)
		}
	}
	// Metrics of kept glyphs unchanged.
	nhm := int(be.Uint16(orig["hhea"][34:]))
	for g := range kept {
		var a, b []byte
		if g < nhm {
			a, b = orig["hmtx"][4*g:4*g+4], sub["hmtx"][4*g:4*g+4]
		} else {
			p := 4*nhm + 2*(g-nhm)
			a, b = orig["hmtx"][p:p+2], sub["hmtx"][p:p+2]
		}
		if !bytes.Equal(a, b) {
			t.Errorf("glyph %d: hmtx entry changed", g)
		}
	}

	// Independent reader: x/image/font/sfnt, given the original cmap.
	withCmap := withTables(sub, map[string][]byte{"cmap": orig["cmap"]})
	compareOutlines(t, data, 0, withCmap, gids, kept, numGlyphs)

	t.Logf("%s: %d glyphs requested, %d kept (%d composite requested); %d → %d bytes (%.1f%%) in %v",
		filepath.Base(path), len(gids), len(kept), composites, len(data), len(out),
		100*float64(len(out))/float64(len(data)), elapsed)
	if len(out)*5 > len(data) {
		t.Errorf("subset is %d bytes, not much smaller than the %d-byte original", len(out), len(data))
	}
}

// locaReader returns a function giving the glyf bytes of each glyph.
func locaReader(t *testing.T, tables map[string][]byte) func(int) []byte {
	t.Helper()
	be := binary.BigEndian
	loca, glyf := tables["loca"], tables["glyf"]
	long := be.Uint16(tables["head"][50:]) == 1
	return func(g int) []byte {
		var a, b int
		if long {
			a, b = int(be.Uint32(loca[4*g:])), int(be.Uint32(loca[4*g+4:]))
		} else {
			a, b = 2*int(be.Uint16(loca[2*g:])), 2*int(be.Uint16(loca[2*g+2:]))
		}
		if a > b || b > len(glyf) {
			t.Fatalf("glyph %d: bad loca %d..%d (glyf %d bytes)", g, a, b, len(glyf))
		}
		return glyf[a:b]
	}
}

// withTables returns an sfnt file with the tables of base plus extra.
func withTables(base, extra map[string][]byte) []byte {
	var tables []outTable
	for tag, b := range base {
		if _, ok := extra[tag]; !ok {
			tables = append(tables, outTable{tag, b})
		}
	}
	for tag, b := range extra {
		tables = append(tables, outTable{tag, b})
	}
	version := uint32(0x00010000)
	if _, ok := extra["CFF "]; ok {
		version = tagOTTO
	}
	return writeSFNT(version, tables)
}

// compareOutlines loads glyphs with x/image/font/sfnt from the original
// face and from font, an sfnt holding the subset: kept glyphs must have the
// same outlines, and a sample of the others none.
func compareOutlines(t *testing.T, orig []byte, index int, font []byte, gids []uint16, kept map[int]bool, numGlyphs int) {
	t.Helper()
	coll, err := sfnt.ParseCollection(orig)
	if err != nil {
		t.Fatalf("x/image/font/sfnt cannot parse the original: %v", err)
	}
	of, err := coll.Font(index)
	if err != nil {
		t.Fatal(err)
	}
	sf, err := sfnt.Parse(font)
	if err != nil {
		t.Fatalf("x/image/font/sfnt cannot parse the subset: %v", err)
	}
	if sf.NumGlyphs() != numGlyphs {
		t.Errorf("x/image sees %d glyphs, want %d", sf.NumGlyphs(), numGlyphs)
	}
	ppem := fixed.I(int(of.UnitsPerEm()))
	var ob, sb sfnt.Buffer
	nonEmpty := 0
	for g := range kept {
		osegs, err := of.LoadGlyph(&ob, sfnt.GlyphIndex(g), ppem, nil)
		if err != nil {
			t.Fatalf("original glyph %d: %v", g, err)
		}
		ss, err := sf.LoadGlyph(&sb, sfnt.GlyphIndex(g), ppem, nil)
		if err != nil {
			t.Fatalf("subset glyph %d: %v", g, err)
		}
		if !slices.Equal(osegs, ss) {
			t.Errorf("glyph %d: outline differs (%d vs %d segments)", g, len(osegs), len(ss))
		}
		if len(ss) > 0 {
			nonEmpty++
		}
	}
	if nonEmpty < len(kept)/2 {
		t.Errorf("only %d of %d kept glyphs have outlines", nonEmpty, len(kept))
	}
	for g := 1; g < numGlyphs; g += 97 {
		if kept[g] {
			continue
		}
		ss, err := sf.LoadGlyph(&sb, sfnt.GlyphIndex(g), ppem, nil)
		if err != nil {
			t.Fatalf("subset glyph %d (not kept): %v", g, err)
		}
		if len(ss) != 0 {
			t.Errorf("glyph %d not kept but has %d segments", g, len(ss))
		}
	}
}

// ---- CFF ----

func TestCFFNotoSansCJK(t *testing.T)  { testCFF(t, notoSansCJK, 0, cjkSampleText) }
func TestCFFNotoSerifCJK(t *testing.T) { testCFF(t, notoSerifCJK, 0, cjkSampleText) }
func TestCFFNotoSansCJKFace3(t *testing.T) {
	testCFF(t, notoSansCJK, 3, "中文字體測試，繁體。")
}
func TestCFFNimbusRoman(t *testing.T) {
	testCFF(t, nimbusRoman, 0, "Hello, World! Æsthetic fiancée ÀÉÎõü ß ﬁ 0123")
}
func TestCFFLibertine(t *testing.T) {
	testCFF(t, libertineR, 0, "Hello, World! Æsthetic fiancée ÀÉÎõü ß ﬁ 0123")
}

func testCFF(t *testing.T, path string, index int, text string) {
	data := readFont(t, path)
	orig := faceTables(t, data, index)
	gids := glyphsFor(t, orig, text)
	origCFF := orig["CFF "]
	if origCFF == nil {
		t.Fatal("no CFF table")
	}

	start := time.Now()
	out, kind, err := Subset(data, index, gids)
	elapsed := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	if kind != CFF {
		t.Fatalf("kind %v, want CFF", kind)
	}
	noPrune, _, err := subset(data, index, gids, options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(noPrune) < len(out) {
		t.Errorf("pruning made the subset larger: %d > %d", len(out), len(noPrune))
	}

	// Structure, read with a minimal reader of the test's own.
	numGlyphs := checkCFFStructure(t, out)
	kept := map[int]bool{0: true}
	for _, g := range gids {
		kept[int(g)] = true
	}

	// Independent reader: x/image/font/sfnt (which reads CID-keyed CFF),
	// with the subset CFF put in place of the original's.
	font := withTables(orig, map[string][]byte{"CFF ": out})
	compareOutlines(t, data, index, font, gids, kept, numGlyphs)
	fontNoPrune := withTables(orig, map[string][]byte{"CFF ": noPrune})
	compareOutlines(t, data, index, fontNoPrune, gids, kept, numGlyphs)

	checkWithFontTools(t, path, index, out, gids)

	t.Logf("%s#%d: %d glyphs kept of %d; CFF table %d → %d bytes (%d without subroutine pruning), in %v",
		filepath.Base(path), index, len(kept), numGlyphs, len(origCFF), len(out), len(noPrune), elapsed)
}

// checkCFFStructure checks the header and Top DICT of a subset CFF: CID
// keyed with ROS Adobe-Identity-0, identity charset, and a CharStrings
// INDEX covering every glyph. It returns the number of glyphs.
func checkCFFStructure(t *testing.T, b []byte) int {
	t.Helper()
	if b[0] != 1 || b[1] != 0 || b[2] != 4 {
		t.Fatalf("CFF header % x", b[:4])
	}
	idx := func(pos int) (items [][]byte, end int) {
		count := int(binary.BigEndian.Uint16(b[pos:]))
		if count == 0 {
			return nil, pos + 2
		}
		os := int(b[pos+2])
		off := func(i int) int {
			v := 0
			for _, c := range b[pos+3+i*os : pos+3+(i+1)*os] {
				v = v<<8 | int(c)
			}
			return v
		}
		base := pos + 3 + (count+1)*os - 1
		for i := range count {
			items = append(items, b[base+off(i):base+off(i+1)])
		}
		return items, base + off(count)
	}
	_, end := idx(4)
	tops, end := idx(end)
	strs, _ := idx(end)
	if len(tops) != 1 {
		t.Fatalf("%d Top DICTs", len(tops))
	}
	top := tops[0]
	// ROS must be the first operator.
	d, err := parseDict(top)
	if err != nil {
		t.Fatal(err)
	}
	if d[0].op != opROS || len(d[0].args) != 3 {
		t.Fatalf("Top DICT does not start with ROS")
	}
	str := func(sid float64) string { return string(strs[int(sid)-nStdStrings]) }
	if str(d[0].args[0]) != "Adobe" || str(d[0].args[1]) != "Identity" || d[0].args[2] != 0 {
		t.Errorf("ROS is not Adobe-Identity-0")
	}
	val := func(op int) float64 {
		e := find(d, op)
		if e == nil {
			t.Fatalf("Top DICT lacks operator %d", op)
		}
		return e.args[0]
	}
	charstrings, _ := idx(int(val(opCharStrings)))
	n := len(charstrings)
	if int(val(opCIDCount)) != n {
		t.Errorf("CIDCount %v, want %d", val(opCIDCount), n)
	}
	cs := int(val(opCharset))
	if want := []byte{2, 0, 1, byte((n - 2) >> 8), byte(n - 2)}; !bytes.Equal(b[cs:cs+5], want) {
		t.Errorf("charset % x, want % x", b[cs:cs+5], want)
	}
	if fs := int(val(opFDSelect)); b[fs] != 3 {
		t.Errorf("FDSelect format %d, want 3", b[fs])
	}
	for _, op := range []int{opPrivate, 16 /* Encoding */} {
		if find(d, op) != nil {
			t.Errorf("Top DICT has operator %d", op)
		}
	}
	return n
}

// pythonWithFontTools returns a Python interpreter that can import fontTools.
func pythonWithFontTools() string {
	for _, p := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(p, "-c", "import fontTools.cffLib").Run() == nil {
			return p
		}
	}
	return ""
}

const fontToolsCheck = `
import sys, json, io
from fontTools.ttLib import TTFont
from fontTools.cffLib import CFFFontSet
from fontTools.pens.recordingPen import RecordingPen
from fontTools.pens.boundsPen import BoundsPen
orig, index, subpath, gids = sys.argv[1], int(sys.argv[2]), sys.argv[3], json.loads(sys.argv[4])
f = TTFont(orig, fontNumber=index, lazy=True)
order = f.getGlyphOrder()
ocs = f['CFF '].cff.topDictIndex[0].CharStrings
sub = CFFFontSet()
with open(subpath, 'rb') as fp:
    sub.decompile(io.BytesIO(fp.read()), None)
td = sub.topDictIndex[0]
assert td.ROS == ('Adobe', 'Identity', 0), td.ROS
scs = td.CharStrings
names = td.charset
assert len(names) == len(order), (len(names), len(order))
def draw(cs):
    rp, bp = RecordingPen(), BoundsPen(None)
    cs.draw(rp)
    cs.draw(bp)
    return rp.value, bp.bounds, cs.width
kept = set(gids) | {0}
for g in sorted(kept):
    a = draw(ocs[order[g]])
    b = draw(scs[names[g]])
    assert a == b, ('glyph', g, a[1:], b[1:])
for g in range(1, len(order), 53):
    if g not in kept:
        v, bounds, _ = draw(scs[names[g]])
        assert v == [] and bounds is None, ('unused glyph', g, v)
print(len(kept), 'glyphs identical')
`

// checkWithFontTools decompiles the subset with fontTools' CFF reader and
// compares the outlines, bounds and advance widths of the kept glyphs with
// those of the original font. fontTools is optional (Debian package
// fonttools); without it this check is skipped, even under CI=true.
func checkWithFontTools(t *testing.T, path string, index int, cff []byte, gids []uint16) {
	t.Helper()
	py := pythonWithFontTools()
	if py == "" {
		t.Log("fontTools not installed: skipping the fontTools check")
		return
	}
	tmp := filepath.Join(t.TempDir(), "subset.cff")
	if err := os.WriteFile(tmp, cff, 0o644); err != nil {
		t.Fatal(err)
	}
	js, _ := json.Marshal(gids)
	cmd := exec.Command(py, "-c", fontToolsCheck, path, strconv.Itoa(index), tmp, string(js))
	outp, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("fontTools check failed: %v\n%s", err, outp)
	}
	t.Logf("fontTools: %s", strings.TrimSpace(string(outp)))
}

// ---- Collections, errors, determinism ----

func TestNumFonts(t *testing.T) {
	data := readFont(t, charisPath)
	if n, err := NumFonts(data); err != nil || n != 1 {
		t.Errorf("NumFonts(Charis) = %d, %v", n, err)
	}
	for _, bad := range [][]byte{nil, []byte("hello world, not a font"), []byte("ttcf\x00\x01\x00\x00\xff\xff\xff\xff")} {
		if _, err := NumFonts(bad); err == nil {
			t.Errorf("NumFonts(%q) succeeded", bad)
		}
	}
	cjk := readFont(t, notoSansCJK)
	n, err := NumFonts(cjk)
	if err != nil || n != 10 {
		t.Errorf("NumFonts(NotoSansCJK) = %d, %v; want 10", n, err)
	}
	if _, _, err := Subset(cjk, n, []uint16{1}); err == nil || !strings.Contains(err.Error(), "out of range") {
		t.Errorf("Subset with index %d: err = %v", n, err)
	}
}

func TestErrors(t *testing.T) {
	charis := readFont(t, charisPath)
	if _, _, err := Subset(charis, 0, []uint16{60000}); err == nil || !strings.HasPrefix(err.Error(), "fontsub: ") {
		t.Errorf("glyph out of range: err = %v", err)
	}
	if _, _, err := Subset(charis, 1, nil); err == nil {
		t.Error("index 1 of a single font succeeded")
	}
	if _, _, err := Subset(charis[:1000], 0, nil); err == nil {
		t.Error("truncated font succeeded")
	}
	// A CFF2 font is refused clearly.
	cff2 := writeSFNT(tagOTTO, []outTable{{"CFF2", []byte{2, 0, 5, 0, 0}}})
	if _, _, err := Subset(cff2, 0, nil); err == nil || !strings.Contains(err.Error(), "CFF2") {
		t.Errorf("CFF2 font: err = %v", err)
	}
	// Every error has the package prefix.
	for i := 0; i < len(charis); i += len(charis) / 50 {
		if _, _, err := Subset(charis[:i], 0, []uint16{1, 2}); err != nil && !strings.HasPrefix(err.Error(), "fontsub: ") {
			t.Errorf("error without prefix: %v", err)
		}
	}
}

func TestDeterminism(t *testing.T) {
	for _, c := range []struct {
		path  string
		index int
		gids  []uint16
	}{
		{charisPath, 0, []uint16{5, 300, 4, 1000, 5}},
		{notoSansCJK, 0, []uint16{40000, 3, 12000, 65000, 17}},
		{nimbusRoman, 0, []uint16{40, 30, 20}},
	} {
		data := readFont(t, c.path)
		a, _, err := Subset(data, c.index, c.gids)
		if err != nil {
			t.Fatal(err)
		}
		rev := slices.Clone(c.gids)
		slices.Reverse(rev)
		b, _, err := Subset(data, c.index, rev)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two calls gave different bytes", c.path)
		}
	}
}

// ---- Fuzzing ----

// shrinkTrueType returns a TrueType font with the first n glyphs of font
// and no hinting tables: a small fuzzing seed.
func shrinkTrueType(t testing.TB, font []byte, n int) []byte {
	be := binary.BigEndian
	tables := map[string][]byte{}
	for i := range int(be.Uint16(font[4:])) {
		r := font[12+16*i:]
		off, length := be.Uint32(r[8:]), be.Uint32(r[12:])
		tables[string(r[:4])] = font[off : off+length]
	}
	maxp := slices.Clone(tables["maxp"])
	be.PutUint16(maxp[4:], uint16(n))
	hhea := slices.Clone(tables["hhea"])
	nhm := min(int(be.Uint16(hhea[34:])), n)
	be.PutUint16(hhea[34:], uint16(nhm))
	hmtx := slices.Clone(tables["hmtx"][:4*nhm+2*(n-nhm)])
	loca, glyf := tables["loca"], tables["glyf"]
	var end int
	if be.Uint16(tables["head"][50:]) == 0 {
		loca = loca[:2*(n+1)]
		end = 2 * int(be.Uint16(loca[2*n:]))
	} else {
		loca = loca[:4*(n+1)]
		end = int(be.Uint32(loca[4*n:]))
	}
	return writeSFNT(0x00010000, []outTable{
		{"head", tables["head"]}, {"hhea", hhea}, {"hmtx", hmtx}, {"maxp", maxp},
		{"loca", loca}, {"glyf", glyf[:end]}, {"post", tables["post"]},
	})
}

// FuzzSubset checks that no input makes Subset or NumFonts panic, and that
// a subset can itself be subset. The seeds are small real fonts made from
// the project's fonts (TrueType, and a TrueType collection) and, where
// installed, from a name-keyed CFF font (whose subset is CID-keyed).
func FuzzSubset(f *testing.F) {
	gidBytes := func(gids ...uint16) []byte {
		var g []byte
		for _, x := range gids {
			g = binary.BigEndian.AppendUint16(g, x)
		}
		return g
	}
	var seeds [][]byte
	for _, path := range []string{charisPath, dejavuPath} {
		data := readFont(f, path)
		out, _, err := Subset(data, 0, []uint16{3, 36, 60})
		if err != nil {
			f.Fatal(err)
		}
		seed := shrinkTrueType(f, out, 64)
		seeds = append(seeds, seed)
		f.Add(seed, 0, gidBytes(36, 60, 3))
	}
	f.Add(makeTTC(f, seeds...), 1, gidBytes(36, 63))
	if data, err := os.ReadFile(nimbusRoman); err == nil {
		out, _, err := Subset(data, 0, []uint16{36, 50, 100})
		if err != nil {
			f.Fatal(err)
		}
		f.Add(writeSFNT(tagOTTO, []outTable{{"CFF ", out}}), 0, gidBytes(36, 50, 100, 5))
		cff := faceTables(f, data, 0)["CFF "]
		f.Add(writeSFNT(tagOTTO, []outTable{{"CFF ", cff}}), 0, gidBytes(36, 50, 100, 5))
	}
	f.Add([]byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\x00\x10\x00\x01\x00\x00"), 0, []byte{0, 1})
	f.Fuzz(func(t *testing.T, data []byte, index int, g []byte) {
		var gids []uint16
		for i := 0; i+1 < len(g); i += 2 {
			gids = append(gids, binary.BigEndian.Uint16(g[i:]))
		}
		NumFonts(data)
		out, kind, err := Subset(data, index, gids)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fontsub: ") {
				t.Errorf("error without prefix: %v", err)
			}
			return
		}
		if kind == CFF {
			out = writeSFNT(tagOTTO, []outTable{{"CFF ", out}})
		}
		if _, _, err := Subset(out, 0, gids); err != nil {
			t.Errorf("cannot subset a subset: %v", err)
		}
	})
}

// ---- Benchmark ----

// BenchmarkSubsetCJK subsets 2,000 glyphs spread over Noto Sans CJK.
func BenchmarkSubsetCJK(b *testing.B) {
	data := readFont(b, notoSansCJK)
	var gids []uint16
	for g := 1; len(gids) < 2000; g += 32 {
		gids = append(gids, uint16(g))
	}
	b.ResetTimer()
	var size int
	for b.Loop() {
		out, _, err := Subset(data, 0, gids)
		if err != nil {
			b.Fatal(err)
		}
		size = len(out)
	}
	b.ReportMetric(float64(size), "bytes")
}

// makeTTC builds a font collection from single fonts, sharing nothing.
func makeTTC(t testing.TB, fonts ...[]byte) []byte {
	t.Helper()
	be := binary.BigEndian
	out := []byte("ttcf\x00\x01\x00\x00")
	out = be.AppendUint32(out, uint32(len(fonts)))
	dirsAt := len(out)
	out = append(out, make([]byte, 4*len(fonts))...)
	for i, f := range fonts {
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		dir := len(out)
		be.PutUint32(out[dirsAt+4*i:], uint32(dir))
		n := int(be.Uint16(f[4:]))
		out = append(out, f[:12+16*n]...)
		for j := range n {
			r := f[12+16*j:]
			off, length := be.Uint32(r[8:]), be.Uint32(r[12:])
			for len(out)%4 != 0 {
				out = append(out, 0)
			}
			be.PutUint32(out[dir+12+16*j+8:], uint32(len(out)))
			out = append(out, f[off:off+length]...)
		}
	}
	return out
}

func TestTrueTypeCollection(t *testing.T) {
	charis, dejavu := readFont(t, charisPath), readFont(t, dejavuPath)
	ttc := makeTTC(t, charis, dejavu)
	if n, err := NumFonts(ttc); err != nil || n != 2 {
		t.Fatalf("NumFonts = %d, %v", n, err)
	}
	for i, single := range [][]byte{charis, dejavu} {
		gids := []uint16{3, 36, 70}
		a, _, err := Subset(ttc, i, gids)
		if err != nil {
			t.Fatal(err)
		}
		b, _, err := Subset(single, 0, gids)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("face %d of the collection subsets differently from the single font", i)
		}
	}
	if _, _, err := Subset(ttc, 2, nil); err == nil {
		t.Error("index 2 of a 2-font collection succeeded")
	}
	if _, _, err := Subset(ttc, -1, nil); err == nil {
		t.Error("index -1 succeeded")
	}
}
