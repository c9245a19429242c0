"""Is a phone number real for its country? ``phonenumbers`` decides, or a cited allow-list.

The validator (``companion resources validate`` and every local pack) asks here. Short codes
that libphonenumber does not know — many national helpline codes such as Georgia's 116 123
— are accepted only when ``assets/resources/short-codes.json`` lists them for that country,
each with the source that publishes it.

``phonenumbers`` is imported on first use only: the help panel reads the bundled directory
without validating it, so showing help never pays for the numbering-plan metadata.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from typing import Any

from companion.core.assets import asset_path

ALLOW_LIST_FILE = "short-codes.json"
# Territories that use another country's numbering plan, and tiny territories whose
# short numbers libphonenumber files under a neighbour.
SIBLINGS: Mapping[str, str] = {
    "AX": "FI", "GF": "FR", "GP": "FR", "PF": "FR", "PM": "FR", "RE": "FR", "YT": "FR",
    "NC": "FR", "MF": "GP", "BL": "GP", "MQ": "FR", "WF": "FR", "VA": "IT", "SM": "IT",
    "IO": "GB", "GS": "GB", "GG": "GB", "JE": "GB", "IM": "GB", "CC": "AU", "CX": "AU",
    "BQ": "CW", "SX": "CW", "EH": "MA",
}  # fmt: skip


@cache
def allow_list() -> dict[str, dict[str, Any]]:
    """The shipped allow-list: ``"CC dial"`` → ``{"why", "source"}`` (empty if missing)."""
    try:
        raw = asset_path("resources", ALLOW_LIST_FILE).read_text(encoding="utf-8")
    except (OSError, FileNotFoundError):
        return {}
    entries = json.loads(raw).get("entries", {})
    return entries if isinstance(entries, dict) else {}


def _regions(country: str) -> tuple[str, ...]:
    sibling = SIBLINGS.get(country)
    return (country, sibling) if sibling else (country,)


def known_number(country: str, dial: str) -> bool:
    """True when ``dial`` is a valid number or short code for ``country``.

    Args:
        country: ISO 3166-1 alpha-2 code of the service (``INTL`` is never checked).
        dial: The dial string: digits, with an optional leading ``+`` (international
            form, checked for the country its prefix names) or ``*`` (mobile short code).
    """
    import phonenumbers
    from phonenumbers import shortnumberinfo

    if f"{country} {dial}" in allow_list():
        return True
    if dial.startswith("+"):
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(dial, None))
        except phonenumbers.NumberParseException:
            return False
    if dial.startswith("*"):
        return False  # mobile short codes are not in the numbering plans: allow-list only
    for region in _regions(country):
        try:
            number = phonenumbers.parse(dial, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(number, region):
            return True
        if shortnumberinfo.is_valid_short_number_for_region(number, region):
            return True
        if shortnumberinfo.is_emergency_number(dial, region):
            return True
    return False
