"""Guest mode writes nothing: an in-memory vault session creates or writes no file at all.

security.md measured zero file-creating syscalls for an encrypted in-memory database with
a memory temp store; this keeps it that way for the core (``Vault.in_memory`` + journal +
search + a sort big enough to spill). The UI's guest mode builds on exactly this.
"""

from __future__ import annotations

import json
import subprocess

import pytest
import sec_helpers as sh


def test_guest_session_touches_no_file(
    sandbox: sh.Sandbox, canary: str, strace_reason: str | None
) -> None:
    if strace_reason:
        pytest.skip(strace_reason)
    log = sandbox.trace_dir / "guest"
    proc = subprocess.run(
        [*sh.strace_prefix(log), *sh.child_command("guest")],
        env=sandbox.env(canary),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["search"]["full"] == 2  # the session really ran
    assert result["sorted"] == 5000
    assert result["temp_store"] == 2

    report = sh.parse_strace(log)
    assert report.files_written() == [], "guest mode created or wrote a file"
    needles = sh.canary_needles(canary)
    leaks = [t for t, buf in report.write_buffers() if sh.find_needles(buf, needles)]
    assert leaks == []
    for root in sandbox.scan_roots:
        assert sh.list_files(root) == [], f"guest mode left files in {root}"
