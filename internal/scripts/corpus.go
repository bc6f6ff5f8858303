package scripts

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// CorpusBooks are the corpus folders under testdata/, in report order.
var CorpusBooks = []string{"zh-Hans", "ja", "ar", "he", "hi", "el", "ru", "vi", "de", "mixed"}

// CorpusDir is the corpus folder: testdata/ beside this file.
func CorpusDir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return filepath.Join("internal", "scripts", "testdata")
	}
	return filepath.Join(filepath.Dir(file), "testdata")
}

// ModuleRoot is the folder of Quire's go.mod (two levels above this file).
func ModuleRoot() string {
	return filepath.Dir(filepath.Dir(filepath.Dir(CorpusDir())))
}

// BuildQuireBinary compiles ./cmd/quire of the module into dir and returns
// the binary's path.
func BuildQuireBinary(dir string) (string, error) {
	bin := filepath.Join(dir, "quire")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/quire")
	cmd.Dir = ModuleRoot()
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/quire: %v: %s", err, bytes.TrimSpace(out))
	}
	return bin, nil
}

// BuildWithQuire builds the book folder dir with the quire binary into out
// (`quire build dir -o out`) and returns the PDF's path.
func BuildWithQuire(quire, dir, out string, src *Source) (string, error) {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return "", err
	}
	cmd := exec.Command(quire, "build", dir, "-o", out)
	if o, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("quire build %s: %v: %s", dir, err, lastLines(o, 5))
	}
	pdf := filepath.Join(out, src.Slug+".pdf")
	if _, err := os.Stat(pdf); err != nil {
		return "", fmt.Errorf("quire build %s: no %s", dir, pdf)
	}
	return pdf, nil
}

func lastLines(b []byte, n int) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
