"""Canary at rest: journal text never reaches the disk in a readable form.

A child process creates a vault, writes the canary into an entry's text, its title, a
custom tag and an edited entry, and searches for it. The data dir, the temp dir and the
whole fake home (config, cache, state, logs) are scanned while the vault is open (after
the commits), after lock, and after the process exited: 0 hits each time.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import sec_helpers as sh

PASSPHRASE = "canary: amber kettle morning"


def _expect(proc: subprocess.Popen[str], marker: str) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if line != marker:
        proc.kill()
        _out, err = proc.communicate(timeout=30)
        pytest.fail(f"child said {line!r} instead of {marker!r}: {err[-2000:]}")


def _resume(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.write("go\n")
    proc.stdin.flush()


def test_canary_never_at_rest_open_locked_exited(sandbox: sh.Sandbox, canary: str) -> None:
    folder = sandbox.data_dir / "vault"
    proc = subprocess.Popen(
        sh.child_command("session", str(folder), PASSPHRASE, "--pause"),
        env=sandbox.env(canary),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _expect(proc, "OPEN")
        hits_open = sh.scan_for_canary(sandbox.scan_roots, canary)
        files_open = [p.name for p in sh.list_files(folder)]
        _resume(proc)
        _expect(proc, "LOCKED")
        hits_locked = sh.scan_for_canary(sandbox.scan_roots, canary)
        files_locked = [p.name for p in sh.list_files(folder)]
        _resume(proc)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err[-3000:]
    hits_exited = sh.scan_for_canary(sandbox.scan_roots, canary)
    result = json.loads(out.strip().splitlines()[-1])

    # The session really wrote and found the canary (otherwise 0 hits would mean nothing).
    assert result["texts_ok"] is True
    for stage in ("search_open", "search_reopened"):
        assert result[stage] == {"full": 2, "token": 2, "prefix": 2}, result
    assert "journal.db" in files_open

    assert hits_open == [], "readable canary while open"
    assert hits_locked == [], "readable canary after lock"
    assert hits_exited == [], "readable canary after exit"
    # Lock leaves only the database and its header: no -wal/-shm, no temp files.
    db, header = sh.vault_files(folder)
    assert sorted(files_locked) == sorted([db.name, header.name])
    assert sh.list_files(sandbox.temp_dir) == []
    # Nothing printed (stdout, stderr = the logs of a console run) holds the canary.
    needles = sh.canary_needles(canary)
    assert sh.find_needles((out + err).encode("utf-8"), needles) == []


def test_traced_session_creates_files_only_in_the_vault_and_writes_no_plaintext(
    sandbox: sh.Sandbox, canary: str, strace_reason: str | None
) -> None:
    if strace_reason:
        pytest.skip(strace_reason)
    folder = sandbox.data_dir / "vault"
    log = sandbox.trace_dir / "session"
    proc = subprocess.run(
        [*sh.strace_prefix(log), *sh.child_command("session", str(folder), PASSPHRASE)],
        env=sandbox.env(canary),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["search_reopened"]["full"] == 2

    report = sh.parse_strace(log)
    assert len(report.calls) > 50, "the trace saw (almost) nothing: is strace working?"
    written = report.files_written()
    assert any(p.endswith("journal.db") for p in written)
    assert sh.outside(written, [folder]) == [], "files created or written outside the vault"
    assert [p for p in written if "etilqs" in Path(p).name] == []

    needles = sh.canary_needles(canary)
    leaks = sorted(
        {
            f"{target}: {sh.find_needles(buf, needles)}"
            for target, buf in report.write_buffers()
            if sh.find_needles(buf, needles)
        }
    )
    assert leaks == [], "a write() carried the canary in clear"
    assert sh.scan_for_canary(sandbox.scan_roots, canary) == []


def test_real_app_session_leaves_no_canary(
    sandbox: sh.Sandbox, canary: str, strace_reason: str | None
) -> None:
    """The composition root with its real windows: save, type the canary into search,
    render, change a preference, lock, quit. Qt's own files (QtProject.conf, caches),
    the preferences file and window titles must not carry it either."""
    if not (sh.REPO_ROOT / "companion" / "app.py").is_file():
        pytest.skip("companion/app.py is not in this checkout yet")
    log = sandbox.trace_dir / "app"
    prefix = [] if strace_reason else sh.strace_prefix(log)
    proc = subprocess.Popen(
        [*prefix, *sh.child_command("app", str(sandbox.data_dir), PASSPHRASE, "--pause")],
        env=sandbox.env(canary),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _expect(proc, "OPEN")
        hits_open = sh.scan_for_canary(sandbox.scan_roots, canary)
        _resume(proc)
        _expect(proc, "LOCKED")
        hits_locked = sh.scan_for_canary(sandbox.scan_roots, canary)
        _resume(proc)
        out, err = proc.communicate(timeout=180)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err[-3000:]
    result = json.loads(out.strip().splitlines()[-1])
    assert result["searched"] is True, "the search field was not found by its accessible name"
    assert result["title_leak"] is False, "a window title shows journal text"
    assert hits_open == []
    assert hits_locked == []
    assert sh.scan_for_canary(sandbox.scan_roots, canary) == []
    assert sh.find_needles((out + err).encode("utf-8"), sh.canary_needles(canary)) == []
    if not strace_reason:
        report = sh.parse_strace(log)
        needles = sh.canary_needles(canary)
        leaks = sorted({t for t, buf in report.write_buffers() if sh.find_needles(buf, needles)})
        assert leaks == [], "a write() carried the canary in clear"
        assert [p for p in report.files_written() if "etilqs" in p] == []
