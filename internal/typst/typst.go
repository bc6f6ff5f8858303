// Package typst runs Typst 0.14, as the Node addon of the typst.ts
// project, for the tools that compare Quire with it (make bench, make
// compare-scripts). It only starts node: nothing of Typst is built here.
package typst

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// Package is the npm package (and version) that runs Typst 0.14.
const Package = "@myriaddreamin/typst-ts-node-compiler@0.7.0"

// driver compiles a .typ file to PDF: node DRIVER IN.typ OUT.pdf FONTDIR…;
// the workspace (the root of the paths the document reads) is IN's folder.
const driver = `// Written by Quire's internal/typst.
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const fs = require('fs');
const path = require('path');
const [inp, out, ...fonts] = process.argv.slice(2);
const main = path.resolve(inp);
const compiler = NodeCompiler.create({ workspace: path.dirname(main), fontArgs: [{ fontPaths: fonts }] });
const res = compiler.compile({ mainFilePath: main });
if (res.hasError()) { res.printErrors(); process.exit(1); }
fs.writeFileSync(out, compiler.pdf(res.result));
`

// DefaultDir is where the package is installed by default:
// ~/.cache/quire-typst.
func DefaultDir() string {
	home, _ := os.UserHomeDir()
	return filepath.Join(home, ".cache", "quire-typst")
}

// Available says why Typst cannot run from dir, or nil: it needs node and
// the package installed in dir.
func Available(dir string) error {
	if _, err := exec.LookPath("node"); err != nil {
		return errors.New("node not installed")
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "@myriaddreamin", "typst-ts-node-compiler", "package.json")); err != nil {
		return fmt.Errorf("%s not installed in %s (mkdir -p %s && cd %s && npm install --no-audit --no-fund %s)",
			Package, dir, dir, dir, Package)
	}
	return nil
}

// Command writes the driver into dir (where node finds the package) and
// returns the command that compiles the .typ file in into the PDF out with
// the fonts of fontDirs; its paths are made absolute.
func Command(dir, in, out string, fontDirs ...string) (*exec.Cmd, error) {
	script := filepath.Join(dir, "quire-typst.js")
	if err := os.WriteFile(script, []byte(driver), 0o644); err != nil {
		return nil, err
	}
	args := []string{script, abs(in), abs(out)}
	for _, f := range fontDirs {
		args = append(args, abs(f))
	}
	cmd := exec.Command("node", args...)
	cmd.Dir = dir
	return cmd, nil
}

func abs(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
