// Package release checks that Quire installs as a Go user expects:
// `go install github.com/quire-books/quire/cmd/quire@vX.Y.Z`, which the
// go command refuses for a module with a replace line.
package release

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const (
	modulePath = "github.com/quire-books/quire"
	version    = "v0.0.1-installtest"
)

// TestGoInstall zips the module as a release would be, serves it from a
// file-based GOPROXY (the dependencies from the module cache), installs
// cmd/quire with `go install …@version` into an empty GOPATH, and builds
// the sample book with what it installed.
func TestGoInstall(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: go install compiles Quire from a module zip")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	root := moduleRoot(t)
	files := moduleFiles(t, root)
	tmp := t.TempDir()
	proxy := filepath.Join(tmp, "proxy")
	writeProxy(t, proxy, root, files)

	modCache := strings.TrimSpace(run(t, root, nil, goCmd, "env", "GOMODCACHE"))
	gopath := filepath.Join(tmp, "gopath")
	env := []string{
		"GOPATH=" + gopath,
		"GOMODCACHE=" + filepath.Join(gopath, "pkg", "mod"),
		"GOBIN=" + filepath.Join(tmp, "bin"),
		"GOPROXY=file://" + filepath.ToSlash(proxy) + ",file://" + filepath.ToSlash(filepath.Join(modCache, "cache", "download")),
		"GOSUMDB=off", // the test release is in no checksum database
		"GOFLAGS=-mod=mod -trimpath",
		"GOTOOLCHAIN=local",
		"GONOSUMDB=", "GOPRIVATE=", "GOWORK=off",
	}
	out := filepath.Join(tmp, "out")
	run(t, tmp, env, goCmd, "install", modulePath+"/cmd/quire@"+version)
	quire := filepath.Join(tmp, "bin", "quire")
	if v := run(t, tmp, env, quire, "version"); !strings.Contains(v, version) {
		t.Errorf("quire version = %q, want %s", v, version)
	}
	run(t, tmp, append(env, "SOURCE_DATE_EPOCH=1700000000"), quire, "build", filepath.Join(root, "content"), "-o", out)
	for _, ext := range []string{".epub", ".pdf"} {
		matches, _ := filepath.Glob(filepath.Join(out, "*"+ext))
		if len(matches) != 1 {
			t.Errorf("the installed quire wrote %v, want one %s", matches, ext)
		}
	}
}

// moduleRoot is the folder of Quire's go.mod.
func moduleRoot(t *testing.T) string {
	dir, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// moduleFiles lists the files a release of the module holds: what git
// tracks (as the module proxy takes a tagged commit), or, outside a
// checkout, every file but the build output.
func moduleFiles(t *testing.T, root string) []string {
	if out, err := exec.Command("git", "-C", root, "ls-files", "-z").Output(); err == nil && len(out) > 0 {
		var files []string
		for _, f := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
			if info, err := os.Lstat(filepath.Join(root, f)); err == nil && info.Mode().IsRegular() {
				files = append(files, f)
			}
		}
		return files
	}
	var files []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() && (rel == ".git" || rel == "build" || strings.HasPrefix(d.Name(), ".") && rel != ".") {
			return filepath.SkipDir
		}
		if d.Type().IsRegular() {
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// writeProxy writes a GOPROXY folder serving the module at version: list,
// .info, .mod and the zip, whose paths start "module@version/".
func writeProxy(t *testing.T, proxy, root string, files []string) {
	dir := filepath.Join(proxy, filepath.FromSlash(modulePath), "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(f)))
		if err != nil {
			t.Fatal(err)
		}
		w, err := z.Create(modulePath + "@" + version + "/" + f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(mod, []byte("\nreplace ")) {
		t.Fatal("go.mod has a replace line: go install …@version refuses such a module")
	}
	info, _ := json.Marshal(map[string]any{"Version": version, "Time": time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)})
	for name, data := range map[string][]byte{"list": []byte(version + "\n"), version + ".info": info, version + ".mod": mod, version + ".zip": buf.Bytes()} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// run runs a command in dir with env added to the test's, failing the test
// with its output when it fails; it returns stdout.
func run(t *testing.T, dir string, env []string, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", filepath.Base(name), strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String()
}
