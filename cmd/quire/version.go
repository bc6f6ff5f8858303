package main

import (
	"fmt"
	"io"
	"runtime/debug"
)

// version reads the module version and VCS revision from the build info,
// as 'go install' and 'go build' record them.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := info.Main.Version
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+dirty"
			}
		}
	}
	if (v == "" || v == "(devel)") && rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		return "devel-" + rev + modified
	}
	if v == "" {
		v = "(devel)"
	}
	return v
}

func runVersion(stdout io.Writer) int {
	info, _ := debug.ReadBuildInfo()
	goVersion := ""
	if info != nil {
		goVersion = " " + info.GoVersion
	}
	fmt.Fprintf(stdout, "quire %s%s\n", version(), goVersion)
	return exitOK
}
