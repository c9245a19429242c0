"""Which country did the person mean? Names, native names, ISO codes and common aliases.

The help panel's country picker asks here, so "UK", "USA", "England", "Deutschland",
"españa" and "jp" all find the right country, and an entry that matches nothing is
recognised as such (the panel then says so instead of showing another country's numbers).
The index is built on first use: the first screen of help never pays for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from companion.core.resources.countries import COUNTRY_NAMES
from companion.core.resources.directory import normalise

# Names people use that are neither the CLDR name nor a native name.
ALIASES: dict[str, str] = {
    "uk": "GB", "u k": "GB", "britain": "GB", "great britain": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "northern ireland": "GB", "cymru": "GB",
    "united kingdom of great britain and northern ireland": "GB", "gbr": "GB",
    "usa": "US", "us": "US", "u s": "US", "u s a": "US", "america": "US",
    "united states of america": "US", "the states": "US",
    "holland": "NL", "the netherlands": "NL", "czech republic": "CZ", "ivory coast": "CI",
    "burma": "MM", "myanmar": "MM", "swaziland": "SZ", "turkey": "TR", "turkiye": "TR",
    "macedonia": "MK", "korea": "KR", "south korea": "KR", "republic of korea": "KR",
    "north korea": "KP", "dprk": "KP", "russian federation": "RU", "vatican": "VA",
    "holy see": "VA", "uae": "AE", "emirates": "AE", "drc": "CD", "dr congo": "CD",
    "democratic republic of the congo": "CD", "congo kinshasa": "CD",
    "republic of the congo": "CG", "congo brazzaville": "CG", "cabo verde": "CV",
    "east timor": "TL", "timor leste": "TL", "macau": "MO", "macao": "MO",
    "hong kong": "HK", "palestine": "PS", "bosnia": "BA", "trinidad": "TT",
    "tobago": "TT", "st lucia": "LC", "persia": "IR", "laos": "LA", "lao pdr": "LA",
    "syria": "SY", "vietnam": "VN", "viet nam": "VN", "brunei darussalam": "BN",
    "micronesia": "FM", "tanzania": "TZ", "bolivia": "BO", "venezuela": "VE",
    "moldova": "MD", "kyrgyz republic": "KG", "slovak republic": "SK",
    "aotearoa": "NZ", "nz": "NZ", "oz": "AU", "aus": "AU", "can": "CA",
}  # fmt: skip
_PUNCTUATION = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")


def key(text: str) -> str:
    """The comparable form of a name: accent-free, lowercase, "&" as "and", no punctuation."""
    text = normalise(text.replace("&", " and "))
    text = _PUNCTUATION.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    text = re.sub(r"^(st|ste)\b", "saint", text)
    return text.removeprefix("the ").strip()


_INDEX: dict[str, tuple[str, ...]] | None = None


def _index() -> dict[str, tuple[str, ...]]:
    global _INDEX
    if _INDEX is None:
        from companion.core.resources.country_native import NATIVE_NAMES

        index: dict[str, list[str]] = {}

        def add(name: str, code: str) -> None:
            codes = index.setdefault(key(name), [])
            if code not in codes:
                codes.append(code)

        for code, name in COUNTRY_NAMES.items():
            add(name, code)
            add(code, code)
            for native in NATIVE_NAMES.get(code, ()):
                add(native, code)
        for alias, code in ALIASES.items():
            add(alias, code)
        _INDEX = {name: tuple(codes) for name, codes in index.items() if name}
    return _INDEX


def matches(text: str, limit: int | None = None) -> list[str]:
    """Countries that ``text`` may mean, best first (exact, then starts, then contains).

    Args:
        text: What the person typed: a name in any language, an ISO code or an alias.
        limit: At most this many codes.
    """
    wanted = key(text)
    if not wanted:
        return []
    index = _index()
    ranked: list[tuple[int, str, str]] = []
    for name, codes in index.items():
        if name == wanted:
            rank = 0
        elif len(wanted) < 2:
            continue
        elif name.startswith(wanted):
            rank = 1
        elif f" {wanted}" in f" {name}":
            rank = 2
        elif len(wanted) >= 3 and wanted in name:
            rank = 3
        else:
            continue
        ranked += [(rank, COUNTRY_NAMES.get(code, code), code) for code in codes]
    found: list[str] = []
    for _rank, _name, code in sorted(ranked):
        if code not in found:
            found.append(code)
    return found[:limit] if limit else found


def resolve(text: str, among: Iterable[str] | None = None) -> str | None:
    """The one country ``text`` names, or None when it names none (or several).

    An exact name, code or alias wins; otherwise a single country whose name starts with
    the text ("germ" → Germany). ``among`` limits the answer to countries the caller has.
    """
    allowed = set(among) if among is not None else None
    wanted = key(text)
    if not wanted:
        return None
    exact = [c for c in _index().get(wanted, ()) if allowed is None or c in allowed]
    if len(exact) == 1:
        return exact[0]
    if exact:
        return None
    starts = [
        c
        for c in matches(text)
        if (allowed is None or c in allowed)
        and any(n.startswith(wanted) for n, codes in _index().items() if c in codes)
    ]
    return starts[0] if len(starts) == 1 else None
