"""Reading untrusted files safely: bounded sizes, strict ZIP members, decoded text."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from companion.core.transfer.errors import ImportFileError

MAX_SOURCE_BYTES = 512 * 1024 * 1024  # far beyond any diary export
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_MEMBERS = 200_000


def read_bytes(path: Path, format: str, limit: int = MAX_SOURCE_BYTES) -> bytes:
    """The whole file, refusing one larger than ``limit``.

    Raises:
        ImportFileError: Missing, unreadable, a folder, or too large.
    """
    try:
        if not path.is_file():
            raise ImportFileError(format, "not a file")
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ImportFileError(format, f"cannot be read ({type(exc).__name__})") from None
    if len(data) > limit:
        raise ImportFileError(format, "too large")
    return data


def decode(data: bytes, format: str) -> str:
    """UTF-8 (with or without BOM), else UTF-16 with a BOM.

    Raises:
        ImportFileError: Not text.
    """
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError(format, "not UTF-8 text") from None


def parse_json(text: str, format: str) -> Any:
    """JSON, with NaN and infinities refused.

    Raises:
        ImportFileError: Not JSON.
    """

    def no_constants(name: str) -> Any:
        raise ValueError(name)

    try:
        return json.loads(text, parse_constant=no_constants)
    except (ValueError, RecursionError):
        raise ImportFileError(format, "not valid JSON") from None


def open_zip(path: Path, format: str) -> zipfile.ZipFile:
    """A ZIP archive whose listing is sane (bounded count); close it when done.

    Raises:
        ImportFileError: Not a ZIP archive.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ImportFileError(format, "not a ZIP archive") from None
    if len(archive.infolist()) > MAX_MEMBERS:
        archive.close()
        raise ImportFileError(format, "too many files in the archive")
    return archive


def read_member(archive: zipfile.ZipFile, name: str, format: str) -> bytes:
    """One member, bounded by its declared and its actual size.

    Raises:
        ImportFileError: Too large, damaged, or encrypted.
    """
    try:
        info = archive.getinfo(name)
        if info.file_size > MAX_MEMBER_BYTES:
            raise ImportFileError(format, "a file in the archive is too large")
        with archive.open(info) as member:
            data = member.read(MAX_MEMBER_BYTES + 1)
    except ImportFileError:
        raise
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError) as exc:
        raise ImportFileError(format, f"damaged archive ({type(exc).__name__})") from None
    if len(data) > MAX_MEMBER_BYTES:
        raise ImportFileError(format, "a file in the archive is too large")
    return data


def is_zip(path: Path) -> bool:
    """True when the file starts like a ZIP archive."""
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False
