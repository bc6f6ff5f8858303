package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
)

// profiled runs f with a CPU profile written to the file QUIRE_CPUPROFILE
// names, when it is set: the profile of a real build, for `go tool pprof`
// (the benchmarks profile the stages; this profiles the whole process).
func profiled(stderr io.Writer, f func() int) int {
	path := os.Getenv("QUIRE_CPUPROFILE")
	if path == "" {
		return f()
	}
	out, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(stderr, "quire: QUIRE_CPUPROFILE: %v\n", err)
		return f()
	}
	defer out.Close()
	if err := pprof.StartCPUProfile(out); err != nil {
		fmt.Fprintf(stderr, "quire: QUIRE_CPUPROFILE: %v\n", err)
		return f()
	}
	defer pprof.StopCPUProfile()
	return f()
}
