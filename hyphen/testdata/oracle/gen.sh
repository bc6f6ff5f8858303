#!/bin/sh
# Regenerates the TeX oracle files <tag>.tsv: word TAB LuaTeX's hyphenation.
# Needs luatex (Debian texlive-binaries) and word lists from Debian's
# wamerican, wbritish, wngerman, wfrench, wspanish, witalian and wportuguese
# packages, unpacked under DICT (default /usr/share/dict).
#   sh hyphen/testdata/oracle/gen.sh          (from the repository root)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
pat=$here/../../patterns
dict=${DICT:-/usr/share/dict}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run() { # tag left right n dictionaries...: all words of the sample book, n of the dictionaries
	tag=$1 left=$2 right=$3 n=$4
	shift 4
	zcat "$pat/hyph-$tag.pat.txt.gz" >"$tmp/$tag.pat"
	{
		[ "${tag%%-*}" = en ] && python3 "$here/sample.py" "$tag" "$tmp/$tag.pat" 100000 "$tmp/content.words"
		python3 "$here/sample.py" "$tag" "$tmp/$tag.pat" "$n" "$@"
	} | sort -u >"$tmp/$tag.words"
	hyp=$pat/hyph-$tag.hyp.txt.gz
	[ -f "$hyp" ] && zcat "$hyp" >"$tmp/$tag.hyp" && hyp=$tmp/$tag.hyp
	[ -f "$hyp" ] || hyp=
	(cd "$tmp" && PAT=$tmp/$tag.pat HYP=$hyp LEFT=$left RIGHT=$right \
		WORDS=$tmp/$tag.words OUT=$here/$tag.tsv \
		luatex --ini --interaction=nonstopmode \
		'\catcode`\{=1 \catcode`\}=2 \directlua{dofile("'"$here/oracle.lua"'")}\end' >/dev/null)
}

cat "$here"/../../../content/*.md | tr -cs 'A-Za-z' '\n' | tr 'A-Z' 'a-z' >"$tmp/content.words"
run en-us 2 3 1500 "$dict/american-english"
run en-gb 2 3 1000 "$dict/british-english"
run de-1996 2 2 800 "$dict/ngerman"
run fr 2 2 800 "$dict/french"
run es 2 2 800 "$dict/spanish"
run it 2 2 800 "$dict/italian"
run pt 2 3 800 "$dict/portuguese"
