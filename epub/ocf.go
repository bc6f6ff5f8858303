package epub

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"hash/crc32"
	"io"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/klauspost/compress/flate"
)

// The OCF container: the zip file, its mimetype entry and
// META-INF/container.xml.

const (
	mimetype = "application/epub+zip"
	// root is the folder of the package inside the zip.
	root    = "EPUB/"
	opfPath = root + "package.opf"
)

// entry is one file of the container.
type entry struct {
	Name string
	Data []byte
}

type ocfContainer struct {
	XMLName   xml.Name      `xml:"urn:oasis:names:tc:opendocument:xmlns:container container"`
	Version   string        `xml:"version,attr"`
	Rootfiles []ocfRootfile `xml:"rootfiles>rootfile"`
}

type ocfRootfile struct {
	FullPath  string `xml:"full-path,attr"`
	MediaType string `xml:"media-type,attr"`
}

// containerXML is META-INF/container.xml, pointing at the package.
func containerXML() ([]byte, error) {
	return marshalXML(ocfContainer{
		Version:   "1.0",
		Rootfiles: []ocfRootfile{{FullPath: opfPath, MediaType: "application/oebps-package+xml"}},
	})
}

// writeZip writes the container: first the mimetype entry, stored, without
// extra field or data descriptor (EPUBCheck PKG-005 and PKG-006), then the
// entries in the order given, all dated mod. Entries are compressed
// concurrently, each on its own, then written in order; images, which are
// compressed already, are stored.
func writeZip(w io.Writer, entries []entry, mod time.Time) error {
	z := zip.NewWriter(w)
	packed := make([]packedEntry, len(entries))
	// A flate writer holds about a megabyte of tables: each goroutine
	// reuses one rather than making one per entry.
	writers := sync.Pool{New: func() any {
		fw, _ := flate.NewWriter(nil, flateLevel) // the level is valid
		return fw
	}}
	err := each(len(entries), func(i int) string { return entries[i].Name }, func(i int) error {
		fw := writers.Get().(*flate.Writer)
		defer writers.Put(fw)
		var err error
		packed[i], err = pack(entries[i], fw)
		entries[i].Data = nil // the packed copy is what is left to write
		return err
	})
	if err != nil {
		return err
	}
	m := []byte(mimetype)
	all := append([]packedEntry{{
		hdr:  zip.FileHeader{Name: "mimetype", Method: zip.Store, CRC32: crc32.ChecksumIEEE(m), CompressedSize64: uint64(len(m)), UncompressedSize64: uint64(len(m))},
		data: m,
	}}, packed...)
	date, clock := msDOSTime(mod)
	for _, p := range all {
		// CreateRaw writes the header as given: the MS-DOS date must be
		// set here (archive/zip derives it from Modified only in
		// CreateHeader), or every entry is dated 1980-00-00, a date that
		// does not exist.
		p.hdr.Modified, p.hdr.ModifiedDate, p.hdr.ModifiedTime = mod, date, clock
		f, err := z.CreateRaw(&p.hdr)
		if err != nil {
			return fmt.Errorf("epub: zip %s: %w", p.hdr.Name, err)
		}
		if _, err := f.Write(p.data); err != nil {
			return fmt.Errorf("epub: zip %s: %w", p.hdr.Name, err)
		}
	}
	if err := z.Close(); err != nil {
		return fmt.Errorf("epub: zip: %w", err)
	}
	return nil
}

// packedEntry is an entry ready for the zip: its header and its data,
// compressed as the header says.
type packedEntry struct {
	hdr  zip.FileHeader
	data []byte
}

// flateLevel is archive/zip's own level for deflated entries.
const flateLevel = 5

// pack compresses an entry with fw: deflated, but for images (stored).
func pack(e entry, fw *flate.Writer) (packedEntry, error) {
	h := zip.FileHeader{Name: e.Name, CRC32: crc32.ChecksumIEEE(e.Data), UncompressedSize64: uint64(len(e.Data))}
	if isCompressed(e.Name) {
		h.Method, h.CompressedSize64 = zip.Store, uint64(len(e.Data))
		return packedEntry{h, e.Data}, nil
	}
	var buf bytes.Buffer
	buf.Grow(len(e.Data) / 3)
	fw.Reset(&buf)
	if _, err := fw.Write(e.Data); err != nil {
		return packedEntry{}, err
	}
	if err := fw.Close(); err != nil {
		return packedEntry{}, err
	}
	h.Method, h.CompressedSize64 = zip.Deflate, uint64(buf.Len())
	return packedEntry{h, buf.Bytes()}, nil
}

// isCompressed reports whether a file's format is compressed already, so
// that deflating it again would cost time and gain nothing.
func isCompressed(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".png", ".jpg", ".jpeg", ".gif":
		return true
	}
	return false
}

// zipTime is the date of every zip entry: the build date, which the zip
// format cannot store before 1980.
// msDOSTime is t (UTC, 1980 or later) as a zip entry's MS-DOS date and
// time: days, months and years since 1980; hours, minutes and seconds in
// twos.
func msDOSTime(t time.Time) (date, clock uint16) {
	date = uint16(t.Day() + int(t.Month())<<5 + (t.Year()-1980)<<9)
	clock = uint16(t.Second()/2 + t.Minute()<<5 + t.Hour()<<11)
	return date, clock
}

func zipTime(t time.Time) time.Time {
	min := time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	if t.Before(min) {
		return min
	}
	return t.UTC().Truncate(time.Second)
}
