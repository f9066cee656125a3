#!/usr/bin/env python3
"""Learns how OFAC spells words of other scripts in Latin, from the DEVELOPMENT split only.

OFAC's Advanced XML gives many names twice: in Cyrillic or Arabic script and in Latin script
(ofac-sdn-scripts.csv, columns entity_id,type,script,name,latin). Where both have the same number
of words (split at spaces and commas, a hyphenated word kept whole), the words are aligned in
order (OFAC writes both "SURNAME Given Patronymic"). A word seen aligned to the same Latin
spelling on at least MIN_PAIRS entries of the development split only, and on more than a third
of the entries it is seen on, (the held-out entries,
one in five by Java's String.hashCode of the entity id, are never read), becomes a row of
rules/reference/name-script-words.csv: script,word,latin,rationale. The screening reads a name in
Cyrillic or Arabic word by word through this table first (Александр -> aleksandr, محمد ->
mohammad), and by ICU's transliterator for the words it does not hold. Another spelling OFAC uses
for a word on MIN_PAIRS+ entries and a fifth of those it is seen on follows as a row of its own (Александр -> alexander): the
screening reads the name once more with those.

Usage: learn_script_words.py OFAC_SCRIPTS_CSV OUT_CSV
"""
import collections
import csv
import difflib
import itertools
import re
import sys
import unicodedata

from build_cases import split_of

MIN_PAIRS = 2
SCRIPTS = ("Cyrl", "Arab")


def heldout(entity_id):
    """The evaluation's own split (build_cases.split_of), so that nothing is learnt from a held-out entity."""
    return split_of(entity_id) == "heldout"


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


# a rough reading of Cyrillic letters, only to choose how the words of a name pair up
ROUGH = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєўґ",
                 ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
                  "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "u", "g"]))


def rough(w):
    return "".join(ROUGH.get(c, c) for c in script_word(w))


def best_order(a, b):
    """The order of the Cyrillic words that best pairs them with the Latin ones: OFAC writes its Latin
    names SURNAME, Given Patronymic, while the Cyrillic is often Given Patronymic Surname; pairing
    in written order would teach that Владимирович is spelt 'putin'. The identity is kept on a tie."""
    lat = [latin_word(y) for y in b]
    best, score = list(a), None
    for perm in itertools.permutations(range(len(a))):
        s = sum(difflib.SequenceMatcher(None, rough(a[i]), lat[k]).ratio() for k, i in enumerate(perm))
        if score is None or s > score + 1e-9:
            best, score = [a[i] for i in perm], s
    return best


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
            if r["script"] == "Cyrl" and len(a) <= 5:
                a = best_order(a, b)
            for x, y in zip(a, b):
                k, v = script_word(x), latin_word(y)
                if k and v and re.search(r"[^\W\d_a-z]", k):  # a word of the script (not OOO written in Latin)
                    pairs[(r["script"], k)][v].add(r["entity_id"])
    rows = []
    for (script, word), seen in pairs.items():
        spellings = collections.Counter({s: len(ids) for s, ids in seen.items()})
        (best, n), = spellings.most_common(1)
        total = sum(spellings.values())
        if n < MIN_PAIRS or n * 3 <= total:
            continue  # seen once, or no spelling on more than a third of the entries: left to the transliterator
        others = ", ".join(f"{s} {c}" for s, c in spellings.most_common() if s != best)
        rows.append([script, word, best, f"OFAC writes it '{best}' in {n} of {total} development entries"
                     + (f" (also: {others})" if others else ""), 0])
        # the other spellings OFAC uses for the word on MIN_PAIRS+ entries and a fifth of them: rows after the first, read
        # as another reading of the name (Александр: aleksandr, then alexander)
        rank = 0
        for s, c in spellings.most_common():
            if s != best and c >= MIN_PAIRS and c * 5 >= total:
                rank += 1
                rows.append([script, word, s, f"another spelling: OFAC writes it '{s}' in {c} of {total} development entries", rank])
    rows.sort(key=lambda r: (r[0], r[1], r[4]))
    rows = [r[:4] for r in rows]
    with open(out, "w", newline="", encoding="utf-8") as f:
        f.write("# source: OFAC SDN Advanced XML of 2025-11-19 (../shared/reference/ofac-sdn-advanced-2025-11-19), names given in\n"
                "# both Cyrillic or Arabic and Latin script, entries of the development split only; aligned word by word by\n"
                "# eval/tools/learn_script_words.py (a word kept when one Latin spelling is on " + str(MIN_PAIRS) + "+ entries and more than a third of those it is seen on;\n"
                "# a word's further rows are the other spellings OFAC uses for it on " + str(MIN_PAIRS) + "+ entries and a fifth of them, read as another reading)\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["script", "word", "latin", "rationale"])
        w.writerows(rows)
    print(f"{used} development name pairs aligned; {len(rows)} words -> {out}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
