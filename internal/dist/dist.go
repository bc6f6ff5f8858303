// Package dist builds the release binaries of the quire command: static,
// for each platform in Targets, with flags that make two builds of the same
// source byte-identical (see Flags). `make dist` runs it through cmd/dist.
package dist

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Target is a platform to build for.
type Target struct{ OS, Arch string }

// Targets are the platforms a release has a binary for.
var Targets = []Target{
	{"linux", "amd64"}, {"linux", "arm64"},
	{"darwin", "amd64"}, {"darwin", "arm64"},
	{"windows", "amd64"}, {"windows", "arm64"},
}

// Name is the binary's file name: quire-<os>-<arch>, .exe on Windows.
func (t Target) Name() string {
	n := "quire-" + t.OS + "-" + t.Arch
	if t.OS == "windows" {
		n += ".exe"
	}
	return n
}

// Flags are the go build flags of a release binary. -trimpath drops the
// build machine's paths; -buildid= and -s -w drop the build ID, the
// symbol table and DWARF. -buildvcs=auto is explicit because GOFLAGS may
// say otherwise (the command line wins): the commit, its date and whether
// the checkout was modified are stamped, which 'quire version' prints and
// which are the same for two builds of the same checkout.
var Flags = []string{"-trimpath", "-buildvcs=auto", "-ldflags=-s -w -buildid="}

// Env is the environment of a build for t: no cgo (a static binary), and
// the default instruction-set levels, which the build info records, so
// that a GOAMD64 or GOARM64 in the caller's environment cannot change
// the bytes.
func Env(t Target) []string {
	env := append(os.Environ(), "CGO_ENABLED=0", "GOOS="+t.OS, "GOARCH="+t.Arch)
	switch t.Arch {
	case "amd64":
		env = append(env, "GOAMD64=v1")
	case "arm64":
		env = append(env, "GOARM64=v8.0")
	}
	return env
}

// Build compiles the module's ./cmd/quire, the module being in root, for t
// into out (a file) with the go command goCmd ("go" when empty). extraEnv
// is appended to the environment (GOCACHE=…, for one).
func Build(ctx context.Context, goCmd, root string, t Target, out string, extraEnv ...string) error {
	if goCmd == "" {
		goCmd = "go"
	}
	args := append([]string{"build"}, Flags...)
	args = append(args, "-o", out, "./cmd/quire")
	cmd := exec.CommandContext(ctx, goCmd, args...)
	cmd.Dir = root
	cmd.Env = append(Env(t), extraEnv...)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build for %s/%s: %v\n%s", t.OS, t.Arch, err, msg)
	}
	return nil
}

// SumFile returns the SHA-256 of the file at path, in hex.
func SumFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// All builds every target into dir and writes dir/SHA256SUMS in the form
// sha256sum writes and 'sha256sum -c' reads ("<hex>  <name>", names
// sorted as Targets are). It reports each file written to log.
func All(ctx context.Context, goCmd, root, dir string, log io.Writer) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var sums strings.Builder
	for _, t := range Targets {
		out := filepath.Join(dir, t.Name())
		if err := Build(ctx, goCmd, root, t, out); err != nil {
			return err
		}
		sum, err := SumFile(out)
		if err != nil {
			return err
		}
		fmt.Fprintf(&sums, "%s  %s\n", sum, t.Name())
		fmt.Fprintf(log, "%s  %s\n", sum, out)
	}
	return os.WriteFile(filepath.Join(dir, "SHA256SUMS"), []byte(sums.String()), 0o644)
}
