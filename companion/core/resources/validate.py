"""Check a help-directory document (bundled file or local pack) without jsonschema.

``assets/resources/schema.json`` documents the format for humans and editors; this module
is what the program actually enforces, so it has no runtime dependency and can explain
each problem in one line that names the entry and the field, e.g.::

    services[12] (gb-samaritans): phones[0].dial: must contain only digits and an optional leading +

Besides shapes and types it checks what a schema cannot: unique ids, ``paired_with``
targets that exist, time zones that exist, spans that make sense, and links that are
safe to hand to the operating system.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from functools import cache
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from companion.core.resources.format import DAY_NAMES, FORMAT_NAME, FORMAT_VERSION
from companion.core.resources.records import COSTS, INTERNATIONAL, Category

__all__ = ["DAY_NAMES", "FORMAT_NAME", "FORMAT_VERSION", "is_safe_url", "validate_document"]

ID_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,79}")
COUNTRY_RE = re.compile(r"[A-Z]{2}")
# Digits with an optional leading "+" (E.164) or "*" (mobile short codes such as *4141):
# nothing that a tel: URI would have to escape, no pauses, no USSD "#".
DIAL_RE = re.compile(r"[+*]?[0-9]{2,17}")
E164_RE = re.compile(r"\+[1-9][0-9]{5,14}")
SMS_NUMBER_RE = re.compile(r"\+?[0-9]{3,17}")
KEYWORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,29}")
LANGUAGE_RE = re.compile(r"[a-z]{2}")
TOPIC_RE = re.compile(r"[a-z][a-z0-9-]{0,39}")
TIME_RE = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
ZONE_RE = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*")
EMAIL_RE = re.compile(r"[^@\s:/<>\"]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_UNSAFE_URL_CHARS = re.compile(r"[\s\x00-\x1f\x7f]")
CATEGORIES = frozenset(c.value for c in Category)

TOP_FIELDS = frozenset(
    {"$schema", "format", "version", "generated", "attribution", "services", "pack"}
)
PACK_FIELDS = frozenset({"organisation", "region", "contact"})
SERVICE_FIELDS = frozenset(
    {
        "id", "country", "name", "category", "phones", "sms", "chat_url", "website", "email",
        "hours", "languages", "topics", "audience", "description", "cost", "confidentiality",
        "sources", "last_verified", "doubt", "paired_with", "region", "note",
    }
)  # fmt: skip
TEXT_FIELDS = ("audience", "description", "cost", "confidentiality", "doubt", "region", "note")
PHONE_FIELDS = frozenset({"display", "dial", "label", "e164", "cost"})
SMS_FIELDS = frozenset({"number", "display", "keyword", "label"})
HOURS_FIELDS = frozenset({"text", "timezone", "always_open", "spans", "note"})
SPAN_FIELDS = frozenset({"days", "opens", "closes"})
SOURCE_FIELDS = frozenset({"reference", "date", "title", "checked"})


@cache
def _zone_database_present() -> bool:
    # Without a tz database (Windows with no ``tzdata`` package) no zone can be checked;
    # "open now" then reports "unknown" rather than rejecting the whole directory.
    try:
        ZoneInfo("UTC")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


@cache
def zone_exists(key: str) -> bool:
    """True when ``key`` names an IANA zone known to this system."""
    if not ZONE_RE.fullmatch(key) or ".." in key:
        return False
    try:
        ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def is_safe_url(value: str) -> bool:
    """True for an absolute http(s) URL with a host and no spaces or control characters."""
    if _UNSAFE_URL_CHARS.search(value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("https", "http") and bool(parts.hostname)


def _is_date(value: str) -> bool:
    if not DATE_RE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


class _Report:
    """Collects problems; ``where`` is the entry prefix every line starts with."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.check_numbers = True

    def add(self, where: str, field: str, message: str) -> None:
        self.problems.append(f"{where}: {field}: {message}" if where else f"{field}: {message}")

    def unknown_fields(
        self, where: str, prefix: str, obj: Mapping[str, object], allowed: frozenset[str]
    ) -> None:
        for key in sorted(str(k) for k in obj if k not in allowed):
            self.add(where, f"{prefix}{key}", "unknown field")

    def text(self, where: str, field: str, value: object, *, required: bool = False) -> str | None:
        if value is None:
            if required:
                self.add(where, field, "is required")
            return None
        if not isinstance(value, str):
            self.add(where, field, "must be a string")
            return None
        if required and not value.strip():
            self.add(where, field, "must not be empty")
            return None
        return value

    def listing(self, where: str, field: str, value: object) -> list[object]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.add(where, field, "must be a list")
            return []
        return value

    def mapping(self, where: str, field: str, value: object) -> Mapping[str, object] | None:
        if not isinstance(value, dict):
            self.add(where, field, "must be an object")
            return None
        return value


def validate_document(doc: object, *, check_numbers: bool = True) -> list[str]:
    """Every problem in a directory or pack document, one line each (empty when valid).

    Args:
        doc: The parsed JSON value (any type: a non-object is itself a problem).
        check_numbers: Also check each phone number against its country's numbering
            plan (``phonenumbers``) or the cited short-code allow-list.

    Returns:
        Human-readable lines naming the entry (index and id) and the field.
    """
    report = _Report()
    report.check_numbers = check_numbers
    if not isinstance(doc, dict):
        report.add("", "document", "must be a JSON object")
        return report.problems
    report.unknown_fields("", "", doc, TOP_FIELDS)
    if doc.get("format") != FORMAT_NAME:
        report.add("", "format", f'must be "{FORMAT_NAME}"')
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        report.add("", "version", "must be an integer")
    elif version > FORMAT_VERSION:
        report.add("", "version", f"{version} is newer than the supported version {FORMAT_VERSION}")
    elif version < 1:
        report.add("", "version", "must be 1 or more")
    generated = report.text("", "generated", doc.get("generated"))
    if generated is not None and not _is_date(generated):
        report.add("", "generated", "must be a date written YYYY-MM-DD")
    report.text("", "attribution", doc.get("attribution"))
    if "pack" in doc:
        _check_pack(report, doc["pack"])
    services = doc.get("services")
    if not isinstance(services, list):
        report.add("", "services", "must be a list")
        return report.problems
    ids: dict[str, int] = {}
    pairs: list[tuple[str, int, str]] = []
    for index, entry in enumerate(services):
        sid = _check_service(report, index, entry, pairs)
        if sid is None:
            continue
        if sid in ids:
            report.add(f"services[{index}] ({sid})", "id", f"duplicates services[{ids[sid]}]")
        else:
            ids[sid] = index
    for where, _index, target in pairs:
        if target not in ids:
            report.add(where, "paired_with", f'names "{target}", which is not in this file')
    return report.problems


def _check_pack(report: _Report, value: object) -> None:
    pack = report.mapping("", "pack", value)
    if pack is None:
        return
    report.unknown_fields("", "pack.", pack, PACK_FIELDS)
    report.text("", "pack.organisation", pack.get("organisation"), required=True)
    report.text("", "pack.region", pack.get("region"))
    report.text("", "pack.contact", pack.get("contact"))


def _check_service(
    report: _Report, index: int, entry: object, pairs: list[tuple[str, int, str]]
) -> str | None:
    where = f"services[{index}]"
    if not isinstance(entry, dict):
        report.add(where, "entry", "must be an object")
        return None
    raw_id = entry.get("id")
    sid: str | None = None
    if isinstance(raw_id, str) and ID_RE.fullmatch(raw_id):
        sid = raw_id
        where = f"{where} ({sid})"
    elif raw_id is None:
        report.add(where, "id", "is required")
    else:
        report.add(where, "id", "must be lowercase letters, digits and hyphens (at most 80)")
    report.unknown_fields(where, "", entry, SERVICE_FIELDS)
    country = entry.get("country")
    if not (
        isinstance(country, str) and (country == INTERNATIONAL or COUNTRY_RE.fullmatch(country))
    ):
        report.add(
            where,
            "country",
            f'must be an ISO 3166-1 alpha-2 code such as "GB", or "{INTERNATIONAL}"',
        )
    report.text(where, "name", entry.get("name"), required=True)
    category = entry.get("category")
    if not isinstance(category, str) or category not in CATEGORIES:
        report.add(where, "category", "must be one of " + ", ".join(sorted(CATEGORIES)))
    _check_phones(report, where, entry.get("phones"), country)
    _check_sms(report, where, entry.get("sms"))
    for key in ("chat_url", "website"):
        url = report.text(where, key, entry.get(key))
        if url is not None and not is_safe_url(url):
            report.add(where, key, "must be an http(s) address with a host")
    email = report.text(where, "email", entry.get("email"))
    if email is not None and not EMAIL_RE.fullmatch(email):
        report.add(where, "email", "must be a plain e-mail address")
    if "hours" in entry and entry["hours"] is not None:
        _check_hours(report, where, entry["hours"])
    for key, pattern, what in (
        ("languages", LANGUAGE_RE, 'an ISO 639-1 code such as "en"'),
        ("topics", TOPIC_RE, "a lowercase word or hyphenated words"),
    ):
        for i, item in enumerate(report.listing(where, key, entry.get(key))):
            if not isinstance(item, str) or not pattern.fullmatch(item):
                report.add(where, f"{key}[{i}]", f"must be {what}")
    for key in TEXT_FIELDS:
        report.text(where, key, entry.get(key))
    _check_sources(report, where, entry.get("sources"))
    verified = report.text(where, "last_verified", entry.get("last_verified"))
    if verified is not None and not _is_date(verified):
        report.add(where, "last_verified", "must be a date written YYYY-MM-DD")
    for i, target in enumerate(report.listing(where, "paired_with", entry.get("paired_with"))):
        if not isinstance(target, str):
            report.add(where, f"paired_with[{i}]", "must be a service id")
        elif target == sid:
            report.add(where, f"paired_with[{i}]", "a service cannot be paired with itself")
        else:
            pairs.append((where, index, target))
    return sid


def _check_phones(report: _Report, where: str, value: object, country: object) -> None:
    for i, item in enumerate(report.listing(where, "phones", value)):
        field = f"phones[{i}]"
        phone = report.mapping(where, field, item)
        if phone is None:
            continue
        report.unknown_fields(where, f"{field}.", phone, PHONE_FIELDS)
        report.text(where, f"{field}.display", phone.get("display"), required=True)
        dial = report.text(where, f"{field}.dial", phone.get("dial"), required=True)
        if dial is not None and not DIAL_RE.fullmatch(dial):
            report.add(where, f"{field}.dial", "must contain only digits and an optional leading +")
        elif (
            dial is not None
            and report.check_numbers
            and isinstance(country, str)
            and COUNTRY_RE.fullmatch(country)
        ):
            from companion.core.resources.numbers import known_number

            if not known_number(country, dial):
                report.add(
                    where,
                    f"{field}.dial",
                    f"{dial} is not a valid number or short code for {country} "
                    "(phonenumbers), and not in the cited short-code allow-list",
                )
        cost = report.text(where, f"{field}.cost", phone.get("cost"))
        if cost is not None and cost not in COSTS:
            report.add(where, f"{field}.cost", "must be one of " + ", ".join(COSTS))
        e164 = report.text(where, f"{field}.e164", phone.get("e164"))
        if e164 is not None and not E164_RE.fullmatch(e164):
            report.add(where, f"{field}.e164", 'must be "+" and 6 to 15 digits')
        report.text(where, f"{field}.label", phone.get("label"))


def _check_sms(report: _Report, where: str, value: object) -> None:
    for i, item in enumerate(report.listing(where, "sms", value)):
        field = f"sms[{i}]"
        sms = report.mapping(where, field, item)
        if sms is None:
            continue
        report.unknown_fields(where, f"{field}.", sms, SMS_FIELDS)
        report.text(where, f"{field}.display", sms.get("display"), required=True)
        number = report.text(where, f"{field}.number", sms.get("number"), required=True)
        if number is not None and not SMS_NUMBER_RE.fullmatch(number):
            report.add(
                where, f"{field}.number", "must contain only digits and an optional leading +"
            )
        keyword = report.text(where, f"{field}.keyword", sms.get("keyword"))
        if keyword is not None and not KEYWORD_RE.fullmatch(keyword):
            report.add(
                where, f"{field}.keyword", "must be one word of letters and digits (at most 30)"
            )
        report.text(where, f"{field}.label", sms.get("label"))


def _check_hours(report: _Report, where: str, value: object) -> None:
    hours = report.mapping(where, "hours", value)
    if hours is None:
        return
    report.unknown_fields(where, "hours.", hours, HOURS_FIELDS)
    report.text(where, "hours.text", hours.get("text"))
    report.text(where, "hours.note", hours.get("note"))
    zone = report.text(where, "hours.timezone", hours.get("timezone"))
    if zone is not None and _zone_database_present() and not zone_exists(zone):
        report.add(where, "hours.timezone", f'"{zone}" is not a known IANA time zone')
    always = hours.get("always_open", False)
    if not isinstance(always, bool):
        report.add(where, "hours.always_open", "must be true or false")
    spans = report.listing(where, "hours.spans", hours.get("spans"))
    if spans and always is True:
        report.add(where, "hours.spans", "must be empty when always_open is true")
    if spans and zone is None:
        report.add(where, "hours.timezone", "is required when spans are given")
    for i, item in enumerate(spans):
        field = f"hours.spans[{i}]"
        span = report.mapping(where, field, item)
        if span is None:
            continue
        report.unknown_fields(where, f"{field}.", span, SPAN_FIELDS)
        days = span.get("days")
        if not isinstance(days, list) or not days:
            report.add(where, f"{field}.days", "must be a non-empty list of day names")
        elif not all(isinstance(d, str) and d in DAY_NAMES for d in days):
            report.add(where, f"{field}.days", "must use " + ", ".join(DAY_NAMES))
        elif len(set(days)) != len(days):
            report.add(where, f"{field}.days", "must not repeat a day")
        for key in ("opens", "closes"):
            clock = span.get(key)
            if not isinstance(clock, str) or not TIME_RE.fullmatch(clock):
                report.add(
                    where, f"{field}.{key}", 'must be a time written "HH:MM" (00:00 to 23:59)'
                )


def _check_sources(report: _Report, where: str, value: object) -> None:
    for i, item in enumerate(report.listing(where, "sources", value)):
        field = f"sources[{i}]"
        source = report.mapping(where, field, item)
        if source is None:
            continue
        report.unknown_fields(where, f"{field}.", source, SOURCE_FIELDS)
        report.text(where, f"{field}.reference", source.get("reference"), required=True)
        report.text(where, f"{field}.date", source.get("date"))
        report.text(where, f"{field}.title", source.get("title"))
        checked = report.text(where, f"{field}.checked", source.get("checked"))
        if checked is not None and not _is_date(checked):
            report.add(where, f"{field}.checked", "must be a date written YYYY-MM-DD")
