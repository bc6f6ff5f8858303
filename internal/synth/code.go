package synth

import (
	"fmt"
	"strings"
)

// code draws a short, plausible program in lang ("go", "python", "json" or
// "shell"), now and then with a line too long for the page.
func (g *gen) code(lang string) string {
	a, b, c := g.word(), g.word(), g.word()
	A, B := capitalize(a), capitalize(b)
	longLine := g.chance(0.3)
	var sb strings.Builder
	switch lang {
	case "go":
		fmt.Fprintf(&sb, "// %s%s reads every %s from r.\n", A, B, c)
		fmt.Fprintf(&sb, "func %s%s(r io.Reader) ([]%s, error) {\n", A, B, capitalize(c))
		fmt.Fprintf(&sb, "\tvar out []%s\n\tsc := bufio.NewScanner(r)\n\tfor sc.Scan() {\n", capitalize(c))
		fmt.Fprintf(&sb, "\t\tif strings.HasPrefix(sc.Text(), %q) {\n\t\t\tcontinue\n\t\t}\n", "#")
		fmt.Fprintf(&sb, "\t\tout = append(out, %s{Name: sc.Text(), Line: len(out) + %d})\n\t}\n", capitalize(c), g.r.IntN(10))
		if longLine {
			fmt.Fprintf(&sb, "\treturn out, fmt.Errorf(\"%s: %s %s %s %s %s: %%w\", sc.Err())\n", a, g.phrase(3, 5), b, c, g.phrase(3, 5), g.pick(long))
		} else {
			sb.WriteString("\treturn out, sc.Err()\n")
		}
		sb.WriteString("}\n")
	case "python":
		fmt.Fprintf(&sb, "def %s_%s(path):\n", a, b)
		fmt.Fprintf(&sb, "    \"\"\"Count the %s in every line of path.\"\"\"\n", c)
		fmt.Fprintf(&sb, "    counts = {}\n    with open(path, encoding=\"utf-8\") as f:\n")
		fmt.Fprintf(&sb, "        for n, line in enumerate(f, start=%d):\n", g.r.IntN(2))
		fmt.Fprintf(&sb, "            counts[n] = line.count(%q)\n", c)
		if longLine {
			fmt.Fprintf(&sb, "    print(f\"%s {len(counts)} %s %s %s %s\", file=sys.stderr)\n", g.phrase(4, 6), b, g.pick(long), g.phrase(4, 6), c)
		}
		sb.WriteString("    return counts\n")
	case "json":
		fmt.Fprintf(&sb, "{\n  %q: %q,\n  %q: %d,\n", a, b, c, g.r.IntN(5000))
		fmt.Fprintf(&sb, "  \"tags\": [%q, %q, %q],\n", g.word(), g.word(), g.word())
		if longLine {
			fmt.Fprintf(&sb, "  \"note\": %q,\n", g.phrase(12, 18))
		}
		fmt.Fprintf(&sb, "  \"nested\": {\"enabled\": %t, \"ratio\": %s}\n}\n", g.chance(0.5), fmt.Sprintf("%d.%d", g.r.IntN(10), g.r.IntN(100)))
	default:
		fmt.Fprintf(&sb, "$ mkdir -p %s/%s\n", a, b)
		fmt.Fprintf(&sb, "$ quire build %s -o %s/%s --format epub,pdf\n", a, a, b)
		fmt.Fprintf(&sb, "wrote %s/%s/%s.pdf (%d KB)\n", a, b, c, 10+g.r.IntN(900))
		if longLine {
			fmt.Fprintf(&sb, "$ find %s -name '*.md' -exec grep -l %q {} + | sort | uniq -c | sort -rn | head -n %d\n", a, c, 5+g.r.IntN(20))
		}
	}
	return sb.String()
}
