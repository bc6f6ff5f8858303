// Command dist builds the release binaries of quire into a folder, with a
// SHA256SUMS beside them: `make dist`. Run it from the module's root.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"github.com/quire-books/quire/internal/dist"
)

func main() {
	out := flag.String("o", "build/dist", "output `DIR`")
	goCmd := flag.String("go", "go", "the go `COMMAND`")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := dist.All(ctx, *goCmd, ".", *out, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "dist: %v\n", err)
		os.Exit(1)
	}
}
