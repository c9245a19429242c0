"""``companion --self-test --guest`` in an empty sandbox, under strace.

HOME, the XDG folders and TMPDIR point into the sandbox. The whole process tree may
write only inside the sandbox (and /dev), opens no internet socket, and leaves nothing
behind in it: the guest session, the screens and the self-test's scratch folders all go.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
import sec_helpers as sh


def test_guest_self_test_writes_only_in_its_sandbox_and_leaves_nothing(
    sandbox: sh.Sandbox, strace_reason: str | None
) -> None:
    if strace_reason:
        pytest.skip(strace_reason)
    env = sandbox.env()
    env.pop("COMPANION_DATA_DIR", None)
    for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env.pop(var, None)
    env.update({"HOME": str(sandbox.home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"})
    log = sandbox.trace_dir / "guest-self-test"
    proc = subprocess.run(
        [
            *sh.strace_prefix(log, capture_writes=False),
            sys.executable,
            "-m",
            "companion",
            "--self-test",
            "--guest",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=sandbox.root,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "ok   guest: a session leaves no file" in proc.stdout
    assert "ok   guest: SQLCipher wipes freed memory" in proc.stdout

    report = sh.parse_strace(log)
    inside = str(sandbox.root) + "/"
    outside = [
        path
        for path in report.files_written()
        if not path.startswith((inside, "/dev/")) and path != str(sandbox.root)
    ]
    assert outside == [], "the guest self-test wrote outside its sandbox"
    assert [line for line in report.sockets() if "AF_INET" in line] == []
    for root in (sandbox.temp_dir, sandbox.home, sandbox.data_dir):
        assert sh.list_files(root) == [], f"the guest self-test left files in {root}"
