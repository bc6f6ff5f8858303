package highlight

import (
	"math"
	"testing"
)

// luminance is the WCAG 2 relative luminance of c.
func luminance(c Color) float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// contrast is the WCAG 2 contrast ratio of two colours, 1 to 21.
func contrast(a, b Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func TestContrastRatio(t *testing.T) {
	tests := []struct {
		a, b Color
		want float64
	}{
		{Color{0, 0, 0}, Color{255, 255, 255}, 21},
		{Color{255, 255, 255}, Color{255, 255, 255}, 1},
		{Color{0x76, 0x76, 0x76}, Color{255, 255, 255}, 4.54}, // the lightest grey passing AA on white
	}
	for _, tt := range tests {
		if got := contrast(tt.a, tt.b); math.Abs(got-tt.want) > 0.01 {
			t.Errorf("contrast(%v, %v) = %.3f, want %.2f", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestContrast checks every class, and plain text, against the code
// background: WCAG AA for normal text (4.5:1), as Ace checks it.
func TestContrast(t *testing.T) {
	const minRatio = 4.5
	lowest := math.Inf(1)
	for _, class := range append([]string{""}, Classes()...) {
		c, _, _ := Style(class)
		r := contrast(c, Background())
		lowest = min(lowest, r)
		if r < minRatio {
			t.Errorf("class %q: %s on %s has contrast %.2f:1, want at least %.1f:1", class, c.Hex(), Background().Hex(), r, minRatio)
		}
	}
	t.Logf("lowest contrast against %s: %.2f:1", Background().Hex(), lowest)
}
