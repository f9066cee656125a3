#!/usr/bin/env python3
"""Builds rules/reference/name-attested.csv: attested personal names near the words of listed people.

    python3 eval/tools/build_attested_names.py LIST.csv HUMANNAMES_LIST.txt WIKTIONARY_PAGES_DIR DATAFAKER_JAR OUT.csv

LIST.csv is a native list (eval/work/ofac-sdn-names.csv, written by ofac_advanced_names.py: entity_id,
name, type, aliases, weak_aliases, ...). The two name sources (neither is eval/data/popular-names, from
which the evaluation's innocents are built, nor derived from it):

- HUMANNAMES_LIST.txt: list.txt of finnlp/humannames (GitHub, commit
  515e406650b9f8b2b9b5b3f833e8e4b3b1fb07ed, also the npm package humannames 1.0.5; MIT licence):
  about 197,000 given names and surnames, ASCII, "scraped from social media websites and governmental
  censuses", no country;
- WIKTIONARY_PAGES_DIR: the pages/ folder of jgwoolley/Names-by-Culture (GitHub, commit
  81e3c9d22a04b6c47d65e7a8d07f5e3b1d6e089b; Apache-2.0), the members of Wiktionary's categories
  "<language> surnames" and "<language> given names" (Wiktionary text: CC BY-SA), one
  <iso639-3>/surnames.csv and given_names.csv per language; Cyrillic names are read in Latin
  (BGN/PCGN-style for Russian, Ukrainian, Belarusian, Bulgarian; the Serbian and Macedonian
  alphabets letter for letter);
- DATAFAKER_JAR: net.datafaker:datafaker:2.7.0 from Maven Central (Apache-2.0; its locale data comes
  from the Ruby Faker project, MIT): the first_name / last_name lists (male_, female_ and other
  variants included) of each locale's <locale>.yml, read in Latin as above.

A source name is kept when it is, once folded as NameTokens.tokens folds (NFKD, marks and apostrophes
dropped, lower case), a word of 5+ letters of a listed individual's name or alias, or within one edit
(two for words of 10+ letters; a swap of two adjacent letters counts as one) of such a word with
the same first letter: the pairs the screening could take for a typo. Each row says which sources
attest it and which listed words it is near. The output is sorted and the same for the same inputs.
"""
import csv
import os
import re
import sys
import unicodedata
import zipfile
from collections import defaultdict

MIN_LENGTH = 5
LONG = 10  # words of this many letters may differ by two edits (token.extra_edit_from_length)

CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "w",
}
# Serbian and Macedonian Cyrillic have one Latin letter each (Gaj's alphabet)
SERBIAN = dict(CYRILLIC, **{"ђ": "đ", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "ć", "џ": "dž", "ѓ": "gj",
                            "ќ": "kj", "ѕ": "dz", "х": "h", "ц": "c", "ч": "č", "ш": "š", "ж": "ž"})
SERBIAN_LANGS = {"hbs", "srp", "mkd"}

LANGUAGE_NAMES = {}


def fold(word):
    """NameTokens.tokens for one word: NFKD, marks and apostrophes dropped, lower case; None if not one word."""
    s = unicodedata.normalize("NFKD", word).upper().lower()
    out = []
    for ch in s:
        if unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in "'’ʼ‘`":
            continue
        if ch == "ß":
            out.append("ss")
        elif ch.isalnum():
            out.append(ch)
        else:
            return None
    w = "".join(out)
    return w if w and w.isalpha() and w.isascii() else None


def latin(name, lang):
    table = SERBIAN if lang in SERBIAN_LANGS else CYRILLIC
    if not any("\u0400" <= ch <= "\u04ff" for ch in name):
        return name
    return "".join(table.get(ch, ch) for ch in name.lower())


def osa_within(a, b, k):
    """True when the optimal string alignment distance of a and b is at most k."""
    if abs(len(a) - len(b)) > k:
        return False
    prev2 = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            best = min(best, v)
        if best > k:
            return False
        prev2, prev = prev, cur
    return prev[len(b)] <= k


def deletes(w):
    return {w[:i] + w[i + 1:] for i in range(len(w))} | {w}


LOOSE = [("sh", "s"), ("ch", "j"), ("kh", "k"), ("u", "o"), ("b", "p"), ("g", "k"), ("d", "t"), ("r", "l"),
         ("w", "v"), ("y", "i")]


def loose(w):
    """A rough romanisation fold (as NameTokens.fold does for Korean syllables, and a little more), doubled letters as one."""
    for a, b in LOOSE:
        w = w.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", w)


def close(w, l, k):
    """w and l within k edits as written or once loosely folded, with the same first letter or the first two swapped."""
    for a, b in ((w, l), (loose(w), loose(l))):
        if (a[:1] == b[:1] or a[:2] == b[1::-1]) and osa_within(a, b, k):
            return True
    return False


def deletes2(w):
    one = deletes(w)
    return set().union(*(deletes(d) for d in one))


def listed_words(path):
    words = defaultdict(set)
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["type"] != "individual":
                continue
            for field in ("name", "aliases", "weak_aliases"):
                for name in (row.get(field) or "").split(";"):
                    for part in name.replace(",", " ").split():
                        w = fold(part)
                        if w and len(w) >= MIN_LENGTH:
                            words[w].add(part.upper())
    return words


def sources(humannames, pages):
    attested = defaultdict(set)
    with open(humannames, encoding="utf-8") as f:
        for line in f:
            w = fold(line.strip())
            if w and len(w) >= MIN_LENGTH:
                attested[w].add("humannames")
    for lang in sorted(os.listdir(pages)):
        for kind, label in (("surnames", "surname"), ("given_names", "given name")):
            p = os.path.join(pages, lang, kind + ".csv")
            if not os.path.isfile(p):
                continue
            with open(p, newline="", encoding="utf-8") as f:
                for row in csv.DictReader(f):
                    name = row.get("name") or ""
                    if " " in name.strip():
                        continue
                    w = fold(latin(name.strip(), lang))
                    if w and len(w) >= MIN_LENGTH:
                        attested[w].add("wiktionary " + lang)
    return attested


def datafaker(jar, attested):
    """The name lists of each locale file of the Datafaker jar (flow lists [a, b] or block lists)."""
    with zipfile.ZipFile(jar) as z:
        for entry in sorted(z.namelist()):
            m = re.fullmatch(r"([a-z]{2})(-[A-Za-z]+)?\.yml", entry)
            if not m:
                continue
            locale = m.group(0)[:-4]
            lang = {"hr": "hbs", "sr": "hbs", "mk": "mkd"}.get(m.group(1), m.group(1))
            key = None
            for line in z.read(entry).decode("utf-8").splitlines():
                km = re.match(r"\s*([a-z_]*(first_name|last_name)[a-z_]*):\s*(.*)$", line)
                if km:
                    key = km.group(1)
                    rest = km.group(3).strip()
                    if rest.startswith("["):
                        for name in rest.strip("[]").split(","):
                            add_name(attested, name, lang, "datafaker " + locale)
                        key = None
                    continue
                bm = re.match(r"\s*-\s*(.+)$", line)
                if key and bm:
                    add_name(attested, bm.group(1), lang, "datafaker " + locale)
                elif not bm:
                    key = None


def add_name(attested, name, lang, label):
    name = name.strip().strip("\"'\u200b ")
    if not name or " " in name or "#" in name:
        return
    w = fold(latin(name, lang))
    if w and len(w) >= MIN_LENGTH:
        attested[w].add(label)


def main(argv):
    if len(argv) != 6:
        print(__doc__, file=sys.stderr)
        return 2
    listed = listed_words(argv[1])
    attested = sources(argv[2], argv[3])
    datafaker(argv[4], attested)
    by_delete = defaultdict(set)
    by_delete2 = defaultdict(set)  # words of LONG+ letters, by every deletion of up to two letters
    for w in listed:
        for form in {w, loose(w)}:
            for d in deletes(form):
                by_delete[d].add(w)
            if len(w) >= LONG:
                for d in deletes2(form):
                    by_delete2[d].add(w)
    rows = {}
    for w, srcs in attested.items():
        near = set()
        for form in {w, loose(w)}:
            for d in deletes(form):
                for l in by_delete.get(d, ()):
                    if l != w and close(w, l, 1):
                        near.add(l)
            if len(w) >= LONG - 2:
                for d in deletes2(form):
                    for l in by_delete2.get(d, ()):
                        if l != w and l not in near and close(w, l, 2):
                            near.add(l)
        if w in listed or near:
            rows[w] = (srcs, near)
    # a listed word is kept only when some other attested word is near it, and the other way round
    keep = {}
    for w, (srcs, near) in rows.items():
        near = {l for l in near if l in rows}
        if near:
            keep[w] = (srcs, near)
            for l in near:
                keep.setdefault(l, (rows[l][0], set()))
    with open(argv[5], "w", newline="", encoding="utf-8") as f:
        f.write("# source: attested personal names near the words of listed people, built by eval/tools/build_attested_names.py\n")
        f.write("# from finnlp/humannames list.txt (commit 515e406650b9f8b2b9b5b3f833e8e4b3b1fb07ed; MIT) and the Wiktionary name\n")
        f.write("# categories collected in jgwoolley/Names-by-Culture pages/ (commit 81e3c9d22a04b6c47d65e7a8d07f5e3b1d6e089b;\n")
        f.write("# Apache-2.0, Wiktionary text CC BY-SA), the locale name lists of net.datafaker:datafaker:2.7.0 (Apache-2.0) and the\n")
        f.write("# OFAC SDN list of 2025-11-19 (individuals' names and aliases); provenance in docs/name-screening.md. A row is a name\n")
        f.write("# of 5+ letters that a source attests and that is a listed word or within one edit (two from 10 letters) of one,\n")
        f.write("# as written or loosely folded; sources: the lists that attest it; rationale: the listed words it is near.\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "sources", "rationale"])
        for name in sorted(keep):
            srcs, near = keep[name]
            src = ";".join(sorted(srcs))
            shown = sorted(near)[:2] + (["..."] if len(near) > 2 else [])
            if name in listed and not near:
                why = "a word of a listed name"
            elif name in listed:
                why = "a word of a listed name; near the listed " + " ".join(shown)
            else:
                why = "near the listed " + " ".join(shown)
            w.writerow([name, src, why])
    print(f"{len(listed)} listed words of {MIN_LENGTH}+ letters, {len(attested)} attested names, {len(keep)} rows -> {argv[5]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
