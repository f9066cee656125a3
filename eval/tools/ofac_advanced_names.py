#!/usr/bin/env python3
"""Extracts the names of OFAC's SDN list (Advanced XML, Version 3) for the name-screening evaluation.

Streams the XML (it is 120 MB uncompressed) and writes two files:

  <out>/ofac-sdn-names.csv        a list in the tool's native entity-list format: every
                                   individual and entity (vessels and aircraft too, typed), with
                                   its primary Latin-script name, strong aliases (A.K.A., F.K.A.,
                                   N.K.A.) and weak (low-quality) aliases, and its programs;
                                   Latin script only, so that a name in another script can only
                                   be found by transliteration.
  <out>/ofac-sdn-scripts.csv      every name OFAC gives in another script (Hangul, Han, Cyrillic,
                                   Arabic, ...): entity_id, script, name, latin (the Latin name
                                   of the same alias).

Individuals' Latin names are written as OFAC's legacy CSV writes them ("SURNAME, Given Middle").

Usage: ofac_advanced_names.py SDN_ADVANCED_XML[.bz2] OUT_DIR
Source: /work/shared/reference/ofac-sdn-advanced-2025-11-19/sdn_advanced.xml.bz2 (OFAC, public
domain US government data; see that folder's README for its provenance and checksum).
"""
import bz2
import csv
import os
import sys
import xml.etree.ElementTree as ET

LAST, FIRST, MIDDLE, MAIDEN, PATRONYMIC = "1520", "1521", "1522", "1523", "91708"


def local(tag):
    return tag.rsplit("}", 1)[-1]


def main(src, out):
    opener = bz2.open if src.endswith(".bz2") else open
    subtypes, party_types, scripts = {}, {}, {}
    programs = {}
    parties = []
    with opener(src, "rb") as f:
        for event, el in ET.iterparse(f, events=("end",)):
            t = local(el.tag)
            if t == "PartySubType":
                subtypes[el.get("ID")] = el.get("PartyTypeID")
            elif t == "PartyType":
                party_types[el.get("ID")] = el.text
            elif t == "Script":
                scripts[el.get("ID")] = el.get("ScriptCode")
            elif t == "DistinctParty":
                parties.append(party(el))
                el.clear()
            elif t == "SanctionsEntry":
                progs = []
                for m in el.iter():
                    if local(m.tag) == "SanctionsMeasure" and m.get("SanctionsTypeID") == "1":
                        for c in m:
                            if local(c.tag) == "Comment" and c.text:
                                progs.append(c.text.strip())
                programs.setdefault(el.get("ProfileID"), []).extend(progs)
                el.clear()
    os.makedirs(out, exist_ok=True)
    n_names = n_scripts = 0
    with open(os.path.join(out, "ofac-sdn-names.csv"), "w", newline="", encoding="utf-8") as lf, \
            open(os.path.join(out, "ofac-sdn-scripts.csv"), "w", newline="", encoding="utf-8") as sf:
        lw = csv.writer(lf, lineterminator="\n")
        sw = csv.writer(sf, lineterminator="\n")
        lw.writerow(["entity_id", "name", "type", "aliases", "weak_aliases", "programs", "list"])
        sw.writerow(["entity_id", "type", "script", "name", "latin"])
        for p in parties:
            kind = party_types.get(subtypes.get(p["subtype"]), "")
            typ = {"Individual": "individual", "Entity": "entity"}.get(kind)
            if typ is None:
                typ = {"1": "vessel", "2": "aircraft"}.get(p["subtype"], "entity")
            primary, strong, weak = None, [], []
            for a in p["aliases"]:
                latin = [d for d in a["names"] if scripts.get(d["script"]) == "Latin"]
                if not latin:
                    continue
                text = name_text(latin[0], typ)
                if a["primary"]:
                    primary = text
                elif a["low"]:
                    weak.append(text)
                else:
                    strong.append(text)
                for d in a["names"]:
                    code = scripts.get(d["script"], d["script"])
                    if code != "Latin":
                        sw.writerow([p["id"], typ, code, name_text(d, typ, latin_order=False), text])
                        n_scripts += 1
            if primary is None:
                continue
            strong = [s for s in dict.fromkeys(strong) if s != primary and ";" not in s]
            weak = [s for s in dict.fromkeys(weak) if s != primary and s not in strong and ";" not in s]
            lw.writerow([p["id"], primary, typ, ";".join(strong), ";".join(weak),
                         ";".join(dict.fromkeys(programs.get(p["profile"], []))), "OFAC SDN"])
            n_names += 1
    print(f"{n_names} entries, {n_scripts} names in other scripts -> {out}", file=sys.stderr)


def party(el):
    profile = None
    aliases = []
    groups = {}
    for x in el.iter():
        t = local(x.tag)
        if t == "Profile":
            profile = x
        elif t == "NamePartGroup":
            groups[x.get("ID")] = x.get("NamePartTypeID")
    identity = None
    for x in profile:
        if local(x.tag) == "Identity" and x.get("Primary") == "true":
            identity = x
    if identity is not None:
        for a in identity:
            if local(a.tag) != "Alias":
                continue
            names = []
            for d in a:
                if local(d.tag) != "DocumentedName":
                    continue
                parts, script = [], None
                for dp in d:
                    for v in dp:
                        if local(v.tag) == "NamePartValue":
                            script = v.get("ScriptID")
                            parts.append((groups.get(v.get("NamePartGroupID")), (v.text or "").strip()))
                names.append({"script": script, "parts": parts})
            aliases.append({"primary": a.get("Primary") == "true", "low": a.get("LowQuality") == "true",
                            "names": names})
    return {"id": el.get("FixedRef"), "profile": profile.get("ID"), "subtype": profile.get("PartySubTypeID"),
            "aliases": aliases}


def name_text(d, typ, latin_order=True):
    parts = d["parts"]
    if typ == "individual" and latin_order:
        last = " ".join(v for k, v in parts if k in (LAST, MAIDEN) and v)
        given = " ".join(v for k, v in parts if k in (FIRST, MIDDLE, PATRONYMIC) and v)
        rest = " ".join(v for k, v in parts if k not in (LAST, MAIDEN, FIRST, MIDDLE, PATRONYMIC) and v)
        if last and given:
            return (last + ", " + given + (" " + rest if rest else "")).strip()
    return " ".join(v for _, v in parts if v).strip()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
