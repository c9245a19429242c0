"""Cheap detection of network folders, where SQLite's locking and WAL are unreliable.

Library computers often put home folders on SMB/NFS shares. Detection is best effort: a
wrong "no" only means WAL mode on a share (what most apps do anyway); a wrong "yes" only
costs a little speed (rollback journal instead of WAL).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.glusterfs",
    }
)


def _unescape_mount(field: str) -> str:
    # /proc/mounts escapes space, tab, newline and backslash as octal.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def filesystem_type_linux(path: Path, mounts_text: str) -> str | None:
    """The type of the filesystem holding ``path``, from ``/proc/mounts`` text."""
    target = str(path)
    best: tuple[int, str] | None = None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = _unescape_mount(parts[1])
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix) or mount_point == "/") and (
            best is None or len(mount_point) >= best[0]
        ):
            best = (len(mount_point), parts[2])
    return None if best is None else best[1]


def _windows_is_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True  # UNC path: \\server\share
    import ctypes  # only on Windows; keeps the import cheap elsewhere

    drive = os.path.splitdrive(text)[0] + "\\"
    get_drive_type = ctypes.windll.kernel32.GetDriveTypeW  # type: ignore[attr-defined]
    drive_remote = 4
    return bool(get_drive_type(drive) == drive_remote)


def is_network_filesystem(folder: Path) -> bool:
    """True when ``folder`` appears to be on a network share (Linux and Windows)."""
    try:
        resolved = folder.resolve()
        if sys.platform == "win32":
            return _windows_is_remote(resolved)
        if sys.platform.startswith("linux"):
            with open("/proc/self/mounts", encoding="utf-8", errors="replace") as handle:
                fstype = filesystem_type_linux(resolved, handle.read())
            return fstype is not None and fstype.lower() in NETWORK_FS_TYPES
    except (OSError, AttributeError, ValueError):
        return False
    return False
