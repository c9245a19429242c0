"""Temp-store guard: sorts, index builds and VACUUM never spill plaintext to temp files.

SQLCipher does not encrypt SQLite's temp files; only ``PRAGMA temp_store = MEMORY``
keeps them off the disk. A child process fills a vault table with 20,000 rows holding the
canary, shrinks the page cache to 8 pages, and runs ORDER BY, DISTINCT, GROUP BY, a
self-join, CREATE INDEX and VACUUM, with TMPDIR and SQLITE_TMPDIR pointing at a watched
folder. On Linux the child also lists its open descriptors while each sorter is full.
"""

from __future__ import annotations

import json
import subprocess

import pytest
import sec_helpers as sh

PASSPHRASE = "spill: granite willow evening"
ROWS = 20_000


def _run_spill(sandbox: sh.Sandbox, canary: str, prefix: list[str]) -> dict[str, object]:
    folder = sandbox.data_dir / "vault"
    proc = subprocess.run(
        [*prefix, *sh.child_command("spill", str(folder), PASSPHRASE, str(ROWS))],
        env=sandbox.env(canary),
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["rows"] == ROWS  # the work really happened
    assert result["temp_store"] == 2, "PRAGMA temp_store is not MEMORY on the vault connection"
    return result


def test_spills_leave_no_temp_files_and_no_plaintext(sandbox: sh.Sandbox, canary: str) -> None:
    result = _run_spill(sandbox, canary, [])
    assert result["suspicious_fds"] == [], "SQLite temp files were open during the queries"
    assert sh.list_files(sandbox.temp_dir) == []
    assert sh.scan_for_canary(sandbox.scan_roots, canary) == []


def test_traced_spills_create_no_etilqs_files(
    sandbox: sh.Sandbox, canary: str, strace_reason: str | None
) -> None:
    if strace_reason:
        pytest.skip(strace_reason)
    log = sandbox.trace_dir / "spill"
    # Write buffers are not captured here (hundreds of MB of encrypted pages); every
    # file that could receive a plaintext write has to be opened first, which is traced.
    _run_spill(sandbox, canary, sh.strace_prefix(log, capture_writes=False))
    report = sh.parse_strace(log)
    written = report.files_written()
    assert any(p.endswith("journal.db") for p in written), "the trace missed the database"
    assert [p for p in written if "etilqs" in p] == []
    assert sh.outside(written, [sandbox.data_dir / "vault"]) == []
    assert sh.list_files(sandbox.temp_dir) == []
