#!/usr/bin/env python3
"""Builds the name-screening evaluation cases from data nobody on this project wrote.

Inputs (all public; provenance in docs/name-screening.md):
  OFAC_DIR   the output of ofac_advanced_names.py (ofac-sdn-names.csv, ofac-sdn-scripts.csv)
  UN_XML     the UN Security Council consolidated list (consolidated.xml)
  NAMES_DIR  sigpwned/popular-names-by-country-dataset (common-forenames-by-country.csv,
             common-surnames-by-country.csv; CC0)

Writes OUT_DIR/cases.csv with the columns set,kind,name,expected_id,split:
  scripts       a name OFAC or the UN writes in another script (Hangul, Han, Cyrillic, Arabic...),
                expected to find the OFAC entry (the list holds Latin names only)
  scripts-weak-alias  the same for a name whose Latin spelling OFAC gives as a weak alias (never
                an alert, in any script: reported, not a target)
  un-aliases    a name or alias the UN gives a 1718-Committee (DPRK) entry, linked to an OFAC
                entry by one name both lists write alike; the case is every other UN spelling
  innocent      ordinary people (popular forenames and surnames per country, composed as that
                country names people: surname first, patronymics, two surnames, a chain of given
                names; romanised and some in their own script) and companies (surname or place +
                activity + legal form per country); expected_id empty
split is "heldout" for about one in five entries (by a hash of the expected entry, or of the
name for innocents: the same rule as eval-names uses for its generated variations), else "dev".

Usage: build_cases.py OFAC_DIR UN_XML NAMES_DIR OUT_DIR
"""
import csv
import os
import random
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET


def java_hash(s):
    """Java's String.hashCode (over UTF-16 code units), so that Java and this script split alike."""
    h = 0
    data = s.encode("utf-16-be")
    for i in range(0, len(data), 2):
        h = (31 * h + ((data[i] << 8) | data[i + 1])) & 0xFFFFFFFF
    return h - (1 << 32) if h >= (1 << 31) else h


def split_of(key):
    return "heldout" if java_hash(key) % 5 == 0 else "dev"  # Python % is floorMod


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).upper()
    return " ".join(re.findall(r"[A-Z0-9]+", s))


def read_ofac(d):
    entries = {}
    with open(os.path.join(d, "ofac-sdn-names.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            names = [r["name"]] + [a for a in r["aliases"].split(";") if a] + [a for a in r["weak_aliases"].split(";") if a]
            entries[r["entity_id"]] = {"type": r["type"], "names": names, "programs": r["programs"],
                                       "weak": {a for a in r["weak_aliases"].split(";") if a}}
    scripts = []
    with open(os.path.join(d, "ofac-sdn-scripts.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            scripts.append(r)
    return entries, scripts


def read_un(path):
    out = []
    root = ET.parse(path).getroot()
    for tag, alias_tag in (("INDIVIDUAL", "INDIVIDUAL_ALIAS"), ("ENTITY", "ENTITY_ALIAS")):
        for e in root.iter(tag):
            parts = [e.findtext(p) for p in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
            name = " ".join(p.strip() for p in parts if p and p.strip())
            aliases = [a.findtext("ALIAS_NAME").strip() for a in e.findall(alias_tag)
                       if a.findtext("ALIAS_NAME") and a.findtext("ALIAS_NAME").strip()]
            original = [x.text.strip() for x in e.findall("NAME_ORIGINAL_SCRIPT") if x.text and x.text.strip()]
            out.append({"type": "individual" if tag == "INDIVIDUAL" else "entity", "name": name, "aliases": aliases,
                        "original": original, "regime": e.findtext("UN_LIST_TYPE") or "",
                        "ref": e.findtext("REFERENCE_NUMBER") or ""})
    return out


# Arabic name particles (son of, father of, servant of, the article): on a name, they say nothing of whose it is.
NAME_PARTICLES = {"AL", "EL", "BIN", "BEN", "IBN", "BINT", "ABU", "ABOU", "ABD", "OULD"}
# A word on fewer than this many OFAC entries' names is a name that tells people apart (a family name, a rarer
# given name); Mohammed, Ahmed, Abdullah and Hassan are on hundreds.
RARE_NAME_WORD = 50


def name_words(name):
    """The words of a name as norm writes them, apostrophes dropped first (KY'ONG-SU is KYONG SU)."""
    return set(norm(name.replace("'", "").replace("\u2019", "").replace("\u2018", "").replace(",", " ")).split())


def name_word_entries(entries):
    """Word -> on how many OFAC entries' names or aliases it is."""
    count = {}
    for e in entries.values():
        for w in set().union(*(name_words(n) for n in e["names"])):
            count[w] = count.get(w, 0) + 1
    return count


def shares_a_name_word(un_name, entry, word_entries):
    """True when the UN's name for a person and the OFAC entry's names share a word that tells people apart.

    The UN and OFAC entries are linked by a name both lists write alike. For a person that may be an alias only,
    and people share aliases (a kunya such as Abu Obeida or Abu Ahmad, a given name such as Hassan): the UN's
    MOHAMED LAHBOUS, whose alias is Hassan, is not OFAC's AL-TIKRITI, Ali Saddam Hussein, alias Hassan. Such a
    link is kept only when the UN's own name has a word of the OFAC entry's names that is no name particle,
    has three letters or more and is on fewer than RARE_NAME_WORD entries of the OFAC list, or when every word of
    one of the OFAC entry's names of two words or more is in it (ABDULLAH AHMED ABDULLAH EL ALFI is ABDULLAH,
    Abdullah Ahmed)."""
    un_words = name_words(un_name)
    if any(len(name_words(n)) >= 2 and name_words(n) <= un_words for n in entry["names"]):
        return True
    own = set().union(*(name_words(n) for n in entry["names"]))
    return any(len(w) >= 3 and w not in NAME_PARTICLES and word_entries.get(w, 0) < RARE_NAME_WORD
               for w in un_words & own)


def main(ofac_dir, un_xml, names_dir, out_dir):
    entries, scripts = read_ofac(ofac_dir)
    by_name = {}
    for eid, e in entries.items():
        for n in e["names"]:
            by_name.setdefault((e["type"], norm(n)), set()).add(eid)
            if e["type"] == "individual" and "," in n:
                sur, given = n.split(",", 1)
                by_name.setdefault((e["type"], norm(sur + " " + given)), set()).add(eid)
    rows = []
    seen = set()

    def add(set_, kind, name, eid, split_key):
        key = (set_, name, eid)
        if name and key not in seen:
            seen.add(key)
            rows.append([set_, kind, name, eid, split_of(split_key)])

    for r in scripts:
        if r["type"] in ("individual", "entity"):
            # a weak alias in another script is, like its Latin spelling, never an alert (SAN-004 reviews it)
            weak = r["entity_id"] in entries and r["latin"] in entries[r["entity_id"]]["weak"]
            add("scripts-weak-alias" if weak else "scripts", "OFAC " + r["script"] + " (" + r["type"] + ")", r["name"],
                r["entity_id"], r["entity_id"])
    un = read_un(un_xml)
    linked = 0
    unconfirmed = 0
    word_entries = name_word_entries(entries)
    for u in un:
        ids = set()
        for n in [u["name"]] + u["aliases"]:
            ids |= by_name.get((u["type"], norm(n)), set())
        if len(ids) != 1:
            continue  # not linked, or ambiguous
        eid = ids.pop()
        own = {norm(n) for n in entries[eid]["names"]}
        own |= {norm(n.replace(",", " ")) for n in entries[eid]["names"]}
        if u["type"] == "individual" and norm(u["name"]) not in own and not shares_a_name_word(u["name"], entries[eid], word_entries):
            unconfirmed += 1
            continue  # linked by a person's alias alone, and the UN's name for them has none of the OFAC entry's name words
        linked += 1
        for o in u["original"]:
            add("scripts", "UN original script (" + u["type"] + ")", o, eid, eid)
        if u["regime"] == "DPRK":
            for n in [u["name"]] + u["aliases"]:
                if norm(n) not in own:
                    add("un-aliases", "UN 1718 " + ("person" if u["type"] == "individual" else "company"), n, eid, eid)
    innocents = build_innocents(names_dir)
    for kind, n in innocents:
        add("innocent", kind, n, "", n)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "cases.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["set", "kind", "name", "expected_id", "split"])
        w.writerows(rows)
    counts = {}
    for r in rows:
        counts[(r[0], r[4])] = counts.get((r[0], r[4]), 0) + 1
    print(f"UN entries linked to OFAC: {linked} ({unconfirmed} people linked by an alias alone left out); cases: {sorted(counts.items())}", file=sys.stderr)


# Company words per country: activities and legal forms as businesses there write them.
ACTIVITIES = {
    "KR": ["Trading", "Construction", "Logistics", "Electronics", "Foods", "Textile", "Shipping", "Industrial",
           "Steel", "Chemical", "Motors", "Pharm", "Engineering", "Marine", "Energy", "Bank", "Securities"],
    "CN": ["Trading", "Import and Export", "Technology", "Machinery", "Metal Materials", "Logistics", "Textile",
           "Electronics", "Industrial", "Shipping", "Chemical", "Investment", "Garment", "Mining"],
    "RU": ["Stroy", "Trans", "Invest", "Neft", "Torg", "Avto", "Agro", "Metall", "Logistic", "Energo", "Bank"],
    "JP": ["Shoji", "Kogyo", "Denki", "Trading", "Shipping", "Kaiun", "Seiko", "Bussan", "Foods"],
    "DE": ["Logistik", "Handel", "Bau", "Maschinenbau", "Immobilien", "Elektrotechnik", "Spedition", "Bank"],
    "GB": ["Trading", "Logistics", "Holdings", "Consulting", "Construction", "Shipping", "Engineering", "Foods"],
    "US": ["Trading", "Logistics", "Holdings", "Industries", "Construction", "Shipping", "Technologies", "Bank"],
    "FR": ["Transports", "Bâtiment", "Négoce", "Immobilier", "Logistique", "Industrie", "Banque"],
    "IT": ["Costruzioni", "Trasporti", "Commerciale", "Immobiliare", "Logistica", "Industria", "Banca"],
    "ES": ["Construcciones", "Transportes", "Comercial", "Inmobiliaria", "Logística", "Industrial"],
    "TR": ["İnşaat", "Ticaret", "Lojistik", "Tekstil", "Gıda", "Sanayi", "Denizcilik"],
    "VN": ["Trading", "Xây Dựng", "Thương Mại", "Logistics", "Shipping", "Textile"],
    "PH": ["Trading", "Construction", "Shipping", "Logistics", "Holdings", "Foods"],
}
FORMS = {
    "KR": ["Co., Ltd.", "Corporation", "Co.", "Inc."],
    "CN": ["Co., Ltd.", "Company Limited", "Co. Ltd", "Group Co., Ltd."],
    "RU": ["OOO", "LLC", "JSC", "PJSC", "AO"],
    "JP": ["K.K.", "Co., Ltd.", "Kabushiki Kaisha", "Corporation"],
    "DE": ["GmbH", "AG", "GmbH & Co. KG", "KG"],
    "GB": ["Ltd", "Limited", "PLC", "LLP"],
    "US": ["Inc.", "LLC", "Corp.", "Company"],
    "FR": ["SARL", "SA", "SAS"],
    "IT": ["S.r.l.", "S.p.A."],
    "ES": ["S.L.", "S.A."],
    "TR": ["A.Ş.", "Ltd. Şti."],
    "VN": ["Co., Ltd", "JSC", "Joint Stock Company"],
    "PH": ["Inc.", "Corporation"],
}


def strip_tones(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# How people are named, per country (the name-giving customs, not data): "east" surname first;
# "patronymic" given name, father's name + -ovich/-ovna, surname (feminine -a for -ov/-ev/-in);
# "two surnames" given name, father's and mother's surnames (Spanish and Portuguese); "chain"
# given name, father's and grandfather's given names (Arab countries without family names in the
# dataset); every other country given name(s) and surname.
EAST = {"KR", "CN", "JP", "TW", "VN", "KH"}
PATRONYMIC = {"RU", "UA", "BY", "KZ", "KG", "TJ"}
TWO_SURNAMES = {"ES", "MX", "AR", "CL", "CO", "PE", "PY", "BR", "PT", "EC", "BO", "VE", "PA", "UY", "PR"}
CHAIN = {"AE", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "SA", "TN", "PK"}
PEOPLE_PER_COUNTRY = 3600
COMPANIES_PER_COUNTRY = 3000


def patronymic(father, female):
    f = father
    if f.endswith(("iy", "ii", "yi")):
        stem, m, w = f[:-2], "yevich", "yevna"
    elif f.endswith(("y", "i")):
        stem, m, w = f[:-1], "yevich", "yevna"
    elif f.endswith("a"):
        stem, m, w = f[:-1], "ich", "ichna"
    else:
        stem, m, w = f, "ovich", "ovna"
    return stem + (w if female else m)


def feminine(surname):
    return surname + "a" if surname.endswith(("ov", "ev", "in", "yn")) else surname


def build_innocents(d):
    fore, sur = {}, {}
    with open(os.path.join(d, "common-forenames-by-country.csv"), encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            if r["Romanized Name"]:
                fore.setdefault(r["Country"], []).append((r["Localized Name"], r["Romanized Name"], r["Gender"]))
    with open(os.path.join(d, "common-surnames-by-country.csv"), encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            if r["Romanized Name"]:
                sur.setdefault(r["Country"], []).append((r["Localized Name"], r["Romanized Name"]))
    rnd = random.Random(20261207)
    out = []
    for c in sorted(set(fore) & (set(sur) | CHAIN)):
        fs, ss = fore[c], sur.get(c, [])
        tones = c in ("CN", "TW", "VN")
        males = [x for x in fs if x[2] == "M"] or fs
        names = set()
        tries = 0
        while len(names) < PEOPLE_PER_COUNTRY and tries < PEOPLE_PER_COUNTRY * 20:
            tries += 1
            fl, fr, g = rnd.choice(fs)
            female = g == "F"
            fr = strip_tones(fr) if tones else fr
            if c in CHAIN:
                father, grand = rnd.choice(males)[1], rnd.choice(males)[1]
                name = fr + " " + father + " " + grand
                native = None
            else:
                sl, sr = rnd.choice(ss)
                sr = strip_tones(sr) if tones else sr
                if c in EAST:
                    style = rnd.randrange(3)
                    name = sr + " " + fr if style == 0 else sr.upper() + ", " + fr if style == 1 else fr + " " + sr
                    native = sl + fl if fl and sl and fl != fr and c != "VN" else None
                elif c in PATRONYMIC:
                    pat = patronymic(rnd.choice(males)[1], female)
                    srf = feminine(sr) if female else sr
                    name = fr + " " + pat + " " + srf if rnd.random() < 0.6 else srf.upper() + ", " + fr + " " + pat
                    native = None
                elif c in TWO_SURNAMES:
                    s2 = rnd.choice(ss)[1]
                    name = fr + " " + sr + (" " + s2 if s2 != sr and rnd.random() < 0.8 else "")
                    native = None
                else:
                    style = rnd.random()
                    if style < 0.5:
                        name = fr + " " + sr
                    elif style < 0.8:
                        mid = rnd.choice([x for x in fs if x[2] == g] or fs)[1]
                        name = fr + " " + mid + " " + sr if mid != fr else fr + " " + sr
                    else:
                        name = fr + " " + rnd.choice("ABCDEFGHJKLMNPRSTW") + ". " + sr
                    native = sl + " " + fl if fl and sl and (fl != fr or sl != sr) else None
            if name not in names:
                names.add(name)
                out.append(("person " + c, name))
                if native and rnd.random() < 0.3:
                    out.append(("person " + c + " own script", native))
    for c in sorted(ACTIVITIES):
        ss = sur.get(c, [])
        names = set()
        tries = 0
        while len(names) < COMPANIES_PER_COUNTRY and tries < COMPANIES_PER_COUNTRY * 20:
            tries += 1
            base = rnd.choice(ss)[1] if ss and rnd.random() < 0.6 else rnd.choice(["Pacific", "Golden", "Star", "Asia",
                    "Global", "United", "New", "Eastern", "Sun", "Ocean", "Royal", "Green", "Silver", "Korea", "China",
                    "Euro", "Continental", "Atlantic", "National", "First", "Union"])
            base = strip_tones(base)
            words = [base] + rnd.sample(ACTIVITIES[c], 1 + (rnd.random() < 0.3))
            name = " ".join(words) + " " + rnd.choice(FORMS[c])
            if name not in names:
                names.add(name)
                out.append(("company " + c, name))
    return out


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
