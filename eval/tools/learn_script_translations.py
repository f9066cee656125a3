#!/usr/bin/env python3
"""Proposes candidate rows for rules/reference/name-script-translations.csv, from the DEVELOPMENT split only.

OFAC's Advanced XML gives many company names twice: in another script and in Latin script, the Latin
one often translated rather than transliterated (شرکت گروه توسعه اقتصادی تدبیر / TADBIR ECONOMIC
DEVELOPMENT GROUP, 로케트공업부 / Ministry of Rocket Industry). Word order differs between the
languages, so words cannot be aligned by position; instead a word of the other script (Cyrillic,
Arabic: a word as Transliteration.scriptWord folds it; Han, Hangul: a run of 1 to 4 characters, as
these scripts write no spaces) is paired with every English word of the same entity's Latin name,
and a pair is proposed when it is seen on at least MIN_PAIRS entities of the development split
and the English word is on at least MIN_SHARE of the entities whose name has the script word.
The held-out entities (one in five by Java's String.hashCode of the entity id) are never read.

The output is a list of CANDIDATES to review by hand, not the table: a candidate can be a
transliteration the reading already gives (банк / bank), a name that recurs (иран / iran), or
a coincidence; the reviewed table keeps the company words, each with its rationale.

Usage: learn_script_translations.py OFAC_SCRIPTS_CSV OUT_CANDIDATES_CSV
"""
import collections
import csv
import re
import sys
import unicodedata

from learn_script_words import heldout, script_word, words, latin_word

MIN_PAIRS = 3
MIN_SHARE = 0.5
STOP = {"of", "the", "and", "for", "in", "a", "an", "on", "at", "to", "with", "named", "after"}


def group(script):
    if script in ("Hans", "Hant"):
        return "Hani"
    if script in ("Korean", "Hang"):
        return "Hang"
    return script if script in ("Cyrl", "Arab") else None


def script_units(g, name):
    if g in ("Cyrl", "Arab"):
        return {script_word(w) for w in words(name) if script_word(w)}
    units = set()
    for run in re.findall(r"[\u3400-\u9fff\uac00-\ud7af]+", unicodedata.normalize("NFC", name)):
        for n in range(1, 5):
            for i in range(len(run) - n + 1):
                units.add(run[i:i + n])
    return units


def main(src, out):
    df = collections.Counter()
    df_en = collections.defaultdict(collections.Counter)
    co = collections.defaultdict(collections.Counter)
    ents = collections.defaultdict(int)
    with open(src, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            g = group(r["script"])
            if g is None or r["type"] == "individual" or heldout(r["entity_id"]):
                continue
            ents[g] += 1
            units = script_units(g, r["name"])
            english = {w for y in words(r["latin"]) for w in latin_word(y).split() if w not in STOP and not w.isdigit()}
            for e in english:
                df_en[g][e] += 1
            for u in units:
                df[(g, u)] += 1
                for e in english:
                    co[(g, u)][e] += 1
    rows = []
    for (g, u), n in df.items():
        if n < MIN_PAIRS:
            continue
        # the three most frequent, ties by spelling: Counter.most_common would keep the sets' hash order
        for e, c in sorted(co[(g, u)].items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
            if c >= MIN_PAIRS and c >= MIN_SHARE * n:
                rows.append([g, u, e, c, n, df_en[g][e]])
    rows.sort(key=lambda r: (r[0], -r[3], r[1], r[2]))
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["script", "words", "english", "entities_with_both", "entities_with_word", "entities_with_english"])
        w.writerows(rows)
    print(f"development entities: {dict(ents)}; {len(rows)} candidates -> {out}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
