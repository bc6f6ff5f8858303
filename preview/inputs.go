package preview

import (
	"hash/maphash"
	"os"
)

// fingerprints remembers the contents of the files a rebuild read, as they
// were just before it read them, so that a save that changed nothing (an
// editor's ":w", a touch) does not cost a rebuild.
type fingerprints struct {
	seed maphash.Seed
	sums map[string]uint64
}

func newFingerprints() *fingerprints {
	return &fingerprints{seed: maphash.MakeSeed(), sums: map[string]uint64{}}
}

// sum hashes a file's contents; a file that cannot be read has a sum of
// its own, so that its coming back counts as a change.
func (f *fingerprints) sum(path string) uint64 {
	data, err := os.ReadFile(path)
	if err != nil {
		return maphash.String(f.seed, "\x00unreadable")
	}
	return maphash.Bytes(f.seed, data)
}

// record replaces what is remembered by the current contents of paths.
func (f *fingerprints) record(paths []string) {
	f.sums = make(map[string]uint64, len(paths))
	for _, p := range paths {
		f.sums[p] = f.sum(p)
	}
}

// forget drops what is remembered of path: the next batch that holds it
// rebuilds whatever the file's contents.
func (f *fingerprints) forget(path string) { delete(f.sums, path) }

// same reports whether every path was recorded and still has the contents
// it had then.
func (f *fingerprints) same(paths []string) bool {
	for _, p := range paths {
		s, ok := f.sums[p]
		if !ok || f.sum(p) != s {
			return false
		}
	}
	return len(paths) > 0
}
