package main

import (
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// buildVersion is what the build info says of this binary: the module
// version 'go install …@vX.Y.Z' records, and the VCS revision, date and
// state 'go build' in a checkout records.
type buildVersion struct {
	Version  string `json:"version"`            // "v1.2.3", or "(devel)"
	Revision string `json:"revision,omitempty"` // the commit, in full
	Time     string `json:"time,omitempty"`     // the commit's date, RFC 3339
	Modified bool   `json:"modified,omitempty"` // the checkout had changes
	Go       string `json:"go"`                 // the Go toolchain
	Platform string `json:"platform"`           // GOOS/GOARCH
}

// readVersion reads info (nil: no build info).
func readVersion(info *debug.BuildInfo) buildVersion {
	v := buildVersion{Version: "(devel)", Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}
	if info == nil {
		return v
	}
	if info.Main.Version != "" {
		v.Version = info.Main.Version
	}
	if info.GoVersion != "" {
		v.Go = info.GoVersion
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Revision = s.Value
		case "vcs.time":
			v.Time = s.Value
		case "vcs.modified":
			v.Modified = s.Value == "true"
		}
	}
	return v
}

// version is the short form: the module version, or for a build from a
// checkout "devel-" and the revision's first 12 digits (+dirty when the
// checkout had changes).
func version() string {
	info, _ := debug.ReadBuildInfo()
	return readVersion(info).short()
}

func (v buildVersion) short() string {
	if v.Version != "(devel)" || v.Revision == "" {
		return v.Version
	}
	rev := v.Revision
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if v.Modified {
		rev += "+dirty"
	}
	return "devel-" + rev
}

// line is the form `quire version` prints.
func (v buildVersion) line() string {
	s := "quire " + v.short()
	if v.Revision != "" {
		s += " (" + v.Revision
		if v.Time != "" {
			s += ", " + v.Time
		}
		if v.Modified {
			s += ", modified"
		}
		s += ")"
	}
	return s + " " + v.Go + " " + v.Platform
}

// runVersion prints the version: one line, or with --json an object for
// scripts.
func runVersion(args []string, stdout, stderr io.Writer) int {
	info, _ := debug.ReadBuildInfo()
	v := readVersion(info)
	switch {
	case len(args) == 0:
		fmt.Fprintln(stdout, v.line())
	case len(args) == 1 && (args[0] == "--json" || args[0] == "-json"):
		out, _ := json.MarshalIndent(v, "", "  ") // a struct of strings: no error
		fmt.Fprintln(stdout, string(out))
	default:
		fmt.Fprintf(stderr, "quire version: unexpected %q (usage: quire version [--json])\n", args[0])
		return exitUsage
	}
	return exitOK
}
