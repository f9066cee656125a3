#!/usr/bin/env python3
"""Learns how OFAC spells words of other scripts in Latin, from the DEVELOPMENT split only.

OFAC's Advanced XML gives many names twice: in Cyrillic or Arabic script and in Latin script
(ofac-sdn-scripts.csv, columns entity_id,type,script,name,latin). Where both have the same number
of words (split at spaces and commas, a hyphenated word kept whole), the words are aligned in
order (OFAC writes both "SURNAME Given Patronymic"). A word seen aligned to the same Latin
spelling on at least MIN_PAIRS entries of the development split only (the held-out entries,
one in five by Java's String.hashCode of the entity id, are never read), becomes a row of
rules/reference/name-script-words.csv: script,word,latin,rationale. The screening reads a name in
Cyrillic or Arabic word by word through this table first (Александр -> aleksandr, محمد ->
mohammad), and by ICU's transliterator for the words it does not hold.

Usage: learn_script_words.py OFAC_SCRIPTS_CSV OUT_CSV
"""
import collections
import csv
import re
import sys
import unicodedata

MIN_PAIRS = 2
SCRIPTS = ("Cyrl", "Arab")


def java_hash(s):
    h = 0
    data = s.encode("utf-16-be")
    for i in range(0, len(data), 2):
        h = (31 * h + ((data[i] << 8) | data[i + 1])) & 0xFFFFFFFF
    return h - (1 << 32) if h >= (1 << 31) else h


def heldout(entity_id):
    return java_hash(entity_id) % 5 == 0


# the same folding as org.sanctionsmonitor.normalize.Transliteration.scriptWord
ARABIC = {"\u0643": "\u06a9", "\u064a": "\u06cc", "\u0649": "\u06cc", "\u06be": "\u0647", "\u0623": "\u0627",
          "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627"}


def script_word(w):
    w = unicodedata.normalize("NFC", w).lower()
    out = []
    for ch in w:
        cat = unicodedata.category(ch)
        if cat in ("Mn", "Me", "Cf") or ch == "\u0640":  # harakat, bidi marks, tatweel
            continue
        ch = ARABIC.get(ch, ch)
        if ch == "\u0451":  # ё
            ch = "\u0435"
        out.append(ch)
    return "".join(out)


def words(s):
    return [w for w in re.split(r"[\s,;()]+", s) if w and re.search(r"\w", w)]


def latin_word(w):
    w = unicodedata.normalize("NFKD", w)
    w = "".join(c for c in w if not unicodedata.combining(c)).lower()
    w = re.sub(r"['\u2019`]", "", w)
    return " ".join(re.findall(r"[a-z0-9]+", w))


def main(src, out):
    pairs = collections.defaultdict(lambda: collections.defaultdict(set))
    used = 0
    with open(src, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["script"] not in SCRIPTS or heldout(r["entity_id"]):
                continue
            a, b = words(r["name"]), words(r["latin"])
            if len(a) != len(b):
                continue
            used += 1
            for x, y in zip(a, b):
                k, v = script_word(x), latin_word(y)
                if k and v:
                    pairs[(r["script"], k)][v].add(r["entity_id"])
    rows = []
    for (script, word), seen in pairs.items():
        spellings = collections.Counter({s: len(ids) for s, ids in seen.items()})
        (best, n), = spellings.most_common(1)
        total = sum(spellings.values())
        if n < MIN_PAIRS or n * 2 <= total:
            continue  # seen once, or no majority spelling: left to the transliterator
        others = ", ".join(f"{s} {c}" for s, c in spellings.most_common() if s != best)
        rows.append([script, word, best, f"OFAC writes it '{best}' in {n} of {total} development entries"
                     + (f" (also: {others})" if others else "")])
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(out, "w", newline="", encoding="utf-8") as f:
        f.write("# source: OFAC SDN Advanced XML of 2025-11-19 (../shared/reference/ofac-sdn-advanced-2025-11-19), names given in\n"
                "# both Cyrillic or Arabic and Latin script, entries of the development split only; aligned word by word by\n"
                "# eval/tools/learn_script_words.py (a word kept when one Latin spelling is most of the " + str(MIN_PAIRS) + "+ entries it is seen on)\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["script", "word", "latin", "rationale"])
        w.writerows(rows)
    print(f"{used} development name pairs aligned; {len(rows)} words -> {out}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
