"""Where each country's entries sit inside the bundled directory file.

``directory.index.json`` lists the byte range every entry of ``directory.json`` occupies
(in file order), and which entries belong to each country (countries in file order),
together with the size and CRC-32 of the file the ranges were measured on. Help for one
country then decodes that country's few entries instead of the whole 700 KB file, on the
way to the panel's first paint. The index is laid out so that reading it needs no Python
loop over its entries: the ranges are one flat list, read by position.

The index holds no numbers, names or any other content: every entry is always decoded
from ``directory.json`` itself, so the index can never show a stale phone number. If the
file does not match the index exactly (size or checksum), or the index does not cover
every entry exactly once, the index is ignored and the whole file is read, as without it.

Build step (run after ``directory.json`` changes; tests/core/resources checks that the
committed index equals what this makes from the committed directory)::

    python -m companion.core.resources.index [assets/resources/directory.json]
"""

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Mapping, Sequence
from itertools import chain
from pathlib import Path
from typing import Any

INDEX_FORMAT = "companion-resources-index"
INDEX_VERSION = 2
INDEX_SUFFIX = ".index.json"


def index_path_for(directory: Path) -> Path:
    """``directory.json`` → ``directory.index.json`` beside it."""
    return directory.with_name(directory.stem + INDEX_SUFFIX)


def _skip_space(text: str, at: int) -> int:
    while text[at] in " \t\r\n":
        at += 1
    return at


def build_index(raw: bytes) -> dict[str, Any]:
    """The index of a directory document, given as the file's bytes.

    Each entry of ``services`` is found by decoding the file's text from the start of
    the array one value at a time, and is checked to be equal to the same entry of the
    whole document parsed the ordinary way, so a range can only point at its entry.

    Raises:
        ValueError: The bytes are not a directory document whose entries can be located.
    """
    text = raw.decode("utf-8")
    doc = json.loads(text)
    from companion.core.resources.parse import trusted_entries

    if trusted_entries(doc) is None:  # format, version and every entry's shape
        raise ValueError("not a directory document of the expected format and shape")
    assert isinstance(doc, dict)
    services: list[Any] = doc["services"]
    decoder = json.JSONDecoder()
    # The top-level object, key by key, up to the services array.
    at = _skip_space(text, 0)
    if text[at] != "{":
        raise ValueError("the document is not an object")
    at += 1
    array_start: int | None = None
    while array_start is None:
        at = _skip_space(text, at)
        key, at = decoder.raw_decode(text, at)
        at = _skip_space(text, at)
        if text[at] != ":":
            raise ValueError("unexpected text between a key and its value")
        at = _skip_space(text, at + 1)
        if key == "services":
            array_start = at
            break
        _value, at = decoder.raw_decode(text, at)
        at = _skip_space(text, at)
        if text[at] != ",":
            raise ValueError("no services key in the top-level object")
        at += 1
    if text[array_start] != "[":
        raise ValueError("services is not an array")
    countries: dict[str, list[int]] = {}  # filled in file order: countries in file order
    ranges: list[int] = []  # start and end byte of each entry, by position
    at = array_start + 1
    byte_at = len(text[:at].encode("utf-8"))
    char_at = at
    for position, expected in enumerate(services):
        at = _skip_space(text, at)
        value, end = decoder.raw_decode(text, at)
        if value != expected or not isinstance(value, dict):
            raise ValueError(f"entry {position} could not be located in the file")
        country = value.get("country")
        if not isinstance(country, str):
            raise ValueError(f"entry {position} has no country")
        start_byte = byte_at + len(text[char_at:at].encode("utf-8"))
        end_byte = start_byte + len(text[at:end].encode("utf-8"))
        byte_at, char_at = end_byte, end
        countries.setdefault(country, []).append(position)
        ranges.extend((start_byte, end_byte))
        at = _skip_space(text, end)
        if text[at] == ",":
            at += 1
    if text[_skip_space(text, at)] != "]":
        raise ValueError("the services array has more values than the document")
    return {
        "format": INDEX_FORMAT,
        "version": INDEX_VERSION,
        "size": len(raw),
        "crc32": zlib.crc32(raw),
        "count": len(services),
        "ranges": ranges,
        "countries": [[code, positions] for code, positions in countries.items()],
    }


def index_text(raw: bytes) -> str:
    """The index file's text (what the build step writes and the test compares)."""
    return json.dumps(build_index(raw), separators=(",", ":"), sort_keys=True) + "\n"


class IndexedEntries(Sequence[Mapping[str, Any]]):
    """The entries of a directory file, each decoded from its bytes when first asked for.

    Safe to use from several threads: decoding is a pure function of the bytes.
    """

    def __init__(self, raw: bytes, ranges: Sequence[int]) -> None:
        self._raw = raw
        self._ranges = ranges  # start and end of entry 0, then of entry 1...

    def __len__(self) -> int:
        return len(self._ranges) // 2

    def __getitem__(self, position: int) -> Mapping[str, Any]:  # type: ignore[override]
        if not 0 <= position < len(self):
            raise IndexError(position)
        start, end = self._ranges[2 * position], self._ranges[2 * position + 1]
        value = json.loads(self._raw[start:end])
        if not isinstance(value, dict):
            raise TypeError(f"entry {position} is not an object")
        return value


def indexed_entries(
    raw: bytes, index: object
) -> tuple[IndexedEntries, dict[str, list[int]]] | None:
    """The entries of ``raw`` and their positions by country, if ``index`` was made from it.

    Returns ``None`` (the caller reads the whole file) when ``index`` is not an index of
    exactly these bytes: another format or version, another size or checksum, or ranges
    and positions that do not cover every entry once. The checks run in C (``map``,
    ``sorted``), not in a Python loop over the entries.
    """
    if not isinstance(index, dict):
        return None
    if index.get("format") != INDEX_FORMAT or index.get("version") != INDEX_VERSION:
        return None
    if index.get("size") != len(raw) or index.get("crc32") != zlib.crc32(raw):
        return None
    count, ranges, countries = index.get("count"), index.get("ranges"), index.get("countries")
    if not (isinstance(count, int) and isinstance(ranges, list) and isinstance(countries, list)):
        return None
    try:
        groups: dict[str, list[int]] = dict(countries)  # [[code, positions], ...] in order
        # int.__index__ refuses anything but whole numbers (a float or a string).
        bounds = list(map(int.__index__, ranges))
        positions = sorted(map(int.__index__, chain.from_iterable(groups.values())))
    except (TypeError, ValueError):
        return None
    if len(bounds) != 2 * count or positions != list(range(count)):
        return None
    if not all(isinstance(code, str) for code in groups):
        return None
    return IndexedEntries(raw, bounds), groups


def main(argv: Sequence[str] | None = None) -> int:
    """Write the index beside the directory file (the build step)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args:
        directory = Path(args[0])
    else:
        from companion.core.assets import asset_path

        directory = asset_path("resources", "directory.json")
    out = index_path_for(directory)
    out.write_text(index_text(directory.read_bytes()), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
