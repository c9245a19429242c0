"""Private folders and atomic, private saves for every file that is not SQLite."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from companion.core.errors import StorageFull

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make the leaf folder 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix":
        os.chmod(path, PRIVATE_DIR_MODE)
    return path


def fsync_dir(path: Path) -> None:
    """Flush a folder's entry table so a rename survives a power cut (POSIX only)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never a mix.

    Temp file in the same folder (0600), fsync, ``os.replace``, fsync the folder. A full
    disk raises :class:`StorageFull` and leaves the old file untouched.
    """
    folder = path.parent
    tmp = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(tmp, flags, PRIVATE_FILE_MODE)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageFull(str(path.name)) from exc
        raise
    fsync_dir(folder)


def make_private(path: Path) -> None:
    """Set a file to 0600 where the platform has POSIX modes."""
    if os.name == "posix" and path.exists():
        os.chmod(path, PRIVATE_FILE_MODE)
