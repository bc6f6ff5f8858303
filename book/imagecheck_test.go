package book

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// testImage is a small picture with some detail, so compressed data is
// not trivially short.
func testImage(w, h int) *image.RGBA {
	m := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			m.Set(x, y, color.RGBA{uint8(x * 7), uint8(y * 11), uint8(x * y), 255})
		}
	}
	return m
}

func encode(t *testing.T, f func(*bytes.Buffer) error) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := f(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// pngChunk is one chunk, with its length and checksum.
func pngChunk(typ string, body []byte) []byte {
	out := binary.BigEndian.AppendUint32(nil, uint32(len(body)))
	out = append(out, typ...)
	out = append(out, body...)
	return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(out[4:]))
}

// interlacedPNG writes an Adam7 8-bit grey PNG by hand (Go's encoder
// writes none), rows unfiltered.
func interlacedPNG(t *testing.T, w, h int) []byte {
	var raw bytes.Buffer
	for _, p := range [7][4]int{{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}} {
		for y := p[1]; y < h; y += p[3] {
			if p[0] >= w {
				break
			}
			raw.WriteByte(0)
			for x := p[0]; x < w; x += p[2] {
				raw.WriteByte(byte(x*13 + y))
			}
		}
	}
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(raw.Bytes())
	zw.Close()
	ihdr := binary.BigEndian.AppendUint32(nil, uint32(w))
	ihdr = binary.BigEndian.AppendUint32(ihdr, uint32(h))
	ihdr = append(ihdr, 8, 0, 0, 0, 1)
	out := append([]byte{}, pngSignature...)
	out = append(out, pngChunk("IHDR", ihdr)...)
	half := z.Len() / 2 // the data split over two IDAT chunks
	out = append(out, pngChunk("IDAT", z.Bytes()[:half])...)
	out = append(out, pngChunk("IDAT", z.Bytes()[half:])...)
	return append(out, pngChunk("IEND", nil)...)
}

// TestCheckBody: every good image passes, whatever its kind; a truncated
// or damaged one fails.
func TestCheckBody(t *testing.T) {
	rgba := testImage(37, 23)
	gray16 := image.NewGray16(rgba.Bounds())
	pal := image.NewPaletted(rgba.Bounds(), color.Palette{color.Black, color.White})
	for y := range 23 {
		for x := range 37 {
			gray16.Set(x, y, rgba.At(x, y))
			pal.Set(x, y, rgba.At(x, y))
		}
	}
	pngOf := func(m image.Image) []byte {
		return encode(t, func(b *bytes.Buffer) error { return png.Encode(b, m) })
	}
	good := map[string][]byte{
		"rgba.png":            pngOf(rgba),
		"gray16.png":          pngOf(gray16),
		"paletted.png":        pngOf(pal),
		"interlaced.png":      interlacedPNG(t, 37, 23),
		"tiny-interlaced.png": interlacedPNG(t, 3, 2), // passes with no pixels
		"photo.jpg":           encode(t, func(b *bytes.Buffer) error { return jpeg.Encode(b, rgba, &jpeg.Options{Quality: 80}) }),
		"anim.gif":            encode(t, func(b *bytes.Buffer) error { return gif.Encode(b, pal, nil) }),
	}
	for name, data := range good {
		_, format, err := image.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: the test image does not decode: %v", name, err)
		}
		if err := checkBody(format, data); err != nil {
			t.Errorf("%s: good image refused: %v", name, err)
		}
		// Cut anywhere inside the image, it must be refused.
		cuts := []int{len(data) / 4, len(data) / 2, len(data) - 13, len(data) - 1}
		if format == "gif" {
			cuts = cuts[:3] // Go's GIF decoder does without the trailer byte
		}
		for _, cut := range cuts {
			if err := checkBody(format, data[:cut]); err == nil {
				t.Errorf("%s cut at %d of %d bytes: accepted", name, cut, len(data))
			}
		}
	}
	// A changed byte inside a PNG's compressed data breaks its checksum.
	flipped := bytes.Clone(good["rgba.png"])
	flipped[len(flipped)/2] ^= 0x40
	if err := checkBody("png", flipped); err == nil {
		t.Error("PNG with a changed byte: accepted")
	}
	// A PNG whose data is short of what its size calls for (checksums
	// right): the header says 38 pixels wide, the data is for 37.
	short := bytes.Clone(good["rgba.png"])
	binary.BigEndian.PutUint32(short[16:], 38)
	binary.BigEndian.PutUint32(short[29:], crc32.ChecksumIEEE(short[12:29]))
	if err := checkBody("png", short); err == nil {
		t.Error("PNG with too little data: accepted")
	}
	// A JPEG without its end marker.
	jpg := good["photo.jpg"]
	if err := checkBody("jpeg", jpg[:len(jpg)-2]); err == nil {
		t.Error("JPEG without its end marker: accepted")
	}
}

// TestCheckBodyAgreesWithDecode: on every PNG and JPEG of the system's
// shared files (as many as are found, up to 300), checkBody accepts what
// the image package decodes.
func TestCheckBodyAgreesWithDecode(t *testing.T) {
	var files []string
	for _, pat := range []string{"/usr/share/*/*.png", "/usr/share/*/*/*.png", "/usr/share/*/*/*/*.png", "/usr/share/*/*/*.jp*g", "/usr/share/*/*/*/*.jp*g", "/usr/lib/*/*/*/*.png"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("no PNG or JPEG files under /usr/share")
	}
	checked := 0
	for _, f := range files[:min(len(files), 300)] {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		_, format, err := image.Decode(bytes.NewReader(data))
		if err != nil {
			continue
		}
		checked++
		if err := checkBody(format, data); err != nil {
			t.Errorf("%s decodes but checkBody says: %v", f, err)
		}
	}
	t.Logf("%d images checked", checked)
}
