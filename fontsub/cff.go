package fontsub

import (
	"errors"
	"fmt"
	"math"
)

// CFF DICT operators; two-byte (escaped) operators are esc+n.
const (
	esc = 1200

	opVersion            = 0
	opNotice             = 1
	opFullName           = 2
	opFamilyName         = 3
	opWeight             = 4
	opFontBBox           = 5
	opCharset            = 15
	opCharStrings        = 17
	opPrivate            = 18
	opSubrs              = 19
	opCopyright          = esc + 0
	opIsFixedPitch       = esc + 1
	opItalicAngle        = esc + 2
	opUnderlinePosition  = esc + 3
	opUnderlineThickness = esc + 4
	opPaintType          = esc + 5
	opCharstringType     = esc + 6
	opFontMatrix         = esc + 7
	opStrokeWidth        = esc + 8
	opROS                = esc + 30
	opCIDFontVersion     = esc + 31
	opCIDFontRevision    = esc + 32
	opCIDFontType        = esc + 33
	opCIDCount           = esc + 34
	opFDArray            = esc + 36
	opFDSelect           = esc + 37
	opFontName           = esc + 38
)

// nStdStrings is the number of CFF standard strings (SIDs 0..390).
const nStdStrings = 391

// maxDictOperands is the CFF DICT operand stack limit.
const maxDictOperands = 48

// maxFDs bounds the FDArray: FDSelect stores font DICT numbers in a byte.
const maxFDs = 256

// charstring byte values written for glyphs and subroutines not kept.
var (
	csEndchar = []byte{14}
	csReturn  = []byte{11}
)

// cffIndex is a CFF INDEX inside the CFF data b.
type cffIndex struct {
	b        []byte
	count    int
	offSize  int
	offPos   int // position of the offset array
	dataBase int // objects start at dataBase + offset (offsets are 1-based)
	end      int // position just past the INDEX
}

// readIndex parses the INDEX at pos, checking that it lies within b.
func readIndex(b []byte, pos int) (cffIndex, error) {
	if pos < 0 || pos > len(b)-2 {
		return cffIndex{}, fmt.Errorf("fontsub: CFF INDEX at %d out of bounds", pos)
	}
	x := cffIndex{b: b, count: int(u16(b[pos:]))}
	if x.count == 0 {
		x.end = pos + 2
		return x, nil
	}
	if pos+3 > len(b) {
		return cffIndex{}, errors.New("fontsub: CFF INDEX truncated")
	}
	x.offSize = int(b[pos+2])
	if x.offSize < 1 || x.offSize > 4 {
		return cffIndex{}, fmt.Errorf("fontsub: invalid CFF INDEX offSize %d", x.offSize)
	}
	x.offPos = pos + 3
	offEnd := x.offPos + (x.count+1)*x.offSize
	if offEnd > len(b) {
		return cffIndex{}, errors.New("fontsub: CFF INDEX truncated")
	}
	x.dataBase = offEnd - 1
	first, last := x.off(0), x.off(x.count)
	if first != 1 || last < first || last > len(b)-x.dataBase {
		return cffIndex{}, errors.New("fontsub: invalid CFF INDEX offsets")
	}
	x.end = x.dataBase + last
	return x, nil
}

func (x *cffIndex) off(i int) int {
	p := x.b[x.offPos+i*x.offSize:]
	v := 0
	for j := range x.offSize {
		v = v<<8 | int(p[j])
	}
	return v
}

// get returns object i.
func (x *cffIndex) get(i int) ([]byte, error) {
	if i < 0 || i >= x.count {
		return nil, fmt.Errorf("fontsub: CFF INDEX entry %d out of range", i)
	}
	a, b := x.off(i), x.off(i+1)
	if a < 1 || a > b || x.dataBase+b > x.end {
		return nil, errors.New("fontsub: invalid CFF INDEX offsets")
	}
	return x.b[x.dataBase+a : x.dataBase+b : x.dataBase+b], nil
}

// dictEntry is one operator of a CFF DICT with its operands.
type dictEntry struct {
	op   int
	raw  []byte    // the operands and the operator, as in the input
	args []float64 // operands; NaN for real numbers (never needed exactly)
}

// intArg returns operand i as an integer.
func (e *dictEntry) intArg(i int) (int, bool) {
	if i >= len(e.args) {
		return 0, false
	}
	v := e.args[i]
	if v != math.Trunc(v) || v < math.MinInt32 || v > math.MaxInt32 { // also false for NaN
		return 0, false
	}
	return int(v), true
}

// parseDict parses a CFF DICT.
func parseDict(b []byte) ([]dictEntry, error) {
	var d []dictEntry
	var args []float64
	start := 0
	for i := 0; i < len(b); {
		c := b[i]
		var v float64
		switch {
		case c <= 21:
			op := int(c)
			i++
			if c == 12 {
				if i >= len(b) {
					return nil, errors.New("fontsub: CFF DICT truncated")
				}
				op = esc + int(b[i])
				i++
			}
			d = append(d, dictEntry{op: op, raw: b[start:i:i], args: args})
			args = nil
			start = i
			continue
		case c == 28:
			if i+3 > len(b) {
				return nil, errors.New("fontsub: CFF DICT truncated")
			}
			v = float64(int16(u16(b[i+1:])))
			i += 3
		case c == 29:
			if i+5 > len(b) {
				return nil, errors.New("fontsub: CFF DICT truncated")
			}
			v = float64(int32(u32(b[i+1:])))
			i += 5
		case c == 30:
			i++
			for {
				if i >= len(b) {
					return nil, errors.New("fontsub: CFF DICT real number truncated")
				}
				n := b[i]
				i++
				if n>>4 == 0xf || n&0xf == 0xf {
					break
				}
			}
			v = math.NaN()
		case c >= 32 && c <= 246:
			v = float64(int(c) - 139)
			i++
		case c >= 247 && c <= 254:
			if i+2 > len(b) {
				return nil, errors.New("fontsub: CFF DICT truncated")
			}
			if c <= 250 {
				v = float64((int(c)-247)*256 + int(b[i+1]) + 108)
			} else {
				v = float64(-(int(c)-251)*256 - int(b[i+1]) - 108)
			}
			i += 2
		default:
			return nil, fmt.Errorf("fontsub: reserved byte %d in CFF DICT", c)
		}
		if len(args) >= maxDictOperands {
			return nil, errors.New("fontsub: too many operands in CFF DICT")
		}
		args = append(args, v)
	}
	return d, nil
}

// find returns the last entry for op in d, or nil.
func find(d []dictEntry, op int) *dictEntry {
	for i := len(d) - 1; i >= 0; i-- {
		if d[i].op == op {
			return &d[i]
		}
	}
	return nil
}

// ints returns the n integer operands of e, named name in errors.
func (e *dictEntry) ints(n int, name string) ([]int, error) {
	if len(e.args) != n {
		return nil, fmt.Errorf("fontsub: CFF %s has %d operands, want %d", name, len(e.args), n)
	}
	v := make([]int, n)
	for i := range n {
		var ok bool
		if v[i], ok = e.intArg(i); !ok {
			return nil, fmt.Errorf("fontsub: CFF %s has a non-integer operand", name)
		}
	}
	return v, nil
}

// cffFD is one Font DICT with its Private DICT and local subroutines.
type cffFD struct {
	dict    []dictEntry // nil for the Font DICT made for a name-keyed font
	private []dictEntry
	subrs   cffIndex
}

// cffFont is the parsed first font of a CFF table.
type cffFont struct {
	name        []byte
	top         []dictEntry
	strings     cffIndex
	gsubrs      cffIndex
	charstrings cffIndex
	cid         bool
	fds         []cffFD
	fdSelect    []byte // FD of each glyph (CID-keyed fonts only)
}

func parseCFF(b []byte) (*cffFont, error) {
	if len(b) < 4 {
		return nil, errors.New("fontsub: CFF table too short")
	}
	switch b[0] {
	case 1:
	case 2:
		return nil, errors.New("fontsub: CFF2 (variable) fonts are not supported")
	default:
		return nil, fmt.Errorf("fontsub: unsupported CFF major version %d", b[0])
	}
	names, err := readIndex(b, int(b[2]))
	if err != nil {
		return nil, err
	}
	tops, err := readIndex(b, names.end)
	if err != nil {
		return nil, err
	}
	f := &cffFont{}
	if f.strings, err = readIndex(b, tops.end); err != nil {
		return nil, err
	}
	if f.gsubrs, err = readIndex(b, f.strings.end); err != nil {
		return nil, err
	}
	if names.count < 1 || tops.count < 1 {
		return nil, errors.New("fontsub: CFF table has no font")
	}
	if f.name, err = names.get(0); err != nil {
		return nil, err
	}
	topData, err := tops.get(0)
	if err != nil {
		return nil, err
	}
	if f.top, err = parseDict(topData); err != nil {
		return nil, err
	}
	if e := find(f.top, opCharstringType); e != nil {
		if v, ok := e.intArg(0); !ok || v != 2 {
			return nil, errors.New("fontsub: unsupported CFF CharstringType (want 2)")
		}
	}
	e := find(f.top, opCharStrings)
	if e == nil {
		return nil, errors.New("fontsub: CFF font has no CharStrings")
	}
	v, err := e.ints(1, "CharStrings")
	if err != nil {
		return nil, err
	}
	if f.charstrings, err = readIndex(b, v[0]); err != nil {
		return nil, err
	}
	n := f.charstrings.count
	if n == 0 {
		return nil, errors.New("fontsub: CFF font has no glyphs")
	}

	f.cid = find(f.top, opROS) != nil
	if !f.cid {
		fd := cffFD{}
		if fd.private, fd.subrs, err = readPrivate(b, find(f.top, opPrivate)); err != nil {
			return nil, err
		}
		f.fds = []cffFD{fd}
		return f, nil
	}

	e = find(f.top, opFDArray)
	if e == nil {
		return nil, errors.New("fontsub: CID-keyed CFF font has no FDArray")
	}
	if v, err = e.ints(1, "FDArray"); err != nil {
		return nil, err
	}
	fdArray, err := readIndex(b, v[0])
	if err != nil {
		return nil, err
	}
	if fdArray.count < 1 || fdArray.count > maxFDs {
		return nil, fmt.Errorf("fontsub: CFF FDArray has %d Font DICTs", fdArray.count)
	}
	f.fds = make([]cffFD, fdArray.count)
	for i := range f.fds {
		fd := &f.fds[i]
		data, err := fdArray.get(i)
		if err != nil {
			return nil, err
		}
		if fd.dict, err = parseDict(data); err != nil {
			return nil, err
		}
		if fd.private, fd.subrs, err = readPrivate(b, find(fd.dict, opPrivate)); err != nil {
			return nil, err
		}
	}
	e = find(f.top, opFDSelect)
	if e == nil {
		return nil, errors.New("fontsub: CID-keyed CFF font has no FDSelect")
	}
	if v, err = e.ints(1, "FDSelect"); err != nil {
		return nil, err
	}
	if f.fdSelect, err = parseFDSelect(b, v[0], n, len(f.fds)); err != nil {
		return nil, err
	}
	return f, nil
}

// readPrivate parses the Private DICT that e (a Private operator, or nil)
// points to, and its local subroutines.
func readPrivate(b []byte, e *dictEntry) ([]dictEntry, cffIndex, error) {
	if e == nil {
		return nil, cffIndex{}, nil
	}
	v, err := e.ints(2, "Private")
	if err != nil {
		return nil, cffIndex{}, err
	}
	size, off := v[0], v[1]
	if size < 0 || off < 0 || off > len(b) || size > len(b)-off {
		return nil, cffIndex{}, errors.New("fontsub: CFF Private DICT out of bounds")
	}
	priv, err := parseDict(b[off : off+size])
	if err != nil {
		return nil, cffIndex{}, err
	}
	var subrs cffIndex
	if s := find(priv, opSubrs); s != nil {
		r, err := s.ints(1, "Subrs")
		if err != nil {
			return nil, cffIndex{}, err
		}
		if subrs, err = readIndex(b, off+r[0]); err != nil {
			return nil, cffIndex{}, err
		}
	}
	return priv, subrs, nil
}

// parseFDSelect returns the Font DICT number of each of the n glyphs.
func parseFDSelect(b []byte, off, n, nFDs int) ([]byte, error) {
	if off < 0 || off >= len(b) {
		return nil, errors.New("fontsub: CFF FDSelect out of bounds")
	}
	sel := make([]byte, n)
	switch b[off] {
	case 0:
		if n > len(b)-off-1 {
			return nil, errors.New("fontsub: CFF FDSelect truncated")
		}
		copy(sel, b[off+1:])
	case 3:
		if off+3 > len(b) {
			return nil, errors.New("fontsub: CFF FDSelect truncated")
		}
		nr := int(u16(b[off+1:]))
		p := off + 3
		if nr == 0 || p+3*nr+2 > len(b) {
			return nil, errors.New("fontsub: invalid CFF FDSelect")
		}
		for r := range nr {
			first, fd, next := int(u16(b[p+3*r:])), b[p+3*r+2], int(u16(b[p+3*r+3:]))
			if (r == 0 && first != 0) || next <= first {
				return nil, errors.New("fontsub: invalid CFF FDSelect ranges")
			}
			for g := first; g < next && g < n; g++ {
				sel[g] = fd
			}
			if r == nr-1 && next < n {
				return nil, errors.New("fontsub: CFF FDSelect does not cover all glyphs")
			}
		}
	default:
		return nil, fmt.Errorf("fontsub: unsupported CFF FDSelect format %d", b[off])
	}
	for _, fd := range sel {
		if int(fd) >= nFDs {
			return nil, errors.New("fontsub: CFF FDSelect refers to a missing Font DICT")
		}
	}
	return sel, nil
}

// stringTable builds the String INDEX of the output, remapping the SIDs of
// the input.
type stringTable struct {
	src *cffIndex
	out [][]byte
	ids map[string]int
}

func (st *stringTable) add(s []byte) int {
	if id, ok := st.ids[string(s)]; ok {
		return id
	}
	id := nStdStrings + len(st.out)
	st.out = append(st.out, s)
	st.ids[string(s)] = id
	return id
}

// remap returns the output SID of input SID sid.
func (st *stringTable) remap(sid int) (int, bool) {
	if sid < 0 {
		return 0, false
	}
	if sid < nStdStrings {
		return sid, true
	}
	s, err := st.src.get(sid - nStdStrings)
	if err != nil {
		return 0, false
	}
	return st.add(s), true
}

// copySIDEntry appends entry e, whose one operand is a SID, with the SID
// remapped; entries with a bad SID are dropped.
func copySIDEntry(d []byte, e *dictEntry, st *stringTable) []byte {
	if len(e.args) != 1 {
		return d
	}
	sid, ok := e.intArg(0)
	if !ok {
		return d
	}
	if sid, ok = st.remap(sid); !ok {
		return d
	}
	d = appendInt(d, sid)
	return appendOp(d, e.op)
}

// subsetCFF writes a CID-keyed CFF keeping the charstrings of the glyphs in
// gids and glyph 0.
func subsetCFF(b []byte, gids []uint16, opt options) ([]byte, error) {
	f, err := parseCFF(b)
	if err != nil {
		return nil, err
	}
	n := f.charstrings.count
	fdOf := func(g int) int {
		if f.cid {
			return int(f.fdSelect[g])
		}
		return 0
	}

	// Charstrings: kept glyphs as in the input, the others endchar.
	cs := make([][]byte, n)
	keep := make([]bool, n)
	keep[0] = true
	for _, g := range gids {
		if int(g) >= n {
			return nil, fmt.Errorf("fontsub: glyph %d out of range (font has %d glyphs)", g, n)
		}
		keep[g] = true
	}
	for g := range n {
		if !keep[g] {
			cs[g] = csEndchar
			continue
		}
		if cs[g], err = f.charstrings.get(g); err != nil {
			return nil, err
		}
	}

	// Subroutines called by the kept glyphs.
	gUsed := make([]bool, f.gsubrs.count)
	lUsed := make([][]bool, len(f.fds))
	for i := range f.fds {
		lUsed[i] = make([]bool, f.fds[i].subrs.count)
	}
	prune := opt.pruneSubrs
	if prune {
		sc := scanner{gsubrs: &f.gsubrs, gUsed: gUsed}
		for g := range n {
			if !keep[g] {
				continue
			}
			fd := fdOf(g)
			sc.lsubrs, sc.lUsed = &f.fds[fd].subrs, lUsed[fd]
			if err := sc.glyph(cs[g]); err != nil {
				// Charstrings this scanner cannot follow: keep every subroutine.
				prune = false
				break
			}
			if sc.seac && !f.cid {
				return nil, fmt.Errorf("fontsub: glyph %d uses the deprecated seac accent operator, which a CID-keyed font cannot express", g)
			}
		}
	}
	subrItems := func(x *cffIndex, used []bool) ([][]byte, error) {
		called := false
		for i := range x.count {
			if !prune || used[i] {
				called = true
				break
			}
		}
		if !called {
			return nil, nil // nothing calls them: drop the INDEX
		}
		items := make([][]byte, x.count)
		for i := range items {
			if prune && !used[i] {
				items[i] = csReturn
				continue
			}
			s, err := x.get(i)
			if err != nil {
				return nil, err
			}
			items[i] = s
		}
		return items, nil
	}
	gsubrs, err := subrItems(&f.gsubrs, gUsed)
	if err != nil {
		return nil, err
	}

	// Strings, and the parts of the DICTs that do not depend on the layout.
	st := &stringTable{src: &f.strings, ids: map[string]int{}}
	adobe, identity := st.add([]byte("Adobe")), st.add([]byte("Identity"))
	top := appendInt(nil, adobe)
	top = appendInt(top, identity)
	top = appendInt(top, 0)
	top = appendOp(top, opROS)
	for i := range f.top {
		e := &f.top[i]
		switch e.op {
		case opVersion, opNotice, opCopyright, opFullName, opFamilyName, opWeight:
			top = copySIDEntry(top, e, st)
		case opIsFixedPitch, opItalicAngle, opUnderlinePosition, opUnderlineThickness,
			opPaintType, opCharstringType, opFontMatrix, opFontBBox, opStrokeWidth,
			opCIDFontVersion, opCIDFontRevision, opCIDFontType:
			top = append(top, e.raw...)
		}
	}
	top = appendInt(top, n)
	top = appendOp(top, opCIDCount)

	type fdOut struct {
		dict    []byte // Font DICT without its Private operator
		private []byte // Private DICT, Subrs operator included
		subrs   [][]byte
	}
	fds := make([]fdOut, len(f.fds))
	for i := range f.fds {
		in, out := &f.fds[i], &fds[i]
		for j := range in.dict {
			e := &in.dict[j]
			switch e.op {
			case opFontName:
				out.dict = copySIDEntry(out.dict, e, st)
			case opFontMatrix, opPaintType, opIsFixedPitch, opItalicAngle, opUnderlinePosition,
				opUnderlineThickness, opStrokeWidth, opFontBBox, opCharstringType:
				out.dict = append(out.dict, e.raw...)
			}
		}
		if out.subrs, err = subrItems(&in.subrs, lUsed[i]); err != nil {
			return nil, err
		}
		for j := range in.private {
			if e := &in.private[j]; e.op != opSubrs {
				out.private = append(out.private, e.raw...)
			}
		}
		if out.subrs != nil {
			// Subrs right after the Private DICT: its offset is the DICT size.
			out.private = appendInt5(out.private, len(out.private)+6)
			out.private = appendOp(out.private, opSubrs)
		}
	}

	// charset: identity, CID i is glyph i.
	charset := []byte{0}
	if n > 1 {
		charset = []byte{2, 0, 1, byte((n - 2) >> 8), byte(n - 2)}
	}
	// FDSelect format 3; glyphs not kept take the FD of the glyph before.
	fdSelect := []byte{3, 0, 0}
	nRanges, cur := 0, -1
	for g := range n {
		fd := cur
		if keep[g] {
			fd = fdOf(g)
		}
		if fd != cur {
			fdSelect = append(fdSelect, byte(g>>8), byte(g), byte(fd))
			nRanges++
			cur = fd
		}
	}
	fdSelect = append(fdSelect, byte(n>>8), byte(n))
	fdSelect[1], fdSelect[2] = byte(nRanges>>8), byte(nRanges)

	// Layout. Offsets in DICTs are 5-byte integers, so sizes do not depend
	// on them.
	const fixedTop = 4*5 + 1 + 2 + 1 + 2 // charset, FDSelect, CharStrings, FDArray
	const fixedPrivate = 2*5 + 1
	nameIdxSize := indexSize([][]byte{f.name})
	topIdxSize := indexSizeN(1, len(top)+fixedTop)
	pos := 4 + nameIdxSize + topIdxSize + indexSize(st.out) + indexSize(gsubrs)
	charsetOff := pos
	pos += len(charset)
	fdSelectOff := pos
	pos += len(fdSelect)
	charStringsOff := pos
	pos += indexSize(cs)
	fdArrayOff := pos
	fdArraySize, fdArrayLen := 0, 0
	for i := range fds {
		fdArrayLen += len(fds[i].dict) + fixedPrivate
	}
	fdArraySize = indexSizeN(len(fds), fdArrayLen)
	pos += fdArraySize
	privOff := make([]int, len(fds))
	for i := range fds {
		privOff[i] = pos
		pos += len(fds[i].private) + indexSize(fds[i].subrs)
	}
	if pos > maxOutputSize {
		return nil, fmt.Errorf("fontsub: subset CFF too large (%d bytes)", pos)
	}

	top = appendInt5(top, charsetOff)
	top = appendOp(top, opCharset)
	top = appendInt5(top, fdSelectOff)
	top = appendOp(top, opFDSelect)
	top = appendInt5(top, charStringsOff)
	top = appendOp(top, opCharStrings)
	top = appendInt5(top, fdArrayOff)
	top = appendOp(top, opFDArray)
	fdDicts := make([][]byte, len(fds))
	for i := range fds {
		d := append([]byte(nil), fds[i].dict...)
		d = appendInt5(d, len(fds[i].private))
		d = appendInt5(d, privOff[i])
		fdDicts[i] = appendOp(d, opPrivate)
	}

	out := make([]byte, 0, pos)
	out = append(out, 1, 0, 4, byte(offSizeFor(pos)))
	out = appendIndex(out, [][]byte{f.name})
	out = appendIndex(out, [][]byte{top})
	out = appendIndex(out, st.out)
	out = appendIndex(out, gsubrs)
	out = append(out, charset...)
	out = append(out, fdSelect...)
	out = appendIndex(out, cs)
	out = appendIndex(out, fdDicts)
	for i := range fds {
		out = append(out, fds[i].private...)
		out = appendIndex(out, fds[i].subrs)
	}
	if len(out) != pos {
		return nil, fmt.Errorf("fontsub: internal error: CFF layout %d != %d bytes", len(out), pos)
	}
	return out, nil
}

// appendInt appends the shortest DICT encoding of v.
func appendInt(b []byte, v int) []byte {
	switch {
	case -107 <= v && v <= 107:
		return append(b, byte(v+139))
	case 108 <= v && v <= 1131:
		v -= 108
		return append(b, byte(v>>8+247), byte(v))
	case -1131 <= v && v <= -108:
		v = -v - 108
		return append(b, byte(v>>8+251), byte(v))
	case -32768 <= v && v <= 32767:
		return append(b, 28, byte(v>>8), byte(v))
	}
	return appendInt5(b, v)
}

// appendInt5 appends v as a 5-byte DICT integer.
func appendInt5(b []byte, v int) []byte {
	return append(b, 29, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func appendOp(b []byte, op int) []byte {
	if op >= esc {
		return append(b, 12, byte(op-esc))
	}
	return append(b, byte(op))
}

// offSizeFor returns the number of bytes needed for offsets up to max.
func offSizeFor(max int) int {
	switch {
	case max < 1<<8:
		return 1
	case max < 1<<16:
		return 2
	case max < 1<<24:
		return 3
	}
	return 4
}

// indexSizeN is the size of an INDEX of count objects of dataLen bytes.
func indexSizeN(count, dataLen int) int {
	if count == 0 {
		return 2
	}
	return 3 + (count+1)*offSizeFor(dataLen+1) + dataLen
}

func indexSize(items [][]byte) int {
	n := 0
	for _, it := range items {
		n += len(it)
	}
	return indexSizeN(len(items), n)
}

// appendIndex appends an INDEX of items (at most 65535 of them).
func appendIndex(b []byte, items [][]byte) []byte {
	if len(items) == 0 {
		return append(b, 0, 0)
	}
	total := 0
	for _, it := range items {
		total += len(it)
	}
	os := offSizeFor(total + 1)
	b = append(b, byte(len(items)>>8), byte(len(items)), byte(os))
	off := 1
	for i := 0; i <= len(items); i++ {
		for j := os - 1; j >= 0; j-- {
			b = append(b, byte(off>>(8*j)))
		}
		if i < len(items) {
			off += len(items[i])
		}
	}
	for _, it := range items {
		b = append(b, it...)
	}
	return b
}
