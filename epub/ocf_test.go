package epub

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

// TestContainer checks the zip: mimetype first, stored, without extra field
// or data descriptor; images stored and every other entry deflated, with
// sizes in the local headers; every XML and XHTML entry well-formed.
func TestContainer(t *testing.T) {
	data := writeEPUB(t, fixture(t, "features"))
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	first := z.File[0]
	if first.Name != "mimetype" || first.Method != zip.Store || len(first.Extra) != 0 || first.Flags&0x8 != 0 {
		t.Errorf("first entry: name %q method %d extra %d bytes flags %#x; want mimetype, stored, no extra, no data descriptor",
			first.Name, first.Method, len(first.Extra), first.Flags)
	}
	if string(data[30:38]) != "mimetype" || string(data[38:58]) != mimetype {
		t.Errorf("the zip does not start with the mimetype entry: %q", data[:58])
	}
	for _, f := range z.File[1:] {
		want := uint16(zip.Deflate)
		if isCompressed(f.Name) {
			want = zip.Store
		}
		if f.Method != want || f.Flags&0x8 != 0 {
			t.Errorf("%s: method %d flags %#x, want method %d and no data descriptor", f.Name, f.Method, f.Flags, want)
		}
		if !strings.HasSuffix(f.Name, ".xhtml") && !strings.HasSuffix(f.Name, ".opf") &&
			!strings.HasSuffix(f.Name, ".ncx") && !strings.HasSuffix(f.Name, ".xml") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		if err := wellFormed(rc); err != nil {
			t.Errorf("%s: %v", f.Name, err)
		}
		rc.Close()
	}
}

// wellFormed parses an XML document strictly, knowing no entity beyond
// XML's five.
func wellFormed(r io.Reader) error {
	d := xml.NewDecoder(r)
	d.Strict = true
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// TestReproducible writes the same book twice and compares the bytes.
func TestReproducible(t *testing.T) {
	for _, name := range []string{"features"} {
		a := writeEPUB(t, fixture(t, name))
		b := writeEPUB(t, fixture(t, name))
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two builds differ", name)
		}
	}
}

func TestZipTime(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want string
	}{
		{"zero is the zip epoch", "0001-01-01T00:00:00Z", "1980-01-01T00:00:00Z"},
		{"before 1980", "1970-05-01T00:00:00Z", "1980-01-01T00:00:00Z"},
		{"kept, in UTC", "2024-03-01T13:00:00+01:00", "2024-03-01T12:00:00Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := mustTime(t, tc.in)
			if got := zipTime(in).Format("2006-01-02T15:04:05Z07:00"); got != tc.want {
				t.Errorf("zipTime(%s) = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

// TestZipDates checks every entry's MS-DOS date and time: the build date
// (SOURCE_DATE_EPOCH), or 1980-01-01 00:00 when there is none; never the
// 1980-00-00 that archive/zip's CreateRaw leaves.
func TestZipDates(t *testing.T) {
	for _, tc := range []struct {
		mod  time.Time
		want string
	}{
		{time.Time{}, "1980-01-01 00:00:00"},
		{time.Date(2026, 12, 2, 10, 50, 42, 0, time.UTC), "2026-12-02 10:50:42"},
	} {
		var buf bytes.Buffer
		if err := Write(&buf, fixture(t, "features"), Options{Modified: tc.mod}); err != nil {
			t.Fatal(err)
		}
		z, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range z.File {
			got := time.Date(1980+int(f.ModifiedDate>>9), time.Month(f.ModifiedDate>>5&0xf), int(f.ModifiedDate&0x1f),
				int(f.ModifiedTime>>11), int(f.ModifiedTime>>5&0x3f), int(f.ModifiedTime&0x1f)*2, 0, time.UTC)
			if f.ModifiedDate>>5&0xf == 0 || f.ModifiedDate&0x1f == 0 || got.Format("2006-01-02 15:04:05") != tc.want {
				t.Errorf("%s dated %04d-%02d-%02d %v, want %s", f.Name, 1980+int(f.ModifiedDate>>9), f.ModifiedDate>>5&0xf, f.ModifiedDate&0x1f, got.Format("15:04:05"), tc.want)
			}
		}
	}
}
