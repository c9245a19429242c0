"""Guess the user's country from a locale name (only ever a first guess; the user picks)."""

from __future__ import annotations

import re

# language[_-]REGION[.encoding][@modifier]; REGION is two letters (or UN M.49 digits,
# which name regions, not countries, and are ignored).
_LOCALE_RE = re.compile(
    r"^(?P<lang>[A-Za-z]{2,3})(?:[_-](?P<script>[A-Za-z]{4}))?(?:[_-](?P<region>[A-Za-z]{2}|[0-9]{3}))?"
    r"(?:\.[^@]*)?(?:@.*)?$"
)
# Not countries even though they look like region codes.
_NOT_COUNTRIES = frozenset({"EU", "UN", "ZZ", "XX", "QO", "AA"})
# Old codes that locale databases still use.
_ALIASES = {"UK": "GB"}


def country_from_locale(name: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 country in a locale name, if it has one.

    Examples: ``"en_GB.UTF-8"`` → ``"GB"``, ``"de-AT"`` → ``"AT"``,
    ``"zh_Hant_TW"`` → ``"TW"``, ``"C"``/``"POSIX"``/``"en"`` → ``None``.
    """
    if not name:
        return None
    match = _LOCALE_RE.match(name.strip())
    if match is None or match.group("region") is None:
        return None
    region = match.group("region").upper()
    if region.isdigit():
        return None
    region = _ALIASES.get(region, region)
    return None if region in _NOT_COUNTRIES else region
