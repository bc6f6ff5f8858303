package rawhtml

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

var (
	langRe     = regexp.MustCompile(`^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$`)
	dateRe     = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	dateTimeRe = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$`)
	timeRe     = regexp.MustCompile(`^(\d{4}(-\d{2}(-\d{2})?)?|\d{2}:\d{2}(:\d{2})?|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)$`)
)

// sanitizeAttrs returns the attributes of an allowed element that are
// kept, in source order, and messages for those removed for safety.
// Presentational attributes outside the allowlist (align, width, target…)
// are dropped silently; event handlers, style attributes and URLs with a
// scheme other than http, https or mailto are removed with a message.
func sanitizeAttrs(tag string, attrs []html.Attribute) ([]Attr, []string) {
	var kept []Attr
	var issues []string
	seen := map[string]bool{}
	keep := func(k, v string) {
		if !seen[k] {
			seen[k] = true
			kept = append(kept, Attr{k, v})
		}
	}
	hasID := false
	for _, a := range attrs {
		if a.Key == "id" {
			hasID = true
		}
	}
	for _, a := range attrs {
		k, v := a.Key, a.Val
		switch {
		case strings.HasPrefix(k, "on"):
			issues = append(issues, fmt.Sprintf("attribute %s removed from <%s> (scripts never run in a book)", k, tag))
			continue
		case k == "style":
			issues = append(issues, fmt.Sprintf("style attribute removed from <%s> (the book's style sheet styles it)", tag))
			continue
		case k == "name" && tag == "a" && !hasID:
			// the old way of making an anchor
			k = "id"
		case !globalAttrs[k] && !elementAttrs[tag][k]:
			continue
		}
		if urlAttrs[k] {
			u, ok := CleanURL(v)
			if !ok {
				issues = append(issues, fmt.Sprintf("%s %q removed from <%s> (only http, https and mailto links and the book's own files are kept)", k, short(v), tag))
				continue
			}
			v = u
		}
		if v, ok := attrValue(tag, k, v); ok {
			keep(k, v)
		}
	}
	if tag == "img" && !seen["alt"] {
		keep("alt", "")
	}
	return kept, issues
}

// attrValue checks an attribute value, returning it as it should be
// written and whether it is kept.
func attrValue(tag, k, v string) (string, bool) {
	switch k {
	case "id":
		v = strings.TrimSpace(v)
		return v, v != ""
	case "dir":
		v = strings.ToLower(strings.TrimSpace(v))
		return v, v == "ltr" || v == "rtl" || (v == "auto" && tag != "bdo")
	case "lang":
		v = strings.TrimSpace(v)
		return v, v == "" || langRe.MatchString(v)
	case "colspan", "span":
		return intIn(v, 1, 1000)
	case "rowspan":
		return intIn(v, 0, 65534)
	case "start", "value":
		return intIn(v, -1<<31, 1<<31-1)
	case "type":
		return v, v == "1" || v == "a" || v == "A" || v == "i" || v == "I"
	case "scope":
		v = strings.ToLower(strings.TrimSpace(v))
		return v, v == "row" || v == "col" || v == "rowgroup" || v == "colgroup"
	case "reversed", "open":
		return k, true
	case "datetime":
		v = strings.TrimSpace(v)
		if tag == "time" {
			return v, timeRe.MatchString(v)
		}
		return v, dateRe.MatchString(v) || dateTimeRe.MatchString(v)
	}
	return v, true
}

func intIn(v string, lo, hi int) (string, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < lo || n > hi {
		return "", false
	}
	return strconv.Itoa(n), true
}

// CleanURL returns a URL as a browser would read it (ASCII tabs and
// newlines removed, leading and trailing spaces and control characters
// trimmed) and whether it is safe: relative, or with the scheme http,
// https or mailto. Entities are resolved before (the tokenizer does it).
func CleanURL(u string) (string, bool) {
	u = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, u)
	u = strings.TrimFunc(u, func(r rune) bool { return r <= ' ' })
	scheme, ok := Scheme(u)
	if !ok {
		return u, true
	}
	return u, schemes[strings.ToLower(scheme)]
}

// Scheme returns a URL's scheme and whether it has one.
func Scheme(u string) (string, bool) {
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c == ':':
			return u[:i], i > 0
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return "", false
		}
	}
	return "", false
}

// short cuts a value for a message.
func short(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
