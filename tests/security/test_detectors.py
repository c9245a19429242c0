"""The detectors themselves: a scan or a trace that cannot fail proves nothing.

Each check plants the leak the real tests look for and asserts it is found.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import sec_helpers as sh


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("form", ["exact", "lower", "token"])
def test_scan_finds_a_planted_canary(tmp_path: Path, canary: str, encoding: str, form: str) -> None:
    text = {"exact": canary, "lower": canary.lower(), "token": canary.split("-", 1)[1]}[form]
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "blob.bin").write_bytes(b"\x00junk" + text.encode(encoding) + b"junk\xff")
    hits = sh.scan_for_canary([tmp_path], canary)
    assert any(f"{form}/{encoding}" in hit for hit in hits), hits
    assert sh.scan_for_canary([tmp_path], sh.new_canary()) == []


def test_strace_sees_temp_files_and_plaintext_writes(
    sandbox: sh.Sandbox, canary: str, strace_reason: str | None
) -> None:
    if strace_reason:
        pytest.skip(strace_reason)
    # A stand-in for SQLite with temp_store=FILE: create, write, unlink in TMPDIR.
    script = (
        "import os, tempfile\n"
        "fd, name = tempfile.mkstemp(prefix='etilqs_')\n"
        "os.write(fd, os.environ['COMPANION_TEST_CANARY'].encode('utf-16-le'))\n"
        "os.unlink(name)\n"
    )
    log = sandbox.trace_dir / "probe"
    subprocess.run(
        [*sh.strace_prefix(log), sys.executable, "-c", script],
        env=sandbox.env(canary),
        check=True,
        timeout=60,
    )
    report = sh.parse_strace(log)
    written = report.files_written()
    assert any("etilqs_" in p for p in sh.outside(written, [sandbox.data_dir])), written
    needles = sh.canary_needles(canary)
    leaks = [t for t, buf in report.write_buffers() if sh.find_needles(buf, needles)]
    assert leaks
    assert "etilqs_" in leaks[0]
    # The file was unlinked at once: only the trace could see it.
    assert sh.list_files(sandbox.temp_dir) == []


def test_spill_workload_does_spill_when_temp_store_is_file(
    sandbox: sh.Sandbox, canary: str, strace_reason: str | None
) -> None:
    """The temp-store test's workload really overflows to temp files without the guard."""
    folder = sandbox.data_dir / "vault"
    env = sandbox.env(canary)
    env["COMPANION_TEST_FORCE_TEMP_FILE"] = "1"
    log = sandbox.trace_dir / "spill"
    prefix = [] if strace_reason else sh.strace_prefix(log, capture_writes=False)
    proc = subprocess.run(
        [*prefix, *sh.child_command("spill", str(folder), "spill: control run", "20000")],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=True,
    )
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["temp_store"] == 1
    assert result["suspicious_fds"], "no temp file was open: the workload does not spill"
    if not strace_reason:
        written = sh.parse_strace(log).files_written()
        assert any("etilqs_" in p for p in written), "strace did not see the temp files"
