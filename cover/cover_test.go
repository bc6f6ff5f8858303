package cover

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"
)

func decode(t *testing.T, data []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	return img
}

// inkRows returns the first and last rows where some pixel differs from the
// background, within [from, to).
func inkRows(img image.Image, from, to int) (first, last int) {
	bg := img.At(0, 0)
	first, last = -1, -1
	for y := from; y < to; y++ {
		for x := 0; x < img.Bounds().Dx(); x++ {
			if img.At(x, y) != bg {
				if first < 0 {
					first = y
				}
				last = y
				break
			}
		}
	}
	return first, last
}

func TestDraw(t *testing.T) {
	long := strings.Repeat("Interminable Chronicles of an Unusually Verbose Title ", 12)
	cases := []struct {
		name, title, subtitle string
		authors               []string
	}{
		{"plain", "China’s Diplomacy to Help Fight COVID-19", "A Prime Example of Building a Community", []string{"Liu Jinsong"}},
		{"no subtitle", "Walden", "", []string{"Henry David Thoreau"}},
		{"no authors", "Anonymous Verses", "Collected", nil},
		{"many authors", "Proceedings", "", []string{"A. One", "B. Two", "C. Three", "D. Four", "E. Five", "F. Six", "G. Seven", "H. Eight", "I. Nine", "J. Ten"}},
		{"long title", long, long, []string{"X"}},
		{"long word", "Pneumonoultramicroscopicsilicovolcanoconiosis" + strings.Repeat("x", 80), "", []string{"Y"}},
		{"greek cyrillic", "Ἀριστοτέλους Πολιτικά — Война и мир", "Лев Толстой", []string{"Лев Толстой"}},
		{"cjk", "红楼梦 Dream of the Red Chamber", "紅樓夢", []string{"曹雪芹"}},
		{"emoji and controls", "Title \U0001F600\u200b\x01", "", []string{""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Draw(c.title, c.subtitle, c.authors, Options{})
			if err != nil {
				t.Fatal(err)
			}
			b, err := Draw(c.title, c.subtitle, c.authors, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a, b) {
				t.Error("two draws of the same cover differ")
			}
			if len(a) > 400_000 {
				t.Errorf("PNG is %d bytes: too large for a flat cover", len(a))
			}
			img := decode(t, a)
			if got := img.Bounds().Size(); got != image.Pt(Width, Height) {
				t.Fatalf("size %v, want %d × %d", got, Width, Height)
			}
			// The title block stays in the upper part: nothing between
			// its end (72% of the height) and the foot rule.
			if first, _ := inkRows(img, Height*72/100+60, 2040); first >= 0 {
				t.Errorf("text overflows the upper part at row %d", first)
			}
			// The title is drawn: ink right below the top rule.
			if first, _ := inkRows(img, 440, 900); first < 0 {
				t.Error("no title drawn")
			}
			// The authors stay above the bottom margin.
			if _, last := inkRows(img, 2040, Height); last > 2460 {
				t.Errorf("authors run to row %d, past the bottom margin", last)
			}
		})
	}
}

func TestDrawOptions(t *testing.T) {
	data, err := Draw("Small", "", nil, Options{Width: 400, Height: 640})
	if err != nil {
		t.Fatal(err)
	}
	if got := decode(t, data).Bounds().Size(); got != image.Pt(400, 640) {
		t.Errorf("size %v, want 400 × 640", got)
	}
	for _, o := range []Options{{Width: 100, Height: 100}, {Width: 1600}} {
		if _, err := Draw("T", "", nil, o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
	if _, err := Draw("  ", "", nil, Options{}); err == nil {
		t.Error("empty title: no error")
	}
}

func TestSchemesContrast(t *testing.T) {
	for i, s := range Schemes {
		for _, c := range []struct {
			name string
			r    float64
		}{{"ink", Contrast(s.Ink, s.Background)}, {"accent", Contrast(s.Accent, s.Background)}} {
			if c.r < 4.5 {
				t.Errorf("scheme %d: %s contrast %.2f:1, want ≥ 4.5:1", i, c.name, c.r)
			}
		}
	}
	if r := Contrast(rgb(0xffffff), rgb(0x000000)); r < 20.99 || r > 21.01 {
		t.Errorf("white on black: %.3f, want 21", r)
	}
	if r := Contrast(rgb(0x777777), rgb(0xffffff)); r < 4.47 || r > 4.49 {
		t.Errorf("#777 on white: %.3f, want 4.48", r)
	}
}

func TestSchemeFor(t *testing.T) {
	seen := map[Scheme]bool{}
	for _, title := range []string{"A", "B", "C", "D", "E", "F", "G", "H", "Walden", "Emma"} {
		if SchemeFor(title) != SchemeFor(title) {
			t.Fatalf("%q: scheme changes", title)
		}
		seen[SchemeFor(title)] = true
	}
	if len(seen) < 2 {
		t.Error("every title gets the same scheme")
	}
}

func TestMissing(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Walden", ""},
		{"Война и мир", ""},
		{"红楼梦 Dream", "红楼梦"},
	} {
		if got := string(Missing(c.in)); got != c.want {
			t.Errorf("Missing(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
