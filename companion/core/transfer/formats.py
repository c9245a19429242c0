"""The import formats Companion reads, and telling them apart by their contents."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path

from companion.core.transfer.errors import ImportFileError, UnknownFormat
from companion.core.transfer.importers import (
    companion_json,
    daylio_backup,
    daylio_csv,
    dayone,
    diarium,
    jrnl,
    pixels,
)
from companion.core.transfer.model import ParsedSource

_HEAD_BYTES = 64 * 1024


@dataclass(frozen=True)
class ImportFormat:
    """One source format: its name (``--format``), a label, a sniffer and a reader."""

    name: str
    label: str
    looks_like: Callable[[Path, bytes], bool]
    parse: Callable[..., ParsedSource]


# Most specific first: our own format names itself; Daylio's backup is a ZIP with a
# known member; Day One's ZIP holds JSON files; the rest are told apart by their keys.
FORMATS: tuple[ImportFormat, ...] = tuple(
    ImportFormat(m.NAME, m.LABEL, m.looks_like, m.parse)
    for m in (companion_json, daylio_backup, dayone, daylio_csv, jrnl, pixels, diarium)
)
BY_NAME = {f.name: f for f in FORMATS}


def format_named(name: str) -> ImportFormat:
    """The format called ``name``. Raises UnknownFormat."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise UnknownFormat(name) from None


def detect_format(path: Path) -> ImportFormat:
    """The format of the file at ``path``, from its first bytes.

    Raises:
        UnknownFormat: None of them fits.
        ImportFileError: The file cannot be read.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError as exc:
        raise ImportFileError("unknown", f"cannot be read ({type(exc).__name__})") from None
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    for candidate in FORMATS:
        if candidate.looks_like(path, head):
            return candidate
    raise UnknownFormat(path.suffix.lower() or path.name[:40])


def parse_file(path: Path, zone: tzinfo, format_name: str | None = None) -> ParsedSource:
    """Read ``path`` in the given (or detected) format."""
    chosen = format_named(format_name) if format_name else detect_format(path)
    return chosen.parse(path, zone=zone)
