"""Fixtures for the security tests; the helpers themselves live in ``sec_helpers.py``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# importlib import mode does not put test folders on sys.path; the helpers module is
# shared by the tests and the child script, so it stays a plain module in this folder.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sec_helpers import Sandbox, new_canary, strace_usable


@pytest.fixture
def canary() -> str:
    """A fresh random canary for one test."""
    return new_canary()


@pytest.fixture
def sandbox(tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    """Data, temp and trace folders; TMPDIR and ``tempfile.tempdir`` point at the temp one."""
    import tempfile

    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    temp = tmp_path / "tmp"
    temp.mkdir(mode=0o700)
    trace = tmp_path / "trace"
    trace.mkdir()
    for var in ("TMPDIR", "SQLITE_TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return Sandbox(tmp_path, data, temp, isolated_home, trace)


@pytest.fixture
def strace_reason() -> str | None:
    """None when strace works here, else why not (tests skip with that reason)."""
    return strace_usable()
