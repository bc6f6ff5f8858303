package book

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"image"
	"io"
)

// checkBody finds a corrupt image body behind a good header (a truncated
// download, a damaged file) without decoding the pixels, which costs ten
// times more: a PNG's chunks must be whole with right checksums and its
// compressed data must inflate, with a right Adler-32, to exactly the
// bytes its size calls for; a JPEG's segments must be whole, up to its
// end marker. GIFs, rare in books, are decoded.
func checkBody(format string, data []byte) error {
	switch format {
	case "png":
		return checkPNG(data)
	case "jpeg":
		return checkJPEG(data)
	}
	_, _, err := image.Decode(bytes.NewReader(data))
	return err
}

var pngSignature = []byte("\x89PNG\r\n\x1a\n")

// checkPNG walks the chunks of a PNG file (RFC 2083 / PNG 3rd edition).
func checkPNG(data []byte) error {
	if !bytes.HasPrefix(data, pngSignature) {
		return errors.New("not a PNG signature")
	}
	var hdr []byte
	var idat [][]byte
	for p := len(pngSignature); ; {
		if len(data)-p < 12 {
			return io.ErrUnexpectedEOF
		}
		n := int(binary.BigEndian.Uint32(data[p:]))
		if n < 0 || n > len(data)-p-12 {
			return io.ErrUnexpectedEOF
		}
		typ, body := string(data[p+4:p+8]), data[p+8:p+8+n]
		if crc32.ChecksumIEEE(data[p+4:p+8+n]) != binary.BigEndian.Uint32(data[p+8+n:]) {
			return fmt.Errorf("bad checksum in the %s chunk", typ)
		}
		switch typ {
		case "IHDR":
			hdr = body
		case "IDAT":
			idat = append(idat, body)
		case "IEND":
			if len(hdr) != 13 || len(idat) == 0 {
				return errors.New("no image header or no image data")
			}
			return checkPNGData(hdr, idat)
		}
		p += 12 + n
	}
}

// checkPNGData inflates the image data and compares its length with the
// one the header implies (filter bytes included, Adam7 passes summed).
func checkPNGData(hdr []byte, idat [][]byte) error {
	w, h := int64(binary.BigEndian.Uint32(hdr[0:])), int64(binary.BigEndian.Uint32(hdr[4:]))
	depth, color, interlace := int64(hdr[8]), hdr[9], hdr[12]
	channels := map[byte]int64{0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[color]
	if channels == 0 {
		return fmt.Errorf("unknown colour type %d", color)
	}
	bits := depth * channels
	rows := func(cols, n int64) int64 {
		if cols == 0 || n == 0 {
			return 0
		}
		return n * (1 + (cols*bits+7)/8)
	}
	want := rows(w, h)
	if interlace == 1 {
		want = 0
		for _, p := range [7][4]int64{{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}} {
			x0, y0, dx, dy := p[0], p[1], p[2], p[3]
			want += rows((w-x0+dx-1)/dx, (h-y0+dy-1)/dy)
		}
	}
	readers := make([]io.Reader, len(idat))
	for i, b := range idat {
		readers[i] = bytes.NewReader(b)
	}
	z, err := zlib.NewReader(io.MultiReader(readers...))
	if err != nil {
		return err
	}
	// Read one byte past what is wanted: a longer stream is as wrong.
	got, err := io.Copy(io.Discard, io.LimitReader(z, want+1))
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("the image data holds %d bytes, its size calls for %d", got, want)
	}
	// The stream must end here, with its checksum.
	if _, err := z.Read(make([]byte, 1)); err != io.EOF {
		if err == nil {
			err = errors.New("the image data is longer than its size calls for")
		}
		return err
	}
	return nil
}

// checkJPEG walks the segments of a JPEG file (ITU T.81 annex B) to its
// end-of-image marker.
func checkJPEG(data []byte) error {
	if len(data) < 2 || data[0] != 0xFF || data[1] != 0xD8 {
		return errors.New("no start-of-image marker")
	}
	for p := 2; ; {
		// Markers may be padded with 0xFF bytes.
		for p < len(data) && data[p] == 0xFF && p+1 < len(data) && data[p+1] == 0xFF {
			p++
		}
		if len(data)-p < 2 {
			return io.ErrUnexpectedEOF
		}
		if data[p] != 0xFF {
			return fmt.Errorf("expected a marker at byte %d", p)
		}
		m := data[p+1]
		p += 2
		switch {
		case m == 0xD9: // end of image
			return nil
		case m == 0x01 || (m >= 0xD0 && m <= 0xD7): // no length
			continue
		}
		if len(data)-p < 2 {
			return io.ErrUnexpectedEOF
		}
		n := int(binary.BigEndian.Uint16(data[p:]))
		if n < 2 || n > len(data)-p {
			return io.ErrUnexpectedEOF
		}
		p += n
		if m != 0xDA { // not a start of scan
			continue
		}
		// Entropy-coded data runs to the next marker that is not a
		// stuffed zero byte or a restart marker.
		for {
			i := bytes.IndexByte(data[p:], 0xFF)
			if i < 0 || p+i+1 >= len(data) {
				return io.ErrUnexpectedEOF
			}
			p += i
			if next := data[p+1]; next == 0x00 || (next >= 0xD0 && next <= 0xD7) || next == 0xFF {
				p++
				continue
			}
			break
		}
	}
}
