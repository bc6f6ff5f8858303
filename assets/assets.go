// Package assets holds the files every book is built with: the default
// stylesheet and the fonts (with their licences), embedded in the binary.
package assets

import (
	"embed"
	"io/fs"
)

//go:embed fonts/*.txt css
var files embed.FS

// FS is the embedded asset tree but the fonts themselves: the fonts'
// licences (fonts/*.txt) and css/*.css. The fonts are read with Read.
var FS fs.FS = files

// The fonts are also embedded one by one, as byte slices that live in the
// binary's data: reading a font costs no heap (fs.ReadFile copies).
var (
	//go:embed fonts/Charis-Regular.ttf
	charisRegular []byte
	//go:embed fonts/Charis-Bold.ttf
	charisBold []byte
	//go:embed fonts/Charis-Italic.ttf
	charisItalic []byte
	//go:embed fonts/Charis-BoldItalic.ttf
	charisBoldItalic []byte
	//go:embed fonts/NotoSerif-Regular.ttf
	notoSerifRegular []byte
	//go:embed fonts/NotoSerif-Bold.ttf
	notoSerifBold []byte
	//go:embed fonts/NotoSerif-Italic.ttf
	notoSerifItalic []byte
	//go:embed fonts/NotoSerif-BoldItalic.ttf
	notoSerifBoldItalic []byte
	//go:embed fonts/DejaVuSansMono.ttf
	dejaVuSansMono []byte
	//go:embed fonts/DejaVuSansMono-Bold.ttf
	dejaVuSansMonoBold []byte
	//go:embed fonts/NotoSansMono-Regular.ttf
	notoSansMonoRegular []byte
	//go:embed fonts/NotoSansMono-Bold.ttf
	notoSansMonoBold []byte
)

var fonts = map[string][]byte{
	"fonts/Charis-Regular.ttf":       charisRegular,
	"fonts/Charis-Bold.ttf":          charisBold,
	"fonts/Charis-Italic.ttf":        charisItalic,
	"fonts/Charis-BoldItalic.ttf":    charisBoldItalic,
	"fonts/NotoSerif-Regular.ttf":    notoSerifRegular,
	"fonts/NotoSerif-Bold.ttf":       notoSerifBold,
	"fonts/NotoSerif-Italic.ttf":     notoSerifItalic,
	"fonts/NotoSerif-BoldItalic.ttf": notoSerifBoldItalic,
	"fonts/DejaVuSansMono.ttf":       dejaVuSansMono,
	"fonts/DejaVuSansMono-Bold.ttf":  dejaVuSansMonoBold,
	"fonts/NotoSansMono-Regular.ttf": notoSansMonoRegular,
	"fonts/NotoSansMono-Bold.ttf":    notoSansMonoBold,
}

// Read returns one embedded file, e.g. "fonts/Charis-Regular.ttf". A
// font's bytes are shared: the caller must not change them. It panics
// when the name is not embedded: that is a programming error.
func Read(name string) []byte {
	if b, ok := fonts[name]; ok {
		return b
	}
	b, err := fs.ReadFile(files, name)
	if err != nil {
		panic("assets: " + err.Error())
	}
	return b
}
