package corpus

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// CheckEPUB opens an EPUB as a zip and parses every XML entry (XHTML,
// the package document, the NCX, container.xml) strictly: the first entry
// that is not well-formed is the error.
func CheckEPUB(path string) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return err
	}
	defer zr.Close()
	if len(zr.File) == 0 || zr.File[0].Name != "mimetype" {
		return fmt.Errorf("%s: the first entry is not mimetype", path)
	}
	for _, f := range zr.File {
		if !isXML(f.Name) {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return fmt.Errorf("%s: %w", f.Name, err)
		}
		err = WellFormed(rc)
		rc.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", f.Name, err)
		}
	}
	return nil
}

func isXML(name string) bool {
	for _, ext := range []string{".xhtml", ".opf", ".ncx", ".xml"} {
		if strings.HasSuffix(name, ext) {
			return true
		}
	}
	return false
}

// WellFormed reads r as strict XML to its end.
func WellFormed(r io.Reader) error {
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

// CheckPDF checks the frame of a PDF file: it starts with %PDF- and ends
// with %%EOF.
func CheckPDF(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return PDFFrame(data)
}

// PDFFrame checks that data starts with %PDF- and ends with %%EOF (and an
// optional end of line).
func PDFFrame(data []byte) error {
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		return errors.New("the PDF does not start with %PDF-")
	}
	if !bytes.HasSuffix(bytes.TrimRight(data, "\r\n"), []byte("%%EOF")) {
		return errors.New("the PDF does not end with %%EOF")
	}
	return nil
}
