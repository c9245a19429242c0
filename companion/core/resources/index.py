"""Where each country's entries sit inside the bundled directory file.

``directory.index.json`` lists, for every country, the position of each of its entries
in ``directory.json`` and the byte range the entry occupies there, together with the size
and CRC-32 of the file the ranges were measured on. Help for one country then decodes
that country's few entries instead of the whole 700 KB file, on the way to the panel's
first paint.

The index holds no numbers, names or any other content: every entry is always decoded
from ``directory.json`` itself, so the index can never show a stale phone number. If the
file does not match the index exactly (size or checksum), the index is ignored and the
whole file is read, as without it.

Build step (run after ``directory.json`` changes; tests/core/resources checks that the
committed index equals what this makes from the committed directory)::

    python -m companion.core.resources.index [assets/resources/directory.json]
"""

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

INDEX_FORMAT = "companion-resources-index"
INDEX_VERSION = 1
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
    countries: dict[str, list[int]] = {}
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
        countries.setdefault(country, []).extend((position, start_byte, end_byte))
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
        "countries": countries,
    }


def index_text(raw: bytes) -> str:
    """The index file's text (what the build step writes and the test compares)."""
    return json.dumps(build_index(raw), separators=(",", ":"), sort_keys=True) + "\n"


class IndexedEntries(Sequence[Mapping[str, Any]]):
    """The entries of a directory file, each decoded from its bytes when first asked for.

    Safe to use from several threads: decoding is a pure function of the bytes.
    """

    def __init__(self, raw: bytes, ranges: Mapping[int, tuple[int, int]], count: int) -> None:
        self._raw = raw
        self._ranges = ranges
        self._count = count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, position: int) -> Mapping[str, Any]:  # type: ignore[override]
        start, end = self._ranges[position]
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
    that do not cover every entry once.
    """
    if not isinstance(index, dict):
        return None
    if index.get("format") != INDEX_FORMAT or index.get("version") != INDEX_VERSION:
        return None
    if index.get("size") != len(raw) or index.get("crc32") != zlib.crc32(raw):
        return None
    count = index.get("count")
    countries = index.get("countries")
    if not isinstance(count, int) or not isinstance(countries, dict):
        return None
    ranges: dict[int, tuple[int, int]] = {}
    groups: dict[str, list[int]] = {}
    for code, flat in countries.items():
        if not isinstance(code, str) or not isinstance(flat, list) or len(flat) % 3:
            return None
        positions = flat[0::3]
        groups[code] = positions
        for position, start, end in zip(positions, flat[1::3], flat[2::3], strict=True):
            ranges[position] = (start, end)
    if sorted(ranges) != list(range(count)):
        return None
    # Groups list positions in file order, as Directory builds them from the entries.
    ordered = dict(sorted(groups.items(), key=lambda item: item[1][0] if item[1] else -1))
    return IndexedEntries(raw, ranges, count), ordered


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
