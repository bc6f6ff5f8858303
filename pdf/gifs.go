package pdf

import (
	"bytes"
	"image/gif"
	"image/png"
	"sync"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/internal/par"
)

// fpdf takes a GIF by decoding it and encoding the picture as PNG, on the
// goroutine that draws the document, which every other goroutine waits
// for. So the GIFs of the book are converted the same way (image/png's
// encoder is deterministic: the PDF is the same, byte for byte) ahead of
// time, in the background, while the first pass composes.

// gifConversions are the book's GIFs as PNG, by image, each ready when its
// done channel is closed.
type gifConversions map[*book.Image]*gifPNG

type gifPNG struct {
	done chan struct{}
	data []byte // nil when the GIF could not be converted
}

// convertGIFs starts converting the GIFs among imgs.
func convertGIFs(imgs []*book.Image) gifConversions {
	out := gifConversions{}
	var todo []*book.Image
	for _, img := range imgs {
		if img.Format == "gif" && out[img] == nil {
			out[img] = &gifPNG{done: make(chan struct{})}
			todo = append(todo, img)
		}
	}
	if len(todo) == 0 {
		return out
	}
	enc := &png.Encoder{BufferPool: &pngBuffers{}} // png.Encode's, with its zlib writers reused
	go par.Each(len(todo), func(i int) {
		c := out[todo[i]]
		defer close(c.done)
		pic, err := gif.Decode(bytes.NewReader(todo[i].Data))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if enc.Encode(&buf, pic) == nil {
			c.data = buf.Bytes()
		}
	})
	return out
}

// png returns img as fpdf would register it: its format and data, a GIF
// converted to PNG.
func (g gifConversions) png(img *book.Image) (format string, data []byte) {
	if c := g[img]; c != nil {
		<-c.done
		if c.data != nil {
			return "png", c.data
		}
	}
	return img.Format, img.Data
}

// pngBuffers lets the PNG encoders of one conversion reuse their buffers.
type pngBuffers struct{ p sync.Pool }

func (b *pngBuffers) Get() *png.EncoderBuffer {
	e, _ := b.p.Get().(*png.EncoderBuffer)
	return e
}

func (b *pngBuffers) Put(e *png.EncoderBuffer) { b.p.Put(e) }
