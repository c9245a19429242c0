"""Build ``assets/resources/directory.json`` from the source-annotated reference lists.

Run once by a maintainer (the output is committed; the program never runs this)::

    /work/venv/bin/python assets/resources/tools/build_directory.py \
        [--reference assets/resources/tools/reference] [--out assets/resources/directory.json]

Inputs: ``helplines-sources.json`` and ``resources-sources.json`` from the reference folder
(a copy of the project's research lists is kept in ``tools/reference/`` so the build and the
completeness tests are reproducible from the repository),
plus ``curation.json`` beside this script (hand-made decisions: structured hours, merged
records, pairs, neutral names, doubts, resource descriptions). Every decision that is not a
mechanical transformation lives in that file, so a reviewer can read it in one place.

``phonenumbers`` is used here only (never at runtime) to derive E.164 forms where safe.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

import emergency_build  # noqa: E402
from costs import phone_cost  # noqa: E402
from sources_text import source_entries  # noqa: E402

from companion.core.resources.validate import validate_document  # noqa: E402

UNNAMED = "Crisis line listed on Wikipedia (service name not captured in source dataset)"
WIKI_EMERGENCY = "Emergency services (ambulance or unified number)"
NEUTRAL_NAME = "National crisis line"
DOUBT_RE = re.compile(r"CONFLICT|verif|LOW-CONFIDENCE|unverified|may no longer|superseded", re.I)
SOURCE_CELL_RE = re.compile(r"Source cell: '([^']*)'")
FULL_DATE_RE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
CATEGORY_MAP = {
    "online-counselling": "online-counselling",
    "organisation": "local-organisation",
    "clinic-finder": "local-organisation",
    "peer-support": "peer-support",
    "education": "education",
    "employee-assistance": "employee-assistance",
}
TOPIC_PHRASES = {
    "suicide": "suicidal thoughts",
    "crisis": "crisis support",
    "emotional-support": "someone to talk to",
    "youth": "children and young people",
    "lgbtq": "LGBTQ+ people",
    "domestic-violence": "domestic violence",
    "sexual-assault": "sexual violence",
    "substance-use": "alcohol and drugs",
    "eating-disorders": "eating disorders",
    "veterans": "veterans and their families",
    "general-mental-health": "mental health information and support",
}
DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def slug(text: str) -> str:
    """ASCII, lowercase, hyphenated form of ``text`` for ids."""
    text = re.sub(r"\([^)]*\)", " ", text)  # "CALM (Campaign …) helpline" → "calm-helpline"
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", " ", plain.lower()).split()
    out = ""
    for word in words:  # cut at a word boundary, not mid-word
        if out and len(out) + 1 + len(word) > 36:
            break
        out = f"{out}-{word}" if out else word[:36]
    return out or "line"


def digits(text: str) -> str:
    """Dial form: digits only, keeping a leading + or *."""
    body = re.sub(r"[^0-9]", "", text)
    lead = text.strip()[:1]
    if lead == "+" or text.strip().startswith("(+"):
        return "+" + body
    if lead == "*":
        return "*" + body
    return body


def e164_ok(value: str | None) -> str | None:
    return value if value and re.fullmatch(r"\+[1-9][0-9]{5,14}", value) else None


def _zone_tab() -> str:
    """The tz database's zone.tab: from the system (TZPATH) or the ``tzdata`` package."""
    import zoneinfo

    for folder in zoneinfo.TZPATH:
        candidate = Path(folder) / "zone.tab"
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    from importlib.resources import files

    return files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")


def zone_table(curation: dict[str, Any]) -> dict[str, str]:
    """Country → IANA zone: the tz database's first zone, or the capital's zone."""
    zones: dict[str, str] = {}
    for line in _zone_tab().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, _coords, zone = line.split("\t")[:3]
        zones.setdefault(code, zone)
    zones.update(curation["capital_zones"])
    return zones


def split_sources(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The record's sources, titled, with only their own dates (see sources_text)."""
    return source_entries(record)


def sources_verified(sources: list[dict[str, Any]]) -> str | None:
    """Latest full date a source was published or checked (never a dataset build date)."""
    return last_verified(*(s.get("date") for s in sources), *(s.get("checked") for s in sources))


def last_verified(*date_texts: str | None) -> str | None:
    """Latest full YYYY-MM-DD date among the cited sources' dates (month-only is not a date)."""
    found: list[str] = []
    for text in date_texts:
        for candidate in FULL_DATE_RE.findall(text or ""):
            try:
                date.fromisoformat(candidate)
            except ValueError:
                continue
            found.append(candidate)
    return max(found) if found else None


def structured_hours(
    text: str | None, spec: Any, zone: str, curation: dict[str, Any]
) -> dict[str, Any]:
    hours: dict[str, Any] = {"text": text, "timezone": zone}
    if spec == "always":
        hours["always_open"] = True
    elif isinstance(spec, list):
        spans = []
        for days, opens, closes in spec:
            if days == "daily":
                names = DAY_NAMES
            elif "-" in days:
                first, last = days.split("-")
                names = DAY_NAMES[DAY_NAMES.index(first) : DAY_NAMES.index(last) + 1]
            else:
                names = days.split(",")
            spans.append({"days": names, "opens": opens, "closes": closes})
        hours["spans"] = spans
    return hours


def parse_sms(
    raw: str, country: str, curation: dict[str, Any]
) -> tuple[list[dict[str, Any]], str | None]:
    """SMS cell → (sms entries, note). WhatsApp numbers are not SMS: they go to the note."""
    special = curation["sms"].get(f"{country} {raw}")
    if special is not None:
        return special.get("sms", []), special.get("note")
    if "whatsapp" in raw.lower():
        return [], f"WhatsApp: {raw.replace('WhatsApp', '').strip()}"
    match = re.fullmatch(r"Text (\w+) to ([0-9 -]+)", raw.strip())
    if match:
        number = digits(match.group(2))
        return [
            {"number": number, "display": match.group(2).strip(), "keyword": match.group(1)}
        ], None
    head = re.sub(r"\s*\((SMS|text)[^)]*\)\s*$", "", raw.strip())
    if re.fullmatch(r"\+?[0-9 ()-]+", head):
        return [{"number": digits(head), "display": head}], None
    return [], f"Text: {raw}"


def phone_entry(
    raw: str, e164: str | None, country: str, curation: dict[str, Any]
) -> dict[str, Any]:
    special = curation["phones"].get(f"{country} {raw}")
    entry = dict(special) if special is not None else {"display": raw, "dial": digits(raw)}
    if e164_ok(e164) and "e164" not in entry:
        entry["e164"] = e164
    return {k: v for k, v in entry.items() if v is not None}


def describe(topics: list[str]) -> str | None:
    phrases = [TOPIC_PHRASES[t] for t in topics if t in TOPIC_PHRASES]
    if not phrases:
        return None
    text = phrases[0] if len(phrases) == 1 else f"{', '.join(phrases[:-1])} and {phrases[-1]}"
    return f"Helps with: {text}."


def record_key(record: dict[str, Any]) -> str:
    """How curation.json names a reference record: "CC phone" (or "CC name" without one)."""
    return f"{record['country_code']} {record['phone'] or record['name']}"


def is_low_confidence_name(record: dict[str, Any]) -> bool:
    return "(unverified)" in record["name"] or "LOW-CONFIDENCE" in (record.get("notes") or "")


class Builder:
    """Turns reference records into directory services, applying curation.json."""

    def __init__(self, curation: dict[str, Any]) -> None:
        self.curation = curation
        self.zones = zone_table(curation)
        self.services: list[dict[str, Any]] = []
        self.ids: set[str] = set()
        self.emergency_table = emergency_build.load()

    def new_id(self, base: str) -> str:
        candidate, n = base, 2
        while candidate in self.ids:
            candidate, n = f"{base}-{n}", n + 1
        self.ids.add(candidate)
        return candidate

    def hours_for(self, country: str, text: str | None, key: str) -> dict[str, Any] | None:
        cur = self.curation
        spec = cur["record_hours"].get(key, cur["hours"].get(text or "", None))
        zone = self.zones.get(country)
        if zone is None:
            return {"text": text} if text else None
        hours = structured_hours(text, spec, zone, cur)
        if country in cur["multi_zone"] and hours.get("spans"):
            hours["note"] = cur["multi_zone_note"].format(zone=zone)
        if not text and not hours.get("always_open"):
            return {"timezone": zone}
        return hours

    # -- emergency numbers ---------------------------------------------------------------

    def emergency(self, country: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
        table = self.emergency_table
        entry = table["countries"].get(country)
        if entry is None:
            raise SystemExit(f"emergency.json has no entry for {country}")
        display = {}
        for row in rows:
            phone = phone_entry(row["phone"], row["phone_e164"], country, self.curation)
            display[phone["dial"]] = phone["display"]
        service = emergency_build.emergency_service(
            country, entry, rows, self.zones.get(country), table["checked"], display
        )
        self.ids.add(service["id"])
        return service

    # -- crisis lines --------------------------------------------------------------------

    def crisis(self, record: dict[str, Any]) -> dict[str, Any]:
        cur = self.curation
        country = record["country_code"]
        key = record_key(record)
        fix = cur["records"].get(key, {})
        notes = record.get("notes") or ""
        name = record["name"]
        description_extra: list[str] = []
        if name == UNNAMED:
            name = NEUTRAL_NAME
        elif is_low_confidence_name(record):
            attributed = re.search(r'attributed to "([^"]+)" by progress\.guide', name)
            if attributed:
                description_extra.append(f"Reported as run by “{attributed.group(1)}”, unverified.")
            else:
                reported = re.sub(r"\s*\((per progress\.guide; )?unverified\)", "", name)
                description_extra.append(f"Reported as “{reported.strip(chr(34))}”, unverified.")
            name = NEUTRAL_NAME
        name = fix.get("name", name)
        phones = []
        if record["phone"]:
            phones.append(phone_entry(record["phone"], record["phone_e164"], country, cur))
        sms: list[dict[str, Any]] = []
        note = None
        if record["sms"]:
            sms, note = parse_sms(record["sms"], country, cur)
        doubt = fix["doubt"] if "doubt" in fix else (notes if DOUBT_RE.search(notes) else None)
        description = " ".join(x for x in [describe(record["topics"]), *description_extra] if x)
        service: dict[str, Any] = {
            "id": self.new_id(fix.get("id") or f"{country.lower()}-{slug(name)}"),
            "country": country,
            "name": name,
            "category": "crisis-line",
            "phones": phones,
            "sms": sms,
            "chat_url": record["chat_url"],
            "website": record["website"],
            "hours": self.hours_for(country, record["hours"], key),
            "languages": record["languages"],
            "topics": record["topics"],
            "audience": fix.get("audience"),
            "description": fix.get("description", description or None),
            "cost": fix.get("cost"),
            "sources": split_sources(record) + fix.get("extra_sources", []),
            "doubt": doubt,
            "note": fix.get("note", note),
            "region": fix.get("region"),
        }
        for field in ("topics", "website", "chat_url", "languages"):
            if field in fix:
                service[field] = fix[field]
        if "hours" in fix:  # published hours replaced (or, when null, not known)
            text = fix["hours"]
            service["hours"] = self.hours_for(country, text, key if text is None else "")
        if "phones" in fix:
            service["phones"] = [dict(p) for p in fix["phones"]]
        if "sms" in fix:
            service["sms"] = [dict(x) for x in fix["sms"]]
        for extra in fix.get("extra_sms", []):
            service["sms"].append(extra)
        service["last_verified"] = sources_verified(service["sources"])
        return service

    def added(self, spec: dict[str, Any]) -> dict[str, Any]:
        """A service the reference list lacks, added with its own sources (curation.json)."""
        service = {k: v for k, v in spec.items() if k not in ("hours_text",)}
        service["id"] = self.new_id(spec["id"])
        service.setdefault("category", "crisis-line")
        service.setdefault("phones", [])
        service.setdefault("sms", [])
        service.setdefault("languages", [])
        service["hours"] = self.hours_for(spec["country"], spec.get("hours_text"), "")
        service["last_verified"] = sources_verified(service["sources"])
        return service

    def merge(self, into: dict[str, Any], other: dict[str, Any], label: str | None) -> None:
        """Fold a second number of the same service into ``into`` (phones, sms, sources)."""
        for phone in other["phones"]:
            into["phones"].append({**phone, **({"label": label} if label else {})})
        into["sms"] += [s for s in other["sms"] if s not in into["sms"]]
        into["sources"] += [s for s in other["sources"] if s not in into["sources"]]
        if other.get("doubt") and other["doubt"] != into.get("doubt"):
            into["doubt"] = " ".join(x for x in (into.get("doubt"), other["doubt"]) if x)
        into["languages"] = sorted(set(into["languages"]) | set(other["languages"]))
        dates = [into.get("last_verified"), other.get("last_verified")]
        into["last_verified"] = sources_verified(into["sources"])
        del dates
        self.ids.discard(other["id"])

    # -- other resources -------------------------------------------------------------------

    def resource(self, record: dict[str, Any]) -> dict[str, Any]:
        country = record["country_code"]
        fix = self.curation["resources"].get(record["name"], {})
        category = CATEGORY_MAP[record["category"]]
        phones = []
        if record["phone"]:
            match = re.fullmatch(r"([+0-9 ()-]+?)\s*(?:\((.+)\))?", record["phone"])
            assert match, record["phone"]
            display, label = match.group(1).strip(), match.group(2)
            entry: dict[str, Any] = {"display": display, "dial": digits(display)}
            if label:
                entry["label"] = label
            e164 = nanp_or_plus(display, country)
            if e164:
                entry["e164"] = e164
            phones.append(entry)
        base = fix.get("id") or f"{country.lower()}-{slug(record['name'])}"
        if base in self.ids:
            base = f"{base}-{category}"
        service = {
            "id": self.new_id(base),
            "country": country,
            "name": record["name"],
            "category": category,
            "phones": phones,
            "website": record["website"],
            "hours": dict(fix["hours"]) if fix.get("hours") else None,
            "languages": fix.get("languages"),
            "audience": fix.get("audience"),
            "description": fix.get("description"),
            "cost": fix.get("cost"),
            "sources": split_sources(record),
            "doubt": fix.get("doubt"),
        }
        service["last_verified"] = sources_verified(service["sources"])
        if service["hours"] and country in self.zones:
            service["hours"]["timezone"] = self.zones[country]
        if not fix:  # every resource needs a description in our own words
            raise SystemExit(f"curation.json has no description for resource {record['name']!r}")
        return service


def nanp_or_plus(display: str, country: str) -> str | None:
    """E.164 only where it is mechanical: numbers written with +, and NANP 10-digit numbers."""
    import phonenumbers

    if display.strip().startswith("+"):
        return "+" + re.sub(r"[^0-9]", "", display)
    if country in ("US", "CA"):
        try:
            number = phonenumbers.parse(display, country)
        except phonenumbers.NumberParseException:
            return None
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


NUMBERING_SIBLINGS = {  # territories that use another country's numbering plan
    "AX": "FI", "GF": "FR", "GP": "FR", "PF": "FR", "PM": "FR", "RE": "FR", "YT": "FR",
    "NC": "FR", "VA": "IT", "SM": "IT", "IO": "GB", "GS": "GB",
}  # fmt: skip
FORMAT_DOUBT = (
    "The format of {number} could not be confirmed against the national numbering plan; "
    "it may be written incompletely."
)


def flag_unconfirmed_format(service: dict[str, Any]) -> None:
    """Add a doubt for full-length numbers the numbering-plan library does not know."""
    import phonenumbers

    country = service["country"]
    if country == "INTL":
        return
    for phone in service.get("phones", []):
        dial = phone["dial"]
        if phone.get("e164") or len(dial) <= 6 or dial.startswith(("+", "*")):
            continue
        regions = [country, NUMBERING_SIBLINGS.get(country, country)]
        valid = False
        for region in regions:
            try:
                number = phonenumbers.parse(dial, region)
            except phonenumbers.NumberParseException:
                continue
            valid = valid or phonenumbers.is_valid_number_for_region(number, region)
        if not valid:
            extra = FORMAT_DOUBT.format(number=phone["display"])
            service["doubt"] = f"{service['doubt']} {extra}" if service.get("doubt") else extra


def clean(service: dict[str, Any]) -> dict[str, Any]:
    """Drop empty fields so the file stays readable."""
    return {k: v for k, v in service.items() if v not in (None, [], {}, "")}


def build(reference: Path, curation: dict[str, Any]) -> dict[str, Any]:
    helplines = json.loads((reference / "helplines-sources.json").read_text(encoding="utf-8"))
    resources = json.loads((reference / "resources-sources.json").read_text(encoding="utf-8"))
    keys = {record_key(r) for r in helplines}
    stale = sorted(
        k
        for k in [
            *curation["records"],
            *curation["record_hours"],
            *curation["phones"],
            *curation["drop_records"],
        ]
        + [m[f] for m in curation["merges"] for f in ("into", "other")]
        + [k for pair in curation["pairs"] for k in pair]
        if " +" not in k  # a service added by curation.json, named "CC +id"
        and k not in keys
        and not any(k == f"{r['country_code']} {r['phone']}" for r in helplines)
    )
    if stale:  # a typo in curation.json must not silently drop a decision
        raise SystemExit("curation.json names records that do not exist: " + ", ".join(stale))
    builder = Builder(curation)
    emergency_rows: dict[str, list[dict[str, Any]]] = {}
    for row in helplines:
        if "emergency" in row["topics"]:
            emergency_rows.setdefault(row["country_code"], []).append(row)
    by_key: dict[str, dict[str, Any]] = {}
    crisis: list[dict[str, Any]] = []
    for row in helplines:
        if "emergency" in row["topics"] or record_key(row) in curation["drop_records"]:
            continue
        service = builder.crisis(row)
        by_key[record_key(row)] = service
        crisis.append(service)
    for merge in curation["merges"]:
        into, other = by_key[merge["into"]], by_key[merge["other"]]
        builder.merge(into, other, merge.get("label"))
        crisis.remove(other)
        by_key[merge["other"]] = into
    for added in curation["add_services"]:
        service = builder.added(added)
        by_key[f"{service['country']} +{service['id']}"] = service
        crisis.append(service)
    for key_a, key_b in curation["pairs"]:
        a, b = by_key[key_a], by_key[key_b]
        a.setdefault("paired_with", []).append(b["id"])
        b.setdefault("paired_with", []).append(a["id"])
    services: list[dict[str, Any]] = []
    for country in sorted({r["country_code"] for r in helplines}):
        if country in emergency_rows:
            services.append(builder.emergency(country, emergency_rows[country]))
        services += [s for s in crisis if s["country"] == country]
    services += [builder.resource(r) for r in resources]
    for service in services:
        flag_unconfirmed_format(service)
        if service["category"] != "emergency-number":
            for phone in service.get("phones", []):
                cost = curation["phone_costs"].get(f"{service['country']} {phone['dial']}")
                cost = cost or phone_cost(service["country"], phone["dial"], phone.get("e164"))
                if cost:
                    phone["cost"] = cost
    return {
        "format": "companion-resources",
        "version": 1,
        "generated": curation["generated"],
        "attribution": curation["attribution"],
        "services": [clean(s) for s in services],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=HERE / "reference")
    parser.add_argument("--curation", type=Path, default=HERE / "curation.json")
    parser.add_argument(
        "--out", type=Path, default=REPO / "assets" / "resources" / "directory.json"
    )
    args = parser.parse_args(argv)
    curation = json.loads(args.curation.read_text(encoding="utf-8"))
    doc = build(args.reference, curation)
    problems = validate_document(doc)
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        return 1
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}: {len(doc['services'])} services")
    from companion.core.resources.index import main as write_index

    write_index([str(args.out)])  # directory.index.json: where each country's entries are
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
