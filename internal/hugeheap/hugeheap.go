// Package hugeheap backs the Go heap with transparent huge pages where the
// system gives them only on request (Linux's "madvise" mode).
//
// A build touches tens to hundreds of megabytes of fresh heap, and each
// first touch of a 4 KB page is a page fault: on virtual machines a fault
// costs 5–15 µs, so a 400,000-word book spent a third of its CPU time in
// them. Backed by 2 MB pages, the same heap takes a few hundred faults.
// The Go runtime maps its heap as it grows and asks for no huge pages, so
// Enable grows it once, ahead, and advises that space.
package hugeheap

import (
	"os"
	"strings"
)

// Reserve is how much heap Enable prepares: address space, not memory;
// pages are backed only when the heap first uses them. A medium book's
// EPUB peaks near 90 MB, its PDF near 140 MB, a 2,000,000-word book's PDF
// near 450 MB; preparing more costs about 2 ms per 512 MB at start-up.
const Reserve = 512 << 20

// Enable prepares the heap for huge pages and reports whether it did. It
// does nothing (false) on other systems; on Linux when transparent huge
// pages are off ("never") or given to every process anyway ("always"),
// when GODEBUG has disablethp=1, when the kernel refuses to overcommit
// memory (the reserve would count against it) or when the address space
// is limited (ulimit -v). Call it first thing in main, once.
func Enable() bool { return enable(Reserve) }

// wanted reports whether advising huge pages helps, from the contents of
// the THP setting, of vm.overcommit_memory and of GODEBUG.
func wanted(thp, overcommit, godebug string) bool {
	if !strings.Contains(thp, "[madvise]") || strings.TrimSpace(overcommit) == "2" {
		return false
	}
	for _, kv := range strings.Split(godebug, ",") {
		if strings.TrimSpace(kv) == "disablethp=1" {
			return false
		}
	}
	return true
}

func read(name string) string {
	b, err := os.ReadFile(name)
	if err != nil {
		return ""
	}
	return string(b)
}
