package epub

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"hash/crc32"
	"io"
	"time"
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
// entries in the order given, deflated, all dated mod.
func writeZip(w io.Writer, entries []entry, mod time.Time) error {
	z := zip.NewWriter(w)
	m := []byte(mimetype)
	f, err := z.CreateRaw(&zip.FileHeader{
		Name:               "mimetype",
		Method:             zip.Store,
		CRC32:              crc32.ChecksumIEEE(m),
		CompressedSize64:   uint64(len(m)),
		UncompressedSize64: uint64(len(m)),
	})
	if err != nil {
		return fmt.Errorf("epub: zip: %w", err)
	}
	if _, err := f.Write(m); err != nil {
		return fmt.Errorf("epub: zip: %w", err)
	}
	for _, e := range entries {
		f, err := z.CreateHeader(&zip.FileHeader{Name: e.Name, Method: zip.Deflate, Modified: mod})
		if err != nil {
			return fmt.Errorf("epub: zip %s: %w", e.Name, err)
		}
		if _, err := f.Write(e.Data); err != nil {
			return fmt.Errorf("epub: zip %s: %w", e.Name, err)
		}
	}
	if err := z.Close(); err != nil {
		return fmt.Errorf("epub: zip: %w", err)
	}
	return nil
}

// zipTime is the date of every zip entry: the build date, which the zip
// format cannot store before 1980.
func zipTime(t time.Time) time.Time {
	min := time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	if t.Before(min) {
		return min
	}
	return t.UTC().Truncate(time.Second)
}
