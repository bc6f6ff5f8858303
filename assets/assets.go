// Package assets holds the files every book is built with: the default
// stylesheet and the fonts (with their licences), embedded in the binary.
package assets

import (
	"embed"
	"io/fs"
)

//go:embed fonts css
var files embed.FS

// FS is the embedded asset tree: fonts/*.ttf (+ licences) and css/*.css.
var FS fs.FS = files

// Read returns one embedded file, e.g. "fonts/Charis-Regular.ttf".
// It panics when the name is not embedded: that is a programming error.
func Read(name string) []byte {
	b, err := fs.ReadFile(files, name)
	if err != nil {
		panic("assets: " + err.Error())
	}
	return b
}
