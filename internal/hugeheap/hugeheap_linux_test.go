package hugeheap

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestEnableAdvisesTheHeap: where the system gives huge pages on request,
// Enable leaves a heap mapping of about the reserve's size marked for them
// ("hg" in /proc/self/smaps).
func TestEnableAdvisesTheHeap(t *testing.T) {
	if !wanted(read("/sys/kernel/mm/transparent_hugepage/enabled"), read("/proc/sys/vm/overcommit_memory"), os.Getenv("GODEBUG")) {
		t.Skip("transparent huge pages are not in madvise mode here")
	}
	const size = 64 << 20
	if !enable(size) {
		t.Fatal("enable = false")
	}
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	var start, end uint64
	largest := uint64(0)
	for _, line := range strings.Split(string(smaps), "\n") {
		if f := strings.Fields(line); len(f) > 0 && strings.Count(f[0], "-") == 1 && !strings.HasSuffix(f[0], ":") {
			r := strings.SplitN(f[0], "-", 2)
			start, _ = strconv.ParseUint(r[0], 16, 64)
			end, _ = strconv.ParseUint(r[1], 16, 64)
		}
		if strings.HasPrefix(line, "VmFlags:") && strings.Contains(line+" ", " hg ") {
			largest = max(largest, end-start)
		}
	}
	if largest < size-2*hugePage {
		t.Errorf("the largest mapping advised for huge pages is %d bytes, want at least %d", largest, size-2*hugePage)
	}
}
