package fontset

import "testing"

// TestRTL: the languages written right to left by their likely script or
// the script their tag names, and the ones that are not.
func TestRTL(t *testing.T) {
	tests := []struct {
		tag  string
		want bool
	}{
		// The languages the rule has always known.
		{"ar", true}, {"he", true}, {"iw", true}, {"fa", true}, {"ur", true}, {"yi", true},
		{"ps", true}, {"sd", true}, {"ckb", true}, {"dv", true}, {"ug", true}, {"syr", true},
		{"arc", true}, {"nqo", true}, {"AR-EG", true}, {"he-IL", true},
		{"ku", false}, {"pa", false}, {"az", false}, {"uz", false}, {"ms", false},
		{"ku-Arab", true}, {"pa-Arab", true}, {"az-Arab", true}, {"ms-arab", true},
		{"ar-Latn", false}, {"ug-Latn", false},
		// Script subtags and likely scripts.
		{"pa-PK", true}, {"sd-Deva", false}, {"ff-Adlm", true}, {"ha-Arab", true},
		{"en", false}, {"en-Hebr", true}, {"ja", false}, {"zh-Hans", false}, {"el", false},
		{"", false}, {"not a tag", false},
	}
	for _, tc := range tests {
		if got := RTL(tc.tag); got != tc.want {
			t.Errorf("RTL(%q) = %v, want %v", tc.tag, got, tc.want)
		}
	}
}
