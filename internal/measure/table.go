package measure

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// WriteTable writes reports as a table, one row per document; verbose adds
// each document's worst overfull words and page breaks.
func WriteTable(w io.Writer, reports []Report, verbose bool) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "pages\toverfull\tjustified\tloose\tloose share\tmean ratio\tp95 ratio\twidows\torphans\theadings at foot\tblock (odd)\tfile\t")
	for _, r := range reports {
		fmt.Fprintf(tw, "%d\t%d\t%d\t%d\t%.1f%%\t%.2f\t%.2f\t%d\t%d\t%d\t%.1f–%.1f\t%s\t\n",
			r.Pages, r.Overfull, r.Justified, r.Loose, 100*r.LooseShare, r.MeanRatio, r.P95Ratio,
			r.Widows, r.Orphans, r.HeadingsAtFoot, r.Block[0].Left, r.Block[0].Right, r.File)
	}
	tw.Flush()
	if !verbose {
		return
	}
	for _, r := range reports {
		fmt.Fprintf(w, "\n%s: natural gap %.2fpt, body words %.1fpt high", r.File, r.NaturalGap, r.BodySize)
		if len(r.Skipped) > 0 {
			fmt.Fprintf(w, ", pages skipped as contents: %v", r.Skipped)
		}
		fmt.Fprintln(w)
		for _, o := range r.WorstOverfull {
			fmt.Fprintf(w, "  overfull         p. %-4d +%5.1fpt  %s\n", o.Page, o.Excess, clip(o.Text, 64))
		}
		for _, b := range r.Breaks {
			fmt.Fprintf(w, "  %-16s p. %-4d %s\n", b.Kind, b.Page, clip(b.Text, 70))
		}
	}
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
