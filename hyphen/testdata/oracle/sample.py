#!/usr/bin/env python3
"""Pick the oracle's input words: sample.py TAG PATTERNS N DICT... > words.txt

Keeps lower-case words of at least four letters made only of characters that
occur in the pattern file (TeX leaves other words alone), drops duplicates,
and takes N of them spread evenly over the sorted list (deterministic)."""
import re
import sys
import unicodedata

tag, patfile, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
alphabet = set(open(patfile, encoding="utf-8").read()) - set("0123456789.-\n\t ")
words = set()
for path in sys.argv[4:]:
    for line in open(path, encoding="utf-8", errors="replace"):
        w = unicodedata.normalize("NFC", line.strip().split("/")[0])
        if len(w) >= 4 and w == w.lower() and set(w) <= alphabet and re.search(r"\w", w):
            if w[0] in "'’" or w[-1] in "'’":
                continue
            words.add(w)
words = sorted(words)
if len(words) > n:
    step = len(words) / n
    words = [words[int(i * step)] for i in range(n)]
sys.stdout.write("".join(w + "\n" for w in words))
