package pdf

import (
	"bytes"
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
)

// fpdf writes the image objects in the order of its image map's keys,
// sorted by pixel width only (SetCatalogSort): images of the same width
// come out in Go's random map order, and two builds of a book differ.
// sortImages puts them in a fixed order after the fact: by width, then by
// their resource name (the hash of the image, which is what fpdf sorts the
// resource dictionary by), numbered as fpdf numbers them, one after the
// other.

var (
	xobjectsRE = regexp.MustCompile(`/XObject <<\n((?:/I\w+ \d+ 0 R\n)*)>>`)
	xobjectRE  = regexp.MustCompile(`/I(\w+) (\d+) 0 R\n`)
	widthRE    = regexp.MustCompile(`\n/Width (\d+)\n`)
	objRefRE   = regexp.MustCompile(`\s(\d+) 0 R`)
)

// resourcesObj is the object fpdf writes the resource dictionary in.
const resourcesObj = 2

// imageGroup is an image's objects: the image, then its soft mask and its
// palette when it has them, numbered from start.
type imageGroup struct {
	start, size int
	at          int    // index of the first object in the file's objects
	name        string // the image's resource name (the least, if several)
	width       int
}

// sortImages renumbers and moves the image objects of f into their fixed
// order.
func sortImages(f *pdfFile) error {
	fail := func(what string) error {
		return fmt.Errorf("pdf: ordering the images: %s", what)
	}
	ri := f.obj(resourcesObj)
	if ri < 0 {
		return fail("no resource dictionary")
	}
	res := f.objs[ri].data
	loc := xobjectsRE.FindSubmatchIndex(res)
	if loc == nil {
		return nil // no images
	}
	byStart := map[int]*imageGroup{}
	var groups []*imageGroup
	for _, e := range xobjectRE.FindAllSubmatch(res[loc[2]:loc[3]], -1) {
		n, _ := strconv.Atoi(string(e[2]))
		name := string(e[1])
		if g := byStart[n]; g != nil {
			g.name = min(g.name, name)
			continue
		}
		g := &imageGroup{start: n, name: name, at: f.obj(n)}
		if g.at < 0 {
			return fail(fmt.Sprintf("no image object %d", n))
		}
		dict := objDict(f.objs[g.at].data)
		w := widthRE.FindSubmatch(dict)
		if w == nil {
			return fail(fmt.Sprintf("object %d is not an image", n))
		}
		g.width, _ = strconv.Atoi(string(w[1]))
		// The image's own objects follow it: its mask and palette.
		g.size = 1 + len(objRefRE.FindAll(dict, -1))
		for k := 1; k < g.size; k++ {
			if g.at+k >= len(f.objs) || f.objs[g.at+k].num != n+k {
				return fail(fmt.Sprintf("the objects of image %d do not follow it", n))
			}
		}
		byStart[n] = g
		groups = append(groups, g)
	}
	// As written: one run of objects, the groups one after the other.
	slices.SortFunc(groups, func(a, b *imageGroup) int { return cmp.Compare(a.at, b.at) })
	for i := 1; i < len(groups); i++ {
		if groups[i].at != groups[i-1].at+groups[i-1].size || groups[i].start != groups[i-1].start+groups[i-1].size {
			return fail("the image objects are not written together")
		}
	}
	sorted := slices.Clone(groups)
	slices.SortStableFunc(sorted, func(a, b *imageGroup) int {
		return cmp.Or(cmp.Compare(a.width, b.width), cmp.Compare(a.name, b.name))
	})
	if slices.Equal(sorted, groups) {
		return nil
	}
	renum := map[int]int{}
	next := groups[0].start
	for _, g := range sorted {
		for k := range g.size {
			renum[g.start+k] = next + k
		}
		next += g.size
	}
	first := groups[0].at
	var objs []pdfObj
	for _, g := range sorted {
		for k := range g.size {
			o := f.objs[g.at+k]
			objs = append(objs, pdfObj{renum[o.num], renumberObj(o, renum)})
		}
	}
	copy(f.objs[first:], objs)
	f.index = nil // objects moved
	f.objs[ri].data = slices.Concat(res[:loc[2]], xobjectRE.ReplaceAllFunc(res[loc[2]:loc[3]], func(e []byte) []byte {
		m := xobjectRE.FindSubmatch(e)
		n, _ := strconv.Atoi(string(m[2]))
		return fmt.Appendf(nil, "/I%s %d 0 R\n", m[1], renum[n])
	}), res[loc[3]:])
	return nil
}

// objDict returns the part of an object before its stream: its header and
// dictionary.
func objDict(data []byte) []byte {
	if i := bytes.Index(data, []byte("\nstream\n")); i >= 0 {
		return data[:i]
	}
	return data
}

// renumberObj returns the bytes of o with its number and the references
// in its dictionary renumbered.
func renumberObj(o pdfObj, renum map[int]int) []byte {
	dict := objDict(o.data)
	head := fmt.Appendf(nil, "%d 0 obj\n", renum[o.num])
	body := dict[len(strconv.Itoa(o.num)+" 0 obj\n"):]
	body = objRefRE.ReplaceAllFunc(body, func(ref []byte) []byte {
		m := objRefRE.FindSubmatch(ref)
		n, _ := strconv.Atoi(string(m[1]))
		if to, ok := renum[n]; ok {
			n = to
		}
		return fmt.Appendf(nil, "%c%d 0 R", ref[0], n)
	})
	return slices.Concat(head, body, o.data[len(dict):])
}
