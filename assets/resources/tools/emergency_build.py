"""Emergency-number services from ``emergency.json`` (the curated table and its decisions).

Each country gets one ``emergency-number`` service: the numbers shown (with what each one
reaches), the sources that confirm them — the Wikipedia list the directory started from,
the country's own pages that settled disagreements, and the two independent cross-checks
with the date they were run — and a doubt wherever a number rests on one source only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import crosscheck
from sources_text import source_entries

HERE = Path(__file__).resolve().parent
EMERGENCY_FILE = HERE / "emergency.json"
SERVES_LABELS = {
    "ambulance": "Ambulance",
    "police": "Police",
    "fire": "Fire",
    "ambulance-fire": "Ambulance and fire",
    "police-ambulance": "Police and ambulance",
    "police-fire": "Police and fire",
    "gendarmerie": "Gendarmerie (police outside towns)",
    "mountain-rescue": "Mountain rescue",
    "coastguard": "Coastguard",
    "mobile": "From a mobile phone",
    "text": "By text message, for people who cannot speak or hear",
}
SERVES = frozenset({"all", *SERVES_LABELS})
ANDROID_TITLE = "Android's emergency-number database (AOSP Telephony)"
LIBPHONENUMBER_TITLE = "libphonenumber short-number metadata (Google)"
LIBPHONENUMBER_REF = (
    "https://github.com/google/libphonenumber "
    "(resources/ShortNumberMetadata.xml, through phonenumbers {version})"
)


def load() -> dict[str, Any]:
    """The curated table (``countries`` → numbers, sources, decisions, doubt)."""
    return json.loads(EMERGENCY_FILE.read_text(encoding="utf-8"))


def _android_source(checked: str) -> dict[str, Any]:
    info = crosscheck.android()["source"]
    ref = (
        "https://android.googlesource.com/platform/packages/services/Telephony/+/"
        f"{info['file_commit']}/{info['path']}"
    )
    return {"reference": ref, "title": ANDROID_TITLE, "date": info["file_date"], "checked": checked}


def _libphonenumber_source(checked: str) -> dict[str, Any]:
    import phonenumbers

    return {
        "reference": LIBPHONENUMBER_REF.format(version=phonenumbers.__version__),
        "title": LIBPHONENUMBER_TITLE,
        "checked": checked,
    }


def _single_source_doubt(decisions: list[dict[str, Any]]) -> str | None:
    """Plain words for numbers that only one cross-check lists and no official page confirmed."""
    only: list[str] = []
    for decision in decisions:
        why = decision["why"]
        if decision["decision"] != "shown" or decision.get("official"):
            continue
        if why.startswith("Android's list has it"):
            only.append(f"{decision['number']} (only in Android's list)")
        elif why.startswith("libphonenumber lists it"):
            only.append(f"{decision['number']} (only in libphonenumber)")
    if not only:
        return None
    numbers = ", ".join(only)
    return (
        f"We could not confirm {numbers} on an official page; only one of our two "
        "independent checks lists it."
        if len(only) == 1
        else f"We could not confirm {numbers} on an official page; only one of our two "
        "independent checks lists each of them."
    )


def emergency_service(
    country: str,
    entry: dict[str, Any],
    rows: list[dict[str, Any]],
    zone: str | None,
    checked: str,
    phone_display: dict[str, str],
) -> dict[str, Any]:
    """The directory service for one country.

    Args:
        country: ISO code.
        entry: The country's record in ``emergency.json``.
        rows: The reference list's emergency rows for the country (for their sources).
        zone: The country's time zone.
        checked: The date the cross-checks were run.
        phone_display: How the reference list wrote each number (dial → display).
    """
    phones: list[dict[str, Any]] = []
    for number in entry["numbers"]:
        dial = number["dial"]
        serves = number.get("serves")
        if serves is not None and serves not in SERVES:
            raise SystemExit(f"emergency.json: {country} {dial}: unknown serves {serves!r}")
        label = number.get("label") or (SERVES_LABELS.get(serves) if serves else None)
        phone: dict[str, Any] = {
            "display": number.get("display") or phone_display.get(dial, dial),
            "dial": dial,
        }
        if label:
            phone["label"] = label
        phones.append(phone)
    sources: list[dict[str, Any]] = []
    for row in rows:
        sources += [s for s in source_entries(row) if s not in sources]
    for extra in entry.get("sources", []):
        item = {k: extra[k] for k in ("reference", "title", "date") if extra.get(k)}
        if item not in sources:
            sources.append(item)
    if crosscheck.android_entry(country) is not None:
        sources.append(_android_source(checked))
    if crosscheck.libphonenumber_knows(country):
        sources.append(_libphonenumber_source(checked))
    decisions = entry.get("decisions", [])
    doubts = [d for d in (entry.get("doubt"), _single_source_doubt(decisions)) if d]
    service: dict[str, Any] = {
        "id": f"{country.lower()}-emergency",
        "country": country,
        "name": "Emergency services",
        "category": "emergency-number",
        "phones": phones,
        "hours": {k: v for k, v in {"timezone": zone, "always_open": True}.items() if v},
        "topics": ["emergency"],
        "description": "Call if someone's life is in danger right now.",
        "sources": sources,
        "last_verified": checked,
        "doubt": " ".join(doubts) or None,
    }
    return service
