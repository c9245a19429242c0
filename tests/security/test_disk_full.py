"""Disk full: saving says ``StorageFull``, and everything saved before is intact.

The child runs in a private mount namespace (``unshare``; as a normal user through a user
namespace) and mounts a 1 MiB tmpfs, so the small file system disappears with the process
whatever happens. It creates a vault there and saves entries until the journal refuses.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
import sec_helpers as sh

PASSPHRASE = "diskfull: narrow attic window"


def _namespace_prefix() -> list[str]:
    if not sys.platform.startswith("linux"):
        pytest.skip("a private tmpfs needs Linux mount namespaces")
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed (Debian package: util-linux)")
    if os.geteuid() == 0:
        return ["unshare", "--mount", "--propagation", "private", "--"]
    return ["unshare", "--user", "--map-root-user", "--mount", "--propagation", "private", "--"]


def _ok(report: dict[str, object]) -> None:
    assert report["integrity"] == ["ok"], report
    assert report["cipher"] == [], report
    assert report["fts"] == "ok", report
    assert report["fts_rows"] == report["base_rows"], report


def test_full_disk_is_storage_full_and_loses_nothing(sandbox: sh.Sandbox) -> None:
    mountpoint = sandbox.root / "small-disk"
    mountpoint.mkdir()
    proc = subprocess.run(
        [*_namespace_prefix(), *sh.child_command("diskfull", str(mountpoint), PASSPHRASE)],
        env=sandbox.env(),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 and not lines and "unshare" in proc.stderr:
        pytest.skip(f"no private mount namespace here: {proc.stderr.strip()[:300]}")
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(lines[-1])
    if "mount_error" in result:
        pytest.skip(f"cannot mount a small tmpfs here: {result['mount_error']}")

    assert result["saved"] > 0, "the first saves must fit"
    assert result["error_type"] == "StorageFull", result
    assert result["second_error"] == "StorageFull", "a save on a still-full disk"
    assert result["readable_while_full"] is True
    _ok(result["checks_while_full"])
    assert result["rekey_error"] == "StorageFull", "changing the passphrase on a full disk"
    assert result["header_unchanged"] is True
    assert result["leftover_temp"] == []
    assert result["lock_error"] is None, "locking on a full disk must not raise"
    assert result["intact_after_reopen"] is True
    assert result["count_after_reopen"] == result["saved"]
    _ok(result["checks_after_reopen"])
    # The tmpfs went away with the namespace: nothing is left mounted here.
    assert list(mountpoint.iterdir()) == []
