"""Cross-check emergency numbers against two independent machine-readable sources.

1. Android's emergency-number database, as extracted into
   ``reference/android-emergency-numbers.json`` (see ``extract_android_ecc.py``).
2. libphonenumber's short-number metadata, through the ``phonenumbers`` package
   (``phonenumbers.shortnumberinfo``).

Neither derives from Companion's reference lists, so a number both know is very likely
right; one that either does not know is a *finding*. Every finding must carry a decision
in ``emergency.json`` (kept, added or left out, why, and the country's official source that
settled it); :func:`unexplained` lists the findings that do not, and the test suite fails
on any. This module is tooling: the build script and the tests import it, the program
never does.
"""

from __future__ import annotations

import json
import re
import re._parser as sre_parse  # the standard library's regex parser, to list a pattern's words
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ANDROID_FILE = HERE / "reference" / "android-emergency-numbers.json"
# Kinds of help that make a number an emergency number (Android also lists
# "unspecified" service numbers such as child helplines, which are not).
EMERGENCY_KINDS = frozenset({"police", "ambulance", "fire", "coastguard", "mountain rescue"})
# Territories without their own entry in a source use the numbering plan of another.
SIBLINGS = {
    "AX": "FI", "GF": "FR", "GP": "FR", "PF": "FR", "PM": "FR", "RE": "FR", "YT": "FR",
    "NC": "FR", "MF": "GP", "BL": "GP", "MQ": "FR", "WF": "FR", "VA": "IT", "SM": "IT",
    "IO": "GB", "GS": "GB", "GG": "GB", "JE": "GB", "IM": "GB", "CC": "AU", "CX": "AU",
    "BQ": "CW", "SX": "CW", "EH": "MA",
}  # fmt: skip


@dataclass(frozen=True)
class Finding:
    """A number on which the directory and a source disagree.

    ``kind`` is one of: ``not-in-android`` (we list it, Android does not),
    ``not-in-libphonenumber`` (we list it, libphonenumber does not call it an emergency
    number), ``missing-android`` (Android lists an emergency number we do not) and
    ``missing-libphonenumber`` (the same for libphonenumber).
    """

    country: str
    number: str
    kind: str
    detail: str = ""

    @property
    def key(self) -> str:
        return f"{self.country} {self.number}"


@cache
def android() -> dict[str, Any]:
    """The extracted Android database (``countries`` and ``source``)."""
    return json.loads(ANDROID_FILE.read_text(encoding="utf-8"))


def android_entry(country: str) -> tuple[str, Mapping[str, list[str]]] | None:
    """(the country whose Android entry applies, its numbers), or None if it has none."""
    countries = android()["countries"]
    for code in (country, SIBLINGS.get(country)):
        if code and code in countries:
            return code, countries[code]
    return None


def android_fallback(country: str) -> str | None:
    """The number every Android phone treats as an emergency call there (112 or 911)."""
    countries = android()["countries"]
    entry = android_entry(country)
    return None if entry is None else countries[entry[0]]["fallback"]


def android_numbers(country: str) -> dict[str, list[str]]:
    """Android's numbers for ``country`` (its sibling's if it has none) with their kinds."""
    entry = android_entry(country)
    return {} if entry is None else dict(entry[1]["numbers"])


def _words(node: Any) -> Iterator[str]:
    """Every string a parsed (finite, digits-only) regular expression matches."""
    results = [""]
    for op, arg in node:
        name = str(op)
        if name == "LITERAL":
            options = [chr(arg)]
        elif name == "IN":
            options = []
            for kind, value in arg:
                if str(kind) == "LITERAL":
                    options.append(chr(value))
                elif str(kind) == "RANGE":
                    options.extend(chr(c) for c in range(value[0], value[1] + 1))
                elif str(kind) == "CATEGORY" and str(value) == "CATEGORY_DIGIT":
                    options.extend("0123456789")
                else:
                    raise ValueError(f"unsupported class item {kind}")
        elif name == "BRANCH":
            options = [w for branch in arg[1] for w in _words(branch)]
        elif name == "SUBPATTERN":
            options = list(_words(arg[-1]))
        elif name == "CATEGORY" and str(arg) == "CATEGORY_DIGIT":
            options = list("0123456789")
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, high, sub = arg
            inner = list(_words(sub))
            options = []
            for count in range(low, high + 1):
                combos = [""]
                for _ in range(count):
                    combos = [c + w for c in combos for w in inner]
                options.extend(combos)
        else:
            raise ValueError(f"unsupported pattern element {name}")
        results = [r + o for r in results for o in options]
    yield from results


@cache
def libphonenumber_numbers(country: str) -> frozenset[str]:
    """Every number libphonenumber calls an emergency number in ``country`` (or sibling)."""
    from phonenumbers.phonemetadata import PhoneMetadata

    for code in (country, SIBLINGS.get(country)):
        if not code:
            continue
        metadata = PhoneMetadata.short_metadata_for_region(code)
        if metadata is not None and metadata.emergency is not None:
            pattern = metadata.emergency.national_number_pattern
            if pattern:
                return frozenset(_words(sre_parse.parse(pattern)))
    return frozenset()


def libphonenumber_knows(country: str) -> bool:
    """Whether libphonenumber has short-number data for ``country`` (or its sibling)."""
    return bool(libphonenumber_numbers(country))


def findings(services: Iterable[Mapping[str, Any]]) -> list[Finding]:
    """Every disagreement between the directory's emergency numbers and the two sources.

    Args:
        services: The directory's services (JSON form); only ``emergency-number`` services
            of a country (not packs, not INTL) are compared.
    """
    found: list[Finding] = []
    for service in services:
        if service.get("category") != "emergency-number" or service["country"] == "INTL":
            continue
        country = service["country"]
        listed = {p["dial"] for p in service.get("phones", [])}
        ours = android_numbers(country)
        fallback = android_fallback(country)
        lpn = libphonenumber_numbers(country)
        for number in sorted(listed):
            if android_entry(country) is None:
                found.append(Finding(country, number, "not-in-android", "no entry for country"))
            elif number not in ours and number != fallback:
                found.append(Finding(country, number, "not-in-android"))
            if number not in lpn:
                detail = "" if lpn else "no short-number data for country"
                found.append(Finding(country, number, "not-in-libphonenumber", detail))
        for number, kinds in sorted(ours.items()):
            if number not in listed and EMERGENCY_KINDS & set(kinds):
                found.append(Finding(country, number, "missing-android", "/".join(kinds)))
        for number in sorted(lpn - listed):
            found.append(Finding(country, number, "missing-libphonenumber"))
    return found


def digits_only(text: str) -> str:
    """The digits of ``text``."""
    return re.sub(r"[^0-9]", "", text)
