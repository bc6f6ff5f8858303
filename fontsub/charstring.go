package fontsub

import (
	"errors"
	"math"
)

// Type 2 charstring limits.
const (
	maxCharstringStack = 48 // argument stack depth
	maxSubrDepth       = 10 // subroutine nesting
	// maxScanSteps bounds the work of one Subset call on hostile fonts
	// (subroutines that call each other many times over). Real fonts need
	// a few thousand steps per glyph.
	maxScanSteps = 1 << 26
)

// errScan means the scanner cannot follow a charstring; the caller then
// keeps every subroutine.
var errScan = errors.New("fontsub: cannot follow charstring")

// scanner runs Type 2 charstrings just far enough to find the subroutines
// they call: it tracks the argument stack (for the subroutine numbers) and
// the number of stem hints (for the length of hintmask and cntrmask).
type scanner struct {
	gsubrs, lsubrs *cffIndex
	gUsed, lUsed   []bool

	stack  [maxCharstringStack]float64
	sp     int
	nStems int
	steps  int
	seac   bool // a glyph used endchar with accent arguments
}

// subrBias is the Type 2 bias added to subroutine numbers.
func subrBias(count int) int {
	switch {
	case count < 1240:
		return 107
	case count < 33900:
		return 1131
	}
	return 32768
}

// glyph scans the charstring of one glyph, marking the subroutines it calls.
func (s *scanner) glyph(cs []byte) error {
	s.sp, s.nStems = 0, 0
	_, err := s.run(cs, 0)
	return err
}

// run interprets cs; done reports that endchar was reached.
func (s *scanner) run(cs []byte, depth int) (done bool, err error) {
	for i := 0; i < len(cs); {
		s.steps++
		if s.steps > maxScanSteps {
			return false, errScan
		}
		c := cs[i]
		if c >= 32 || c == 28 {
			var v float64
			switch {
			case c == 28:
				if i+3 > len(cs) {
					return false, errScan
				}
				v = float64(int16(u16(cs[i+1:])))
				i += 3
			case c <= 246:
				v = float64(int(c) - 139)
				i++
			case c <= 254:
				if i+2 > len(cs) {
					return false, errScan
				}
				if c <= 250 {
					v = float64((int(c)-247)*256 + int(cs[i+1]) + 108)
				} else {
					v = float64(-(int(c)-251)*256 - int(cs[i+1]) - 108)
				}
				i += 2
			default: // 255: 16.16 fixed
				if i+5 > len(cs) {
					return false, errScan
				}
				v = float64(int32(u32(cs[i+1:]))) / 65536
				i += 5
			}
			if s.sp >= maxCharstringStack {
				return false, errScan
			}
			s.stack[s.sp] = v
			s.sp++
			continue
		}
		i++
		switch c {
		case 1, 3, 18, 23: // hstem, vstem, hstemhm, vstemhm
			s.nStems += s.sp / 2
			s.sp = 0
		case 19, 20: // hintmask, cntrmask: arguments left are an implicit vstem
			s.nStems += s.sp / 2
			s.sp = 0
			i += (s.nStems + 7) / 8
			if i > len(cs) {
				return false, errScan
			}
		case 10, 29: // callsubr, callgsubr
			if s.sp == 0 || depth >= maxSubrDepth {
				return false, errScan
			}
			s.sp--
			v := s.stack[s.sp]
			subrs, used := s.lsubrs, s.lUsed
			if c == 29 {
				subrs, used = s.gsubrs, s.gUsed
			}
			if v != math.Trunc(v) || math.Abs(v) > 1<<20 {
				return false, errScan
			}
			k := int(v) + subrBias(subrs.count)
			if k < 0 || k >= subrs.count {
				return false, errScan
			}
			used[k] = true
			sub, err := subrs.get(k)
			if err != nil {
				return false, errScan
			}
			if done, err := s.run(sub, depth+1); done || err != nil {
				return done, err
			}
		case 11: // return
			return false, nil
		case 14: // endchar; four arguments (five with a width) are seac
			if s.sp >= 4 {
				s.seac = true
			}
			return true, nil
		case 12:
			if i >= len(cs) {
				return false, errScan
			}
			c2 := cs[i]
			i++
			switch c2 {
			case 0, 34, 35, 36, 37: // dotsection, hflex, flex, hflex1, flex1
				s.sp = 0
			default:
				// Arithmetic and storage operators could compute a
				// subroutine number: do not try to follow them.
				return false, errScan
			}
		default: // path construction operators clear the stack
			s.sp = 0
		}
	}
	return false, nil
}
