package validate

import (
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	got := Words("China’s “world’s factory”, COVID-19 — well-being; i.e. fine")
	want := []string{"China", "s", "world", "s", "factory", "COVID", "19", "well", "being", "i", "e", "fine"}
	if len(got) != len(want) {
		t.Fatalf("Words = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Words = %q, want %q", got, want)
		}
	}
}

func TestMissingInOrder(t *testing.T) {
	tests := []struct {
		name      string
		want, got []string
		missing   int
	}{
		{"all in order with extras", []string{"a", "b", "c"}, []string{"x", "a", "y", "b", "c", "z"}, -1},
		{"out of order", []string{"a", "b", "c"}, []string{"b", "a", "c"}, 1},
		{"missing last", []string{"a", "b"}, []string{"a"}, 1},
		{"empty want", nil, []string{"a"}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MissingInOrder(tt.want, tt.got); got != tt.missing {
				t.Errorf("MissingInOrder = %d, want %d", got, tt.missing)
			}
		})
	}
}

func TestDehyphenate(t *testing.T) {
	known := []string{"development", "well", "being", "international"}
	got := Dehyphenate("research and devel-\nopment, well-\nbeing, interna-\n\ftional and un-\nknown", known)
	want := "research and development, well-\nbeing, international and un-\nknown"
	if got != want {
		t.Errorf("Dehyphenate = %q, want %q", got, want)
	}
}

func TestMissingInOrderFunc(t *testing.T) {
	folded := func(w, g string) bool { return strings.EqualFold(w, g) }
	if i := MissingInOrderFunc([]string{"a", "B"}, []string{"A", "x", "b"}, folded); i != -1 {
		t.Errorf("folded match: %d, want -1", i)
	}
	if i := MissingInOrderFunc([]string{"b", "a"}, []string{"A", "B"}, folded); i != 1 {
		t.Errorf("out of order: %d, want 1", i)
	}
}
