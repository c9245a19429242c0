"""Atomic, private saves."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from companion.core import fsutil
from companion.core.errors import StorageFull


def test_atomic_write_replaces_content(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    fsutil.atomic_write_bytes(target, b"one")
    fsutil.atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_atomic_write_makes_private_files(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    fsutil.atomic_write_bytes(target, b"x")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_full_disk_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "f.json"
    fsutil.atomic_write_bytes(target, b"old")

    def no_space(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fsutil.os, "write", no_space)
    with pytest.raises(StorageFull):
        fsutil.atomic_write_bytes(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]
