#!/usr/bin/env python3
"""Builds the Han reading tables from the Unicode Unihan database (as converted to JSON by the
unihan-json project: dahlia/unihan-json, folder 12.1.0/, commit d7988c6b7b13e28ec6ab04762cb56750864800a9,
Unihan 12.1; the same conversion han-korean-readings.csv came from).

  rules/reference/han-cantonese-readings.csv  han,jyutping   every Cantonese reading (kCantonese,
      Jyutping, tones dropped, in the field's order), for the characters of GB 2312 (kGB0),
      Big5 (kBigFive) and HKSCS (kHKSCS): the characters names are written with
  rules/reference/han-mandarin-readings.csv   han,pinyin     the polyphones: characters of the same
      sets with two or more toneless Mandarin readings in the Xiandai Hanyu Cidian (kXHC1983, the
      standard modern dictionary), the customary reading (kMandarin) first

Usage: build_han_readings.py UNIHAN_JSON_DIR RULES_REFERENCE_DIR
"""
import csv
import json
import os
import sys
import unicodedata


def toneless(p):
    """A pinyin syllable without tone marks, ü kept (lü, nüe)."""
    d = unicodedata.normalize("NFD", p.lower())
    d = "".join(c for c in d if not unicodedata.combining(c) or c == "\u0308")
    return unicodedata.normalize("NFC", d)


def main(src, out):
    load = lambda p: json.load(open(os.path.join(src, p + ".json"), encoding="utf-8"))
    chars = set(load("kGB0")) | set(load("kBigFive")) | set(load("kHKSCS"))
    canto = load("kCantonese")
    xhc = load("kXHC1983")
    mandarin = load("kMandarin")
    rows = []
    for ch in sorted(chars & set(canto)):
        rs = []
        for r in canto[ch]:
            r = r.rstrip("0123456789")
            if r and r not in rs:
                rs.append(r)
        rows.append([ch, " ".join(rs)])
    with open(os.path.join(out, "han-cantonese-readings.csv"), "w", newline="", encoding="utf-8") as f:
        f.write("# source: the Unicode Unihan database, field kCantonese (Jyutping), tones dropped; provenance and licence in"
                " docs/name-screening.md (\"Data and provenance\"); built by eval/tools/build_han_readings.py.\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["han", "jyutping"])
        w.writerows(rows)
    poly = []
    for ch in sorted(chars & set(xhc)):
        vals = xhc[ch] if isinstance(xhc[ch], list) else xhc[ch].split()
        rs = []
        m = mandarin.get(ch)
        for v in ([m] if isinstance(m, str) else (m or [])):
            t = toneless(v)
            if t not in rs:
                rs.append(t)
        for v in vals:
            t = toneless(v.split(":")[-1])
            if t and t not in rs:
                rs.append(t)
        if len(rs) > 1:
            poly.append([ch, " ".join(rs)])
    with open(os.path.join(out, "han-mandarin-readings.csv"), "w", newline="", encoding="utf-8") as f:
        f.write("# source: the Unicode Unihan database, fields kMandarin and kXHC1983 (the polyphones: two or more readings), tones dropped;"
                " provenance and licence in docs/name-screening.md (\"Data and provenance\"); built by eval/tools/build_han_readings.py.\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["han", "pinyin"])
        w.writerows(poly)
    print(f"{len(rows)} Cantonese rows, {len(poly)} polyphones", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:3])
