// Package hyphen finds where a word may be hyphenated, with Frank Liang's
// algorithm as TeX implements it and the TeX hyphenation patterns of the
// hyph-utf8 project, chosen by language.
//
// New returns the Hyphenator for a BCP 47 tag ("en", "en-GB", "de-CH", ...);
// its Points method gives the byte offsets inside a word where a hyphen may be
// inserted. The line breaker calls it with the words it sees, punctuation and
// capitals included:
//
//	h, ok := hyphen.New("en-US")
//	if ok {
//		pts := h.Points("“Cooperation,”") // byte offsets of co-op-er-a-tion
//	}
//
// # What is hyphenated
//
// Only a word's letter core is hyphenated: leading and trailing non-letters
// (quotes, brackets, punctuation) are skipped. The core is cut at explicit
// hyphens and dashes (U+002D, U+2010, U+2011, U+2012, U+2013, U+2014), and at
// apostrophes in languages whose patterns do not contain them (English); each
// piece is then hyphenated on its own with the pattern set's left and right
// minimums, so "co-operation" gives co-op-er-a-tion and "nation’s" na-tion’s.
// The explicit hyphens themselves are never reported.
//
// No points are given for a word that contains a digit ("G20", "1990s"), for a
// piece written all in capitals ("COVID", "NATO"), for a piece shorter than the
// left plus right minimum or longer than 63 letters (TeX's own limit), or for a
// word whose core holds any other non-letter ("e.g.", "and/or", URLs, and words
// with a soft hyphen U+00AD, which the author has already hyphenated by hand).
//
// Letters are lower-cased before matching (TeX's \uchyph=1: "Community" is
// hyphenated like "community"), and a letter followed by combining marks is
// composed to NFC, so decomposed "coope\u0301ration" matches the patterns for
// "coopération"; points never fall inside such a cluster.
//
// # Patterns and exceptions
//
// The pattern files of 72 sets are embedded gzip-compressed but otherwise
// unchanged from hyph-utf8 (see patterns/README.md for their sources and what
// is left out, patterns/LICENSE-*.txt for their licences); New decompresses
// only the set it chooses, and Has tells without reading any.
// Odd values between letters allow a break, even values forbid it, the highest
// value of all matching patterns wins, and "." marks the word boundary. The
// exception list (hyph-*.hyp.txt, TeX's \hyphenation) replaces the patterns for
// the words it lists, still subject to the minimums, as in TeX.
//
// # Cost
//
// A Hyphenator is immutable once New returns, so one value may be shared by
// any number of goroutines. There is no package-level cache: New parses the
// embedded patterns and lays them out as a double-array trie on every call
// (about 2.5 ms of CPU for English, 20 ms for German), so a caller makes one
// per book and language and keeps it. Points then costs about 250 ns for an
// average word of the sample book (BenchmarkPoints) and allocates only its
// result.
package hyphen
