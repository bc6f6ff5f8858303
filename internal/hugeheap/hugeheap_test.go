package hugeheap

import "testing"

func TestWanted(t *testing.T) {
	for _, tc := range []struct {
		name, thp, overcommit, godebug string
		want                           bool
	}{
		{"madvise", "always [madvise] never\n", "0\n", "", true},
		{"madvise, overcommit always", "always [madvise] never\n", "1\n", "", true},
		{"always: the heap has them", "[always] madvise never\n", "0\n", "", false},
		{"never", "always madvise [never]\n", "0\n", "", false},
		{"no THP in the kernel", "", "0\n", "", false},
		{"strict overcommit", "always [madvise] never\n", "2\n", "", false},
		{"GODEBUG disablethp", "always [madvise] never\n", "0\n", "gctrace=1,disablethp=1", false},
		{"GODEBUG other", "always [madvise] never\n", "0\n", "disablethp=0", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := wanted(tc.thp, tc.overcommit, tc.godebug); got != tc.want {
				t.Errorf("wanted = %v, want %v", got, tc.want)
			}
		})
	}
}
