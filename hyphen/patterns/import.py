#!/usr/bin/env python3
"""Imports hyph-utf8 pattern sets into this folder (see README.md).

    python3 hyphen/patterns/import.py TEXHYPHEN COMMIT TAG...

TEXHYPHEN is a checkout of github.com/hyphenation/tex-hyphen at COMMIT. For
each TAG it writes hyph-TAG.pat.txt.gz (and hyph-TAG.hyp.txt.gz when the set
has exceptions): the pattern files gzip-compressed, deterministically (no name,
no time stamp), their content unchanged; and LICENSE-TAG.txt: the comment
header of patterns/tex/hyph-TAG.tex, copied verbatim, which is the licence
statement of the pattern files."""
import gzip
import os
import sys

root, commit, tags = sys.argv[1], sys.argv[2], sys.argv[3:]
here = os.path.dirname(os.path.abspath(__file__))
base = os.path.join(root, "hyph-utf8/tex/generic/hyph-utf8/patterns")
extra = {  # licences whose full text the header only names
    "LPPL": "The LPPL's text is in LICENSE-LPPL-1.3c.txt in this folder.",
    "MPL": "Quire uses it under the MPL 1.1, whose text is in LICENSE-MPL-1.1.txt in this folder.",
}


def gz(src, dst):
    with open(src, "rb") as f:
        data = f.read()
    with open(dst, "wb") as out:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=out, mtime=0) as z:
            z.write(data)


for tag in tags:
    files = ["hyph-%s.pat.txt" % tag]
    if os.path.exists(os.path.join(base, "txt", "hyph-%s.hyp.txt" % tag)):
        files.append("hyph-%s.hyp.txt" % tag)
    for name in files:
        gz(os.path.join(base, "txt", name), os.path.join(here, name + ".gz"))
    header = []
    with open(os.path.join(base, "tex", "hyph-%s.tex" % tag), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("%"):
                break
            header.append(line)
    notes = [n for k, n in extra.items() if any("name: " + k in l for l in header)]
    with open(os.path.join(here, "LICENSE-%s.txt" % tag), "w", encoding="utf-8") as out:
        out.write("Licence and copyright header of hyph-%s.tex (hyph-utf8, tex-hyphen commit %s),\n" % (tag, commit[:8]))
        out.write("copied verbatim; it applies to %s in this folder.\n" % " and ".join(files))
        for n in notes:
            out.write(n + "\n")
        out.write("\n" + "".join(header))
