"""No network: a whole session opens zero AF_INET/AF_INET6 sockets.

Two independent watchers: a Python audit hook installed before any Companion import
(``socket.__new__``, ``connect``, ``bind``, ``getaddrinfo``), and, on Linux with strace,
every ``socket()``/``connect()`` system call of the process tree (which also sees C
libraries such as Qt or OpenSSL that bypass Python's socket module).
"""

from __future__ import annotations

import json
import subprocess

import sec_helpers as sh

PASSPHRASE = "offline: lighthouse pebble tide"


def _inet(lines: list[str]) -> list[str]:
    return [line for line in lines if "AF_INET" in line]  # matches AF_INET6 too


def _run(
    sandbox: sh.Sandbox, canary: str, strace_reason: str | None, args: list[str]
) -> tuple[subprocess.CompletedProcess[str], sh.TraceReport | None]:
    log = sandbox.trace_dir / "net"
    prefix = [] if strace_reason else sh.strace_prefix(log, capture_writes=False)
    proc = subprocess.run(
        [*prefix, *sh.child_command(*args)],
        env=sandbox.env(canary),
        capture_output=True,
        text=True,
        timeout=280,
        check=False,
    )
    return proc, None if strace_reason else sh.parse_strace(log)


def test_core_session_opens_no_internet_socket(
    sandbox: sh.Sandbox, canary: str, strace_reason: str | None
) -> None:
    folder = sandbox.data_dir / "vault"
    proc, traced = _run(sandbox, canary, strace_reason, ["network", str(folder), PASSPHRASE])
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["search"]["full"] == 2  # the session really ran
    assert result["search_after"]["full"] == 2
    assert result["socket_events"] == [], "Python opened or used a socket"
    if traced is not None:
        assert _inet(traced.sockets()) == [], "an AF_INET/AF_INET6 socket was opened"


def test_self_test_opens_no_internet_socket(
    sandbox: sh.Sandbox, canary: str, strace_reason: str | None
) -> None:
    proc, traced = _run(sandbox, canary, strace_reason, ["selftest", str(sandbox.data_dir)])
    lines = proc.stdout.strip().splitlines()
    # Whether every self-test check passes is the self-test's own business; here it must
    # have run a real session (the vault checks) to make "no socket" mean something.
    assert any(line.startswith("ok") and "vault" in line for line in lines), (
        proc.stdout[-2000:] + proc.stderr[-2000:]
    )
    result = json.loads(lines[-1])
    assert result["socket_events"] == [], "Python opened or used a socket"
    if traced is not None:
        assert _inet(traced.sockets()) == [], "an AF_INET/AF_INET6 socket was opened"
        # Its own promise: nothing is left (or even written) outside --data-dir.
        assert sh.outside(traced.files_written(), [sandbox.data_dir]) == []
    assert sh.list_files(sandbox.temp_dir) == []
