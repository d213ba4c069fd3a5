#!/usr/bin/env python3
"""Build ontology/gazetteer.ttl from the data files in ontology/sources/.

Inputs (all tab-separated, UTF-8):
  wikidata-countries.tsv  states and territories with Q-numbers, ISO codes and the source that verified them
  wikidata-seeds.tsv      entities named in the seed articles, with a Q-number only where a source verified it
  gazetteer-states.tsv    hand-written: labels, aliases, demonyms, capitals and metonyms of the states
  gazetteer-extra.tsv     hand-written: international bodies, organisations, people, threat groups, malware,
                          treaties, cities

The output is sorted and has no blank nodes, so the same inputs give a byte-identical file.

The rule this script enforces: a Q-number (owl:sameAs wd:Q...) is written only when it comes from a row of
one of the two Wikidata TSVs that names the source which verified it, and that source is written next to it
(dg:linkSource). Hand-written files cannot carry Q-numbers at all; they point at a seeds row by its label.

Python 3 standard library only. Usage:
  python3 tools/gazetteer/build_gazetteer.py           # writes ontology/gazetteer.ttl
  python3 tools/gazetteer/build_gazetteer.py --check   # exit 1 if ontology/gazetteer.ttl is out of date
"""

import argparse
import csv
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "ontology" / "sources"
OUTPUT = REPO / "ontology" / "gazetteer.ttl"

BASE = "https://w3id.org/diplograph/id/"
PREFIXES = [
    ("dg", "https://w3id.org/diplograph/ontology#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("schema", "http://schema.org/"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("wd", "http://www.wikidata.org/entity/"),
]

QID = re.compile(r"^Q[1-9][0-9]*$")

# Kinds of gazetteer-extra.tsv rows: (IRI kind, class).
EXTRA_KINDS = {
    "igo": ("organization", "dg:IntergovernmentalOrganization"),
    "organization": ("organization", "dg:Organization"),
    "person": ("person", "dg:Person"),
    "group": ("group", "dg:ThreatGroup"),
    "malware": ("malware", "dg:Malware"),
    "treaty": ("treaty", "dg:Treaty"),
    "city": ("city", "dg:City"),
    "system": ("system", "dg:InformationSystem"),
}

# Which extra kinds may point at a seeds row of a given type.
SEED_TYPE_KINDS = {
    "intergovernmental_org": {"igo"},
    "organization": {"organization", "system"},
    "armed_group": {"organization", "group"},
    "person": {"person"},
    "city": {"city"},
    "malware": {"malware"},
    "concept": {"treaty"},
}
# Seeds rows of these types must all appear in the gazetteer; events and concepts need not.
SEED_TYPES_REQUIRED = {"country", "intergovernmental_org", "organization", "armed_group", "person", "city",
                       "malware"}

# Codes in the country-coder data that ISO 3166-1 has not assigned (exceptionally reserved codes and
# Kosovo's user-assigned XK): they are not written as dg:iso3166Alpha2/Alpha3, which would be untrue.
NOT_ISO_3166_1 = {"AC", "CP", "CQ", "DG", "EA", "EU", "FX", "IC", "TA", "UN", "XK"}

STATE_KINDS = {"sovereign_state", "partially_recognized_state"}
TERRITORY_KINDS = {"disputed_territory"}  # plus every "territory_of:XX"
ORGANIZATION_KINDS = {"supranational_union", "intergovernmental_org"}  # come in through gazetteer-extra.tsv
SKIPPED_KINDS = {"no_sovereign_territory(Antarctica)"}

# Order of predicates within an entry.
PREDICATES = ["a", "rdfs:label", "skos:altLabel", "schema:givenName", "schema:familyName", "dg:demonym",
              "dg:metonym", "dg:iso3166Alpha2", "dg:iso3166Alpha3", "dg:capitalOf", "dg:affiliation", "owl:sameAs",
              "dg:linkSource"]
LANG_PREDICATES = {"rdfs:label", "skos:altLabel", "dg:demonym", "dg:metonym"}
IRI_PREDICATES = {"a", "dg:capitalOf", "dg:affiliation", "owl:sameAs"}


class GazetteerError(Exception):
    pass


def slug(name):
    """Lowercase ASCII, diacritics stripped, every run of other characters turned into one '-'."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    result = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")
    if not result:
        raise GazetteerError(f"name {name!r} has no slug")
    return result


def split_list(cell):
    return [part.strip() for part in cell.split(";") if part.strip()]


def expand_plural(forms):
    """'Iranian(s)' stands for 'Iranian' and 'Iranians'."""
    out = []
    for form in forms:
        if form.endswith("(s)"):
            out += [form[:-3], form[:-3] + "s"]
        else:
            out.append(form)
    return out


def read_table(path, columns, commented):
    """Rows of a TSV as dicts. Commented files: '#' lines and blank lines are skipped, no header row."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        lines = handle.read().split("\n")
    if not commented:
        header = lines[0].rstrip("\r").split("\t")
        if header != columns:
            raise GazetteerError(f"{path.name}: header {header} is not {columns}")
        lines = lines[1:]
    for number, line in enumerate(lines, start=1 if commented else 2):
        line = line.rstrip("\r")
        if not line.strip() or (commented and line.startswith("#")):
            continue
        cells = line.split("\t")
        if len(cells) > len(columns):
            raise GazetteerError(f"{path.name}:{number}: {len(cells)} columns, expected {len(columns)}")
        cells += [""] * (len(columns) - len(cells))
        row = {name: cell.strip() for name, cell in zip(columns, cells)}
        row["_where"] = f"{path.name}:{number}"
        rows.append(row)
    return rows


class Entity:
    def __init__(self, iri, cls, label, where):
        self.iri = iri
        self.label = label
        self.where = where
        self.values = {p: set() for p in PREDICATES}
        self.values["a"].add(cls)
        self.values["rdfs:label"].add(label)

    @property
    def cls(self):
        return next(iter(self.values["a"]))

    def add(self, predicate, *values):
        for value in values:
            if value:
                self.values[predicate].add(value)

    def link(self, qid, source, where):
        if not QID.match(qid):
            raise GazetteerError(f"{where}: {qid!r} is not a Q-number")
        if not source:
            raise GazetteerError(f"{where}: {qid} has no verifying source")
        existing = self.values["owl:sameAs"]
        if existing and existing != {"wd:" + qid}:
            raise GazetteerError(f"{where}: {self.iri} already linked to {existing}, not {qid}")
        if existing and self.values["dg:linkSource"] != {source}:
            raise GazetteerError(f"{where}: {self.iri} linked twice with different sources")
        self.values["owl:sameAs"] = {"wd:" + qid}
        self.values["dg:linkSource"] = {source}


class Gazetteer:
    def __init__(self, sources):
        self.sources = sources
        self.entities = {}
        self.verified = {}  # Q-number -> set of sources, from the two Wikidata TSVs only
        self.seeds_used = set()
        self.pending_affiliations = []  # (entity, organisation IRI, where), resolved once all are read

    # --- Wikidata TSVs ---------------------------------------------------------------------------------

    def read_wikidata(self):
        self.countries = read_table(self.sources / "wikidata-countries.tsv",
                                    ["qid", "iso_alpha2", "iso_alpha3", "english_name", "source", "kind"], False)
        self.seeds = read_table(self.sources / "wikidata-seeds.tsv",
                                ["mention_in_seeds", "canonical_label", "type", "qid_or_blank", "verified_by",
                                 "note"], False)
        for row in self.countries:
            self._verified(row["qid"], row["source"], row["_where"])
        for row in self.seeds:
            if row["qid_or_blank"]:
                self._verified(row["qid_or_blank"], row["verified_by"], row["_where"])
        self.seeds_by_label = {}
        for row in self.seeds:
            if row["canonical_label"] in self.seeds_by_label:
                raise GazetteerError(f"{row['_where']}: duplicate canonical_label {row['canonical_label']!r}")
            self.seeds_by_label[row["canonical_label"]] = row
        self.countries_by_iso2 = {}
        for row in self.countries:
            if row["iso_alpha2"] in self.countries_by_iso2:
                raise GazetteerError(f"{row['_where']}: duplicate ISO code {row['iso_alpha2']}")
            self.countries_by_iso2[row["iso_alpha2"]] = row

    def _verified(self, qid, source, where):
        if not QID.match(qid):
            raise GazetteerError(f"{where}: {qid!r} is not a Q-number")
        if not source or source.lower().startswith(("not verified", "tried")):
            raise GazetteerError(f"{where}: {qid} has no verifying source")
        self.verified.setdefault(qid, set()).add(source)

    def seed_link(self, qid):
        """The source to record for a Q-number: the seeds row's, which may name more sources, else the
        countries row's."""
        for row in self.seeds:
            if row["qid_or_blank"] == qid:
                return row["verified_by"]
        for row in self.countries:
            if row["qid"] == qid:
                return row["source"]
        raise GazetteerError(f"{qid} is in neither Wikidata TSV")

    # --- entities --------------------------------------------------------------------------------------

    def entity(self, kind, cls, label, where):
        iri = f"{kind}/{slug(label)}"
        existing = self.entities.get(iri)
        if existing is None:
            existing = self.entities[iri] = Entity(iri, cls, label, where)
        elif existing.cls != cls or existing.label != label:
            raise GazetteerError(f"{where}: {iri} is already {existing.cls} {existing.label!r} "
                                 f"({existing.where}), not {cls} {label!r}")
        return existing

    def build_states(self):
        hand = {}
        for row in read_table(self.sources / "gazetteer-states.tsv",
                              ["iso2", "label", "alt_labels", "demonyms", "capitals", "metonyms"], True):
            if row["iso2"] not in self.countries_by_iso2:
                raise GazetteerError(f"{row['_where']}: {row['iso2']} is not in wikidata-countries.tsv")
            if row["iso2"] in hand:
                raise GazetteerError(f"{row['_where']}: {row['iso2']} listed twice")
            hand[row["iso2"]] = row

        self.state_iri = {}
        for country in self.countries:
            kind, iso2 = country["kind"], country["iso_alpha2"]
            if kind in SKIPPED_KINDS or kind in ORGANIZATION_KINDS:
                if iso2 in hand:
                    raise GazetteerError(f"{hand[iso2]['_where']}: {iso2} is not a state or territory")
                continue
            if kind in STATE_KINDS:
                cls = "dg:State"
            elif kind in TERRITORY_KINDS or kind.startswith("territory_of:"):
                cls = "dg:Territory"
            else:
                raise GazetteerError(f"{country['_where']}: unknown kind {kind!r}")
            row = hand.get(iso2, {})
            label = row.get("label") or country["english_name"]
            state = self.entity("state", cls, label, country["_where"])
            self.state_iri[iso2] = state.iri
            if label != country["english_name"]:
                state.add("skos:altLabel", country["english_name"])
            state.add("skos:altLabel", *split_list(row.get("alt_labels", "")))
            state.add("dg:demonym", *expand_plural(split_list(row.get("demonyms", ""))))
            if iso2 not in NOT_ISO_3166_1:
                state.add("dg:iso3166Alpha2", iso2)
                state.add("dg:iso3166Alpha3", country["iso_alpha3"])
            state.link(country["qid"], self.seed_link(country["qid"]), country["_where"])
            capitals = split_list(row.get("capitals", ""))
            metonyms = row.get("metonyms", "")
            if metonyms != "-":
                state.add("dg:metonym", *(split_list(metonyms) or capitals))
            for capital in capitals:
                city = self.entity("city", "dg:City", capital, row["_where"])
                city.add("dg:capitalOf", state.iri)
            if cls == "dg:State" and iso2 not in hand:
                print(f"note: state {iso2} {label} has no hand-written names", file=sys.stderr)

        # The seeds' countries must be the countries TSV's: same Q-number for the same name.
        for seed in self.seeds:
            if seed["type"] != "country":
                continue
            matches = [c for c in self.countries if c["english_name"] == seed["canonical_label"]]
            if len(matches) != 1 or matches[0]["qid"] != seed["qid_or_blank"]:
                raise GazetteerError(f"{seed['_where']}: {seed['canonical_label']} {seed['qid_or_blank']} "
                                     f"does not match wikidata-countries.tsv")
            self.seeds_used.add(seed["canonical_label"])

    def build_extra(self):
        for row in read_table(self.sources / "gazetteer-extra.tsv",
                              ["kind", "label", "alt_labels", "seed", "props"], True):
            where = row["_where"]
            if row["kind"] not in EXTRA_KINDS:
                raise GazetteerError(f"{where}: unknown kind {row['kind']!r}")
            if re.search(r"\bQ[0-9]+\b", " ".join((row["label"], row["alt_labels"], row["props"]))):
                raise GazetteerError(f"{where}: Q-numbers come from the Wikidata TSVs only")
            kind, cls = EXTRA_KINDS[row["kind"]]
            entity = self.entity(kind, cls, row["label"], where)
            entity.add("skos:altLabel", *split_list(row["alt_labels"]))
            if row["seed"]:
                seed = self.seeds_by_label.get(row["seed"])
                if seed is None:
                    raise GazetteerError(f"{where}: no wikidata-seeds.tsv row {row['seed']!r}")
                if row["kind"] not in SEED_TYPE_KINDS.get(seed["type"], set()):
                    raise GazetteerError(f"{where}: a {row['kind']} cannot stand for a seeds {seed['type']}")
                if row["seed"] in self.seeds_used:
                    raise GazetteerError(f"{where}: seeds row {row['seed']!r} used twice")
                self.seeds_used.add(row["seed"])
                if seed["qid_or_blank"]:
                    entity.link(seed["qid_or_blank"], seed["verified_by"], where)
            for prop in split_list(row["props"]):
                name, _, value = prop.partition("=")
                name, value = name.strip(), value.strip()
                if name in ("givenName", "familyName") and row["kind"] == "person":
                    entity.add("schema:" + name, value)
                elif name == "capitalOf" and row["kind"] == "city":
                    if value not in self.state_iri:
                        raise GazetteerError(f"{where}: unknown state {value!r}")
                    entity.add("dg:capitalOf", self.state_iri[value])
                elif name == "metonym" and row["kind"] in ("igo", "organization"):
                    entity.add("dg:metonym", value)
                elif name == "affiliation" and row["kind"] in ("person", "organization", "system"):
                    # The state (ISO alpha-2 code) or organisation (its label) a person or a
                    # government body speaks for: "Edi Rama said" commits Albania.
                    if value in self.state_iri:
                        entity.add("dg:affiliation", self.state_iri[value])
                    else:
                        self.pending_affiliations.append((entity, "organization/" + slug(value), where))
                else:
                    raise GazetteerError(f"{where}: property {name!r} does not apply to a {row['kind']}")

    def resolve_affiliations(self):
        known = set(self.entities)
        for entity, iri, where in self.pending_affiliations:
            if iri not in known:
                raise GazetteerError(f"{where}: affiliation {iri!r} is no entry of the gazetteer")
            entity.add("dg:affiliation", iri)

    def check(self):
        missing = [s["canonical_label"] for s in self.seeds
                   if s["type"] in SEED_TYPES_REQUIRED and s["canonical_label"] not in self.seeds_used]
        if missing:
            raise GazetteerError(f"wikidata-seeds.tsv rows missing from the gazetteer: {missing}")
        linked = {q for e in self.entities.values() for q in e.values["owl:sameAs"]}
        for row in self.countries + self.seeds:
            qid = row.get("qid") or row.get("qid_or_blank")
            kind = row.get("kind", "")
            if qid and kind not in SKIPPED_KINDS and "wd:" + qid not in linked:
                raise GazetteerError(f"{row['_where']}: verified {qid} was not written")
        owners = {}
        for entity in self.entities.values():
            for qid in entity.values["owl:sameAs"]:
                if qid in owners:
                    raise GazetteerError(f"{qid} linked from both {owners[qid]} and {entity.iri}")
                owners[qid] = entity.iri
                assert qid[3:] in self.verified, qid
                assert entity.values["dg:linkSource"], entity.iri
            # A label is not repeated as its own alias.
            entity.values["skos:altLabel"].discard(entity.label)
        # Surface forms that name more than one entry are legitimate (Tirana the city and Tirana the
        # government) but worth a look when the data changes.
        # A capital named as its state's metonym is expected and not reported.
        forms = {}
        for entity in self.entities.values():
            for predicate in ("rdfs:label", "skos:altLabel", "dg:demonym", "dg:metonym"):
                for form in entity.values[predicate]:
                    if predicate == "dg:metonym" and self._is_city_name(form):
                        continue
                    forms.setdefault(form, set()).add(entity.iri)
        for form in sorted(forms):
            if len(forms[form]) > 1:
                print(f"note: {form!r} names {', '.join(sorted(forms[form]))}", file=sys.stderr)

    def _is_city_name(self, form):
        return any(e.cls == "dg:City" and (form == e.label or form in e.values["skos:altLabel"])
                   for e in self.entities.values())

    # --- output ----------------------------------------------------------------------------------------

    def turtle(self):
        out = [
            "# The diplograph gazetteer: states, territories, cities, international bodies, organisations, people,",
            "# threat groups, malware, treaties and information systems, with the names news uses for them.",
            "#",
            "# GENERATED by tools/gazetteer/build_gazetteer.py from ontology/sources/*.tsv: edit those and rerun.",
            "# To add entities without rebuilding, write a Turtle file in this shape and pass it with --gazetteer.",
            "#",
            "# owl:sameAs wd:Q... appears only where a source verified the Q-number; dg:linkSource names that source.",
            "# Relative IRIs resolve against @base: <state/albania> is https://w3id.org/diplograph/id/state/albania.",
            "",
            f"@base <{BASE}> .",
        ]
        out += [f"@prefix {p}: <{ns}> ." for p, ns in PREFIXES]
        out.append("")
        for iri in sorted(self.entities):
            entity = self.entities[iri]
            lines = []
            for predicate in PREDICATES:
                values = sorted(entity.values[predicate])
                if values:
                    lines.append(f"{predicate} " + ", ".join(term(predicate, v) for v in values))
            out.append(f"<{iri}> " + " ;\n    ".join(lines) + " .")
            out.append("")
        return "\n".join(out)


def term(predicate, value):
    if predicate == "a":
        return value
    if predicate in IRI_PREDICATES:
        return value if value.startswith("wd:") else f"<{value}>"
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"' + ("@en" if predicate in LANG_PREDICATES else "")


def verify_output(text, verified):
    """Independent of how the text was made: every Q-number in it has a verifying source, and every entry
    with owl:sameAs has a dg:linkSource and vice versa."""
    for qid in re.findall(r"\bwd:(Q[0-9]+)\b", text):
        if qid not in verified:
            raise GazetteerError(f"{qid} in the output is not in the Wikidata TSVs with a source")
    if re.search(r"wikidata\.org/entity/Q", text.split("@prefix wd:")[1].split("\n", 1)[1]):
        raise GazetteerError("a Wikidata IRI is written outside the wd: prefix")
    for block in text.split("\n<")[1:]:
        if ("owl:sameAs" in block) != ("dg:linkSource" in block):
            raise GazetteerError(f"owl:sameAs without dg:linkSource (or the reverse) in <{block[:60]}")
    outside_literals = re.sub(r'"(?:[^"\\]|\\.)*"', '""', text)
    outside_comments = "\n".join(l for l in outside_literals.split("\n") if not l.startswith("#"))
    if "_:" in outside_comments or "[" in outside_comments:
        raise GazetteerError("blank node in the output")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sources", type=Path, default=SOURCES, help="folder with the TSV files")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="Turtle file to write")
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if the output is out of date")
    args = parser.parse_args(argv)
    try:
        gazetteer = Gazetteer(args.sources)
        gazetteer.read_wikidata()
        gazetteer.build_states()
        gazetteer.build_extra()
        gazetteer.resolve_affiliations()
        gazetteer.check()
        text = gazetteer.turtle()
        verify_output(text, gazetteer.verified)
    except GazetteerError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    counts = {}
    for entity in gazetteer.entities.values():
        linked = bool(entity.values["owl:sameAs"])
        total, with_q = counts.get(entity.cls, (0, 0))
        counts[entity.cls] = (total + 1, with_q + linked)
    summary = ", ".join(f"{cls} {n} ({q} linked)" for cls, (n, q) in sorted(counts.items()))
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else None
        if current != text:
            print(f"{args.output} is out of date: run {Path(__file__).name}", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date: {summary}")
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
