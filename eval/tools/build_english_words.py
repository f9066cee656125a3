#!/usr/bin/env python3
"""Builds rules/reference/name-english-words.csv: ordinary English words near the words of listed organisations.

    python3 eval/tools/build_english_words.py LIST.csv WORDS.txt OUT.csv

LIST.csv is a native list (eval/work/ofac-sdn-names.csv, written by ofac_advanced_names.py: entity_id,
name, type, aliases, weak_aliases, ...). WORDS.txt is an English word list, one word a line: Debian's
package wamerican 2020.12.07-2 (/usr/share/dict/american-english), built from SCOWL (Spell Checker
Oriented Word Lists, Kevin Atkinson, wordlist.sourceforge.net; the SCOWL licence: use, copy, modify,
distribute and sell with the copyright notice). Only its entries written in lower case are taken
(capitalised entries are proper names: places, people, brands), without apostrophes.

A word is kept when, folded as NameTokens.tokens folds (lower case, marks dropped), it has 3+ letters and
is within one edit (a swap of two adjacent letters counts as one) of a word of 3+ letters of a listed
organisation's name or alias, or equal to one once loosely folded (sh/s, ch/j, u/o, b/p, g/k, d/t, r/l,
doubled letters; the folds NameTokens.fold applies to romanised syllables, and a little more), with the
same first letter or the first two swapped, and is not that listed word itself: the pairs the screening
could take for a typo or a romanisation of the listed word. Each row names the listed words it is near.
The output is sorted and the same for the same inputs.
"""
import csv
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_attested_names import close, deletes, fold, loose  # noqa: E402

MIN_LENGTH = 3


def organisation_words(path):
    words = set()
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["type"] == "individual":
                continue
            for field in ("name", "aliases", "weak_aliases"):
                for name in (row.get(field) or "").split(";"):
                    for part in name.replace(",", " ").replace("-", " ").replace("/", " ").split():
                        w = fold(part)
                        if w and len(w) >= MIN_LENGTH:
                            words.add(w)
    return words


def english(path):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line != line.lower() or "'" in line:
                continue
            w = fold(line)
            if w and len(w) >= MIN_LENGTH:
                out.add(w)
    return out


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    listed = organisation_words(argv[1])
    words = english(argv[2])
    by_delete = defaultdict(set)
    for l in listed:
        for form in {l, loose(l)}:
            for d in deletes(form):
                by_delete[d].add(l)
    rows = {}
    for w in words:
        near = set()
        for form in {w, loose(w)}:
            for d in deletes(form):
                for l in by_delete.get(d, ()):
                    if l != w and (close(w, l, 1) or loose(w) == loose(l)):
                        near.add(l)
        if near:
            rows[w] = near
    with open(argv[3], "w", newline="", encoding="utf-8") as f:
        f.write("# source: ordinary English words near the words of listed organisations, built by eval/tools/build_english_words.py\n")
        f.write("# from Debian's wamerican 2020.12.07-2 (/usr/share/dict/american-english: SCOWL, Kevin Atkinson, wordlist.sourceforge.net;\n")
        f.write("# SCOWL licence) and the OFAC SDN list of 2025-11-19 (organisations' names and aliases); provenance in\n")
        f.write("# docs/name-screening.md. A row is a lower-case English word of 3+ letters within one edit of a listed organisation's\n")
        f.write("# word, or equal to one once loosely folded, and not that word; rationale: the listed words it is near.\n")
        f.write("# SCOWL: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell these word lists,\n")
        f.write("# the associated scripts, the output created from the scripts, and its documentation for any purpose is hereby granted\n")
        f.write("# without fee, provided that the above copyright notice appears in all copies and that both that copyright notice and\n")
        f.write("# this permission notice appear in supporting documentation. Kevin Atkinson makes no representations about the\n")
        f.write("# suitability of this array for any purpose. It is provided \"as is\" without express or implied warranty.\n")
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["word", "sources", "rationale"])
        for w in sorted(rows):
            near = sorted(rows[w])
            shown = near[:3] + (["..."] if len(near) > 3 else [])
            out.writerow([w, "wamerican", "an English word, not a typo of the listed " + " ".join(shown)])
    print(f"{len(listed)} listed organisation words, {len(words)} English words, {len(rows)} rows -> {argv[3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
