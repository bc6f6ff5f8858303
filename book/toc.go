package book

// buildTOC makes the one table of contents both editions print: parts,
// their chapters, each chapter's headings down to toc-depth, then the
// chapters nested under it (mdBook's sub-chapters), at any depth.
func (l *loader) buildTOC() {
	var partEntry *TOCEntry
	entries := map[*Chapter]*TOCEntry{}
	for _, div := range l.b.Spine {
		if p := div.Part; p != nil {
			partEntry = &TOCEntry{Kind: TOCPart, Title: p.Title, Part: p, Anchor: p.Anchor}
			l.b.TOC = append(l.b.TOC, partEntry)
			continue
		}
		ch := div.Chapter
		e := &TOCEntry{Kind: TOCChapter, Title: ch.Title, Chapter: ch, Anchor: ch.Anchor}
		e.Children = headingEntries(ch, l.b.Meta.TOCDepth)
		entries[ch] = e
		switch parent := entries[ch.Parent]; {
		case parent != nil && ch.Parent.Part == ch.Part:
			parent.Children = append(parent.Children, e)
		case ch.Part != nil && partEntry != nil && partEntry.Part == ch.Part:
			partEntry.Children = append(partEntry.Children, e)
		default:
			l.b.TOC = append(l.b.TOC, e)
		}
	}
	setDepth(l.b.TOC, 1)
}

// headingEntries nests a chapter's headings (but its title) by level,
// keeping those at or above depth.
func headingEntries(ch *Chapter, depth int) []*TOCEntry {
	type open struct {
		level int
		e     *TOCEntry
	}
	root := &TOCEntry{}
	stack := []open{{0, root}}
	for _, h := range ch.Headings {
		if h.Node == ch.TitleNode || h.Level > depth || h.Text == "" || Unlisted(h.Node) {
			continue
		}
		for len(stack) > 1 && stack[len(stack)-1].level >= h.Level {
			stack = stack[:len(stack)-1]
		}
		e := &TOCEntry{Kind: TOCHeading, Title: h.Text, Chapter: ch, Anchor: h.Anchor}
		top := stack[len(stack)-1].e
		top.Children = append(top.Children, e)
		stack = append(stack, open{h.Level, e})
	}
	return root.Children
}

func setDepth(es []*TOCEntry, d int) {
	for _, e := range es {
		e.Depth = d
		setDepth(e.Children, d+1)
	}
}
