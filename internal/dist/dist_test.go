package dist

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestReproducible builds cmd/quire for a platform other than this one
// (which also shows it cross-compiles without cgo) twice, into two
// folders, with the flags `make dist` uses, and wants the same bytes.
func TestReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: compiles Quire twice")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	target := Target{"windows", "arm64"}
	var sums [2]string
	var bins [2][]byte
	for i := range sums {
		out := filepath.Join(t.TempDir(), target.Name())
		start := time.Now()
		if err := Build(ctx, "go", "../..", target, out); err != nil {
			t.Fatal(err)
		}
		t.Logf("build %d: %v", i+1, time.Since(start).Round(time.Millisecond))
		var err error
		if bins[i], err = os.ReadFile(out); err != nil {
			t.Fatal(err)
		}
		if sums[i], err = SumFile(out); err != nil {
			t.Fatal(err)
		}
		t.Logf("build %d: sha256 %s", i+1, sums[i])
	}
	if !bytes.Equal(bins[0], bins[1]) {
		t.Fatalf("two builds differ: sha256 %s and %s", sums[0], sums[1])
	}
	if !bytes.HasPrefix(bins[0], []byte("MZ")) {
		t.Errorf("%s is not a Windows executable (no MZ header)", target.Name())
	}
}

func TestTargetName(t *testing.T) {
	for _, tc := range []struct {
		t    Target
		want string
	}{
		{Target{"linux", "amd64"}, "quire-linux-amd64"},
		{Target{"darwin", "arm64"}, "quire-darwin-arm64"},
		{Target{"windows", "arm64"}, "quire-windows-arm64.exe"},
	} {
		if got := tc.t.Name(); got != tc.want {
			t.Errorf("%v.Name() = %q, want %q", tc.t, got, tc.want)
		}
	}
}
