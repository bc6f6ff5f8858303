// Package validate runs the real validators Quire's editions must satisfy
// (EPUBCheck, Ace by DAISY, qpdf, poppler's pdffonts/pdftotext/pdfinfo) for
// integration tests. A missing tool skips the test locally and fails it
// under CI=true, so CI can never pass by not checking.
package validate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// EPUBCheckJar is where Debian's epubcheck package puts the jar.
const EPUBCheckJar = "/usr/share/java/epubcheck.jar"

// Require skips t when tool is not available, or fails it under CI=true.
// tool is "epubcheck", "ace" or a command name on PATH.
func Require(t testing.TB, tool string) {
	t.Helper()
	if Available(tool) {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not installed: CI must run it (see .ci/run)", tool)
	}
	t.Skipf("%s is not installed; skipping (CI=true makes this a failure)", tool)
}

// Available reports whether a validator can run here.
func Available(tool string) bool {
	switch tool {
	case "epubcheck":
		_, err := exec.LookPath("java")
		return err == nil && fileExists(EPUBCheckJar)
	case "ace":
		return aceCLI() != ""
	}
	_, err := exec.LookPath(tool)
	return err == nil
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// aceCLI finds the ace-cli command: $ACE_CLI, ace-cli on PATH, or the
// scratch install that .ci/run makes.
func aceCLI() string {
	if p := os.Getenv("ACE_CLI"); p != "" && fileExists(p) {
		return p
	}
	if p, err := exec.LookPath("ace-cli"); err == nil {
		return p
	}
	for _, dir := range []string{os.Getenv("HOME") + "/.cache/quire-ace", "/tmp/ace"} {
		if p := filepath.Join(dir, "node_modules/.bin/ace-cli"); fileExists(p) {
			return p
		}
	}
	return ""
}

// EPUBCheckReport counts EPUBCheck's messages by severity.
type EPUBCheckReport struct {
	Fatal, Errors, Warnings, Usage int
	Messages                       []string // every non-usage message, "SEVERITY ID: text (path:line)"
}

// EPUBCheck validates an EPUB file with EPUBCheck.
func EPUBCheck(epubPath string) (EPUBCheckReport, error) {
	var r EPUBCheckReport
	out := filepath.Join(os.TempDir(), fmt.Sprintf("epubcheck-%d-%s.json", os.Getpid(), filepath.Base(epubPath)))
	defer os.Remove(out)
	cmd := exec.Command("java", "-jar", EPUBCheckJar, epubPath, "--json", out)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	_ = cmd.Run() // exit status 1 when there are errors: the JSON says which
	data, err := os.ReadFile(out)
	if err != nil {
		return r, fmt.Errorf("epubcheck wrote no report: %v: %s", err, stderr.String())
	}
	var rep struct {
		Messages []struct {
			ID        string `json:"ID"`
			Severity  string `json:"severity"`
			Message   string `json:"message"`
			Locations []struct {
				Path   string `json:"path"`
				Line   int    `json:"line"`
				Column int    `json:"column"`
			} `json:"locations"`
		} `json:"messages"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		return r, fmt.Errorf("epubcheck report: %v", err)
	}
	for _, m := range rep.Messages {
		switch m.Severity {
		case "FATAL":
			r.Fatal++
		case "ERROR":
			r.Errors++
		case "WARNING":
			r.Warnings++
		default:
			r.Usage++
			continue
		}
		loc := ""
		if len(m.Locations) > 0 {
			loc = fmt.Sprintf(" (%s:%d:%d)", m.Locations[0].Path, m.Locations[0].Line, m.Locations[0].Column)
		}
		r.Messages = append(r.Messages, fmt.Sprintf("%s %s: %s%s", m.Severity, m.ID, m.Message, loc))
	}
	return r, nil
}

// Ace runs Ace by DAISY and returns its violations (the "fail" outcomes).
func Ace(epubPath string) ([]string, error) {
	dir, err := os.MkdirTemp("", "ace-report-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	cmd := exec.Command(aceCLI(), "-f", "-s", "-o", dir, epubPath)
	cmd.Env = append(os.Environ(), "PUPPETEER_EXECUTABLE_PATH="+chromium())
	out, err := cmd.CombinedOutput()
	data, rerr := os.ReadFile(filepath.Join(dir, "report.json"))
	if rerr != nil {
		return nil, fmt.Errorf("ace wrote no report (%v): %s", err, out)
	}
	var rep struct {
		Result struct {
			Outcome string `json:"earl:outcome"`
		} `json:"earl:result"`
		Assertions []struct {
			Assertions []struct {
				Test struct {
					Title  string `json:"dct:title"`
					Impact string `json:"earl:impact"`
				} `json:"earl:test"`
				Result struct {
					Outcome     string `json:"earl:outcome"`
					Description string `json:"dct:description"`
					Pointer     struct {
						CFI []string `json:"cfi"`
						CSS []string `json:"css"`
					} `json:"earl:pointer"`
				} `json:"earl:result"`
			} `json:"assertions"`
			Sub struct {
				URL string `json:"url"`
			} `json:"earl:testSubject"`
		} `json:"assertions"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, fmt.Errorf("ace report: %v", err)
	}
	var fails []string
	for _, doc := range rep.Assertions {
		for _, a := range doc.Assertions {
			if a.Result.Outcome == "fail" {
				fails = append(fails, fmt.Sprintf("%s [%s] %s %v: %s", doc.Sub.URL, a.Test.Impact, a.Test.Title, a.Result.Pointer.CSS, a.Result.Description))
			}
		}
	}
	if rep.Result.Outcome != "pass" && len(fails) == 0 {
		fails = append(fails, fmt.Sprintf("Ace's overall outcome is %q", rep.Result.Outcome))
	}
	return fails, nil
}

func chromium() string {
	if p := os.Getenv("PUPPETEER_EXECUTABLE_PATH"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return "/usr/bin/chromium"
}

// QPDFCheck runs qpdf --check; err is set when qpdf finds a problem.
func QPDFCheck(pdfPath string) (string, error) {
	out, err := exec.Command("qpdf", "--check", pdfPath).CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("qpdf --check: %v\n%s", err, out)
	}
	if bytes.Contains(out, []byte("WARNING")) {
		return string(out), fmt.Errorf("qpdf --check warns:\n%s", out)
	}
	return string(out), nil
}

// Font is one line of pdffonts.
type Font struct {
	Name     string
	Type     string
	Embedded bool
}

// PDFFonts lists the fonts of a PDF as pdffonts sees them.
func PDFFonts(pdfPath string) ([]Font, error) {
	out, err := exec.Command("pdffonts", pdfPath).Output()
	if err != nil {
		return nil, fmt.Errorf("pdffonts: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 2 {
		return nil, fmt.Errorf("pdffonts: unexpected output %q", out)
	}
	// The header's dashes give the column widths.
	cols := strings.Fields(lines[1])
	var fonts []Font
	for _, l := range lines[2:] {
		pos := 0
		var fields []string
		for _, c := range cols {
			end := min(pos+len(c), len(l))
			fields = append(fields, strings.TrimSpace(l[min(pos, len(l)):end]))
			pos += len(c) + 1
		}
		if len(fields) < 5 {
			continue
		}
		fonts = append(fonts, Font{Name: fields[0], Type: fields[1], Embedded: fields[3] == "yes"})
	}
	return fonts, nil
}

// PDFText is pdftotext's text of a PDF, in reading order.
func PDFText(pdfPath string) (string, error) {
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", pdfPath, "-").Output()
	if err != nil {
		return "", fmt.Errorf("pdftotext: %v", err)
	}
	return string(out), nil
}

// PDFInfo returns pdfinfo's fields (Title, Author, Pages…).
func PDFInfo(pdfPath string) (map[string]string, error) {
	out, err := exec.Command("pdfinfo", "-enc", "UTF-8", pdfPath).Output()
	if err != nil {
		return nil, fmt.Errorf("pdfinfo: %v", err)
	}
	info := map[string]string{}
	for _, l := range strings.Split(string(out), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok {
			info[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return info, nil
}

// OutlineItem is one bookmark of a PDF.
type OutlineItem struct {
	Title string
	Depth int // 1 for top-level bookmarks
}

// PDFOutline reads a PDF's bookmarks in order with qpdf --json.
func PDFOutline(pdfPath string) ([]OutlineItem, error) {
	out, err := exec.Command("qpdf", "--json", "--json-key=outlines", pdfPath).Output()
	if err != nil {
		return nil, fmt.Errorf("qpdf --json: %v", err)
	}
	type node struct {
		Title string `json:"title"`
		Kids  []node `json:"kids"`
	}
	var doc struct {
		Outlines []node `json:"outlines"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		return nil, fmt.Errorf("qpdf outline json: %v", err)
	}
	var items []OutlineItem
	var walk func([]node, int)
	walk = func(ns []node, d int) {
		for _, n := range ns {
			items = append(items, OutlineItem{Title: n.Title, Depth: d})
			walk(n.Kids, d+1)
		}
	}
	walk(doc.Outlines, 1)
	return items, nil
}

// Words splits text into words for fidelity checks: runs of letters and
// digits (with inner apostrophes, hyphens and periods), case kept. Quotes,
// dashes and other punctuation are separators, so typographic changes and
// line breaks do not matter, but every word must be there.
func Words(text string) []string {
	text = strings.NewReplacer("\u00ad", "", "\ufb01", "fi", "\ufb02", "fl").Replace(text)
	return strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r))
	})
}

// MissingInOrder checks that want appears in got as a subsequence and
// returns the index in want of the first word that does not, or -1.
func MissingInOrder(want, got []string) int {
	return MissingInOrderFunc(want, got, func(w, g string) bool { return w == g })
}

// MissingInOrderFunc is MissingInOrder with same saying when a word of got
// stands for a word of want.
func MissingInOrderFunc(want, got []string, same func(want, got string) bool) int {
	j := 0
	for i, w := range want {
		for j < len(got) && !same(w, got[j]) {
			j++
		}
		if j == len(got) {
			return i
		}
		j++
	}
	return -1
}

// lineEndHyphen is a word broken at a line end by hyphenation: "devel-\nopment".
var lineEndHyphen = regexp.MustCompile(`(\pL+)-[ \t]*\r?\n[ \t\f]*(\pL+)`)

// Dehyphenate rejoins the words that typesetting hyphenated at line ends
// ("devel-\nopment" becomes "development") when the joined word is one of
// the known words; a line-end hyphen of a real compound ("well-\nbeing",
// when "wellbeing" is not known) stays.
func Dehyphenate(text string, known []string) string {
	vocab := make(map[string]bool, len(known))
	for _, w := range known {
		vocab[strings.ToLower(w)] = true
	}
	return lineEndHyphen.ReplaceAllStringFunc(text, func(m string) string {
		parts := lineEndHyphen.FindStringSubmatch(m)
		if vocab[strings.ToLower(parts[1]+parts[2])] {
			return parts[1] + parts[2]
		}
		return m
	})
}
