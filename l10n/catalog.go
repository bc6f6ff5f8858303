package l10n

import (
	"embed"
	"fmt"
	"path"
	"strings"
	"sync"
)

//go:embed catalog/*.txt
var files embed.FS

// catalogues returns the catalogues by tag (the file name without .txt),
// read once from the embedded files; they are never changed after.
var catalogues = sync.OnceValue(func() map[string]map[string]string {
	cats, err := readAll()
	if err != nil {
		panic(err) // the embedded files are checked by the tests
	}
	return cats
})

// readAll parses every embedded catalogue.
func readAll() (map[string]map[string]string, error) {
	entries, err := files.ReadDir("catalog")
	if err != nil {
		return nil, err
	}
	cats := map[string]map[string]string{}
	for _, e := range entries {
		name := path.Join("catalog", e.Name())
		data, err := files.ReadFile(name)
		if err != nil {
			return nil, err
		}
		cat, err := parse(name, string(data))
		if err != nil {
			return nil, err
		}
		cats[strings.TrimSuffix(e.Name(), ".txt")] = cat
	}
	return cats, nil
}

// parse reads a catalogue: `key = value` lines; blank lines and lines
// starting with # are skipped. Values are taken as written, trimmed.
func parse(name, text string) (map[string]string, error) {
	cat := map[string]string{}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		switch {
		case !ok || k == "" || v == "":
			return nil, fmt.Errorf("%s:%d:1: want `key = text`", name, i+1)
		case cat[k] != "":
			return nil, fmt.Errorf("%s:%d:1: %s is set twice", name, i+1, k)
		}
		cat[k] = v
	}
	return cat, nil
}
