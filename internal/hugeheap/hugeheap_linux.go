package hugeheap

import (
	"os"
	"runtime"
	"runtime/debug"
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on Linux.
const hugePage = 2 << 20

func enable(size int) bool {
	if !wanted(read("/sys/kernel/mm/transparent_hugepage/enabled"), read("/proc/sys/vm/overcommit_memory"), os.Getenv("GODEBUG")) {
		return false
	}
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_AS, &lim); err != nil || lim.Cur != ^uint64(0) {
		return false
	}
	// A large object is mapped fresh and never touched: allocating it
	// grows the heap by its size and costs no memory. Once it is
	// collected, the heap's next allocations take its pages, from the
	// lowest address up.
	// With the collector off, allocating it does not start a cycle (in
	// which it would be kept as new); the one cycle run below frees it.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	b := make([]byte, size)
	lo := -int(uintptr(unsafe.Pointer(unsafe.SliceData(b)))) & (hugePage - 1) // to the first huge page boundary
	hi := lo + (len(b)-lo)&^(hugePage-1)
	err := syscall.Madvise(b[lo:hi], syscall.MADV_HUGEPAGE)
	b = nil
	runtime.GC()
	return err == nil
}
