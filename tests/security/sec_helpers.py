"""Shared helpers for the security tests: canaries, byte scans, child sessions, strace.

``conftest.py`` puts this folder on ``sys.path`` so test modules ``import sec_helpers``
(pytest runs with ``--import-mode=importlib``, which does not); the child script finds it
next to itself. Children run ``child_session.py`` by path with the repository root on
``PYTHONPATH``. The canary reaches a child through the environment only, so no script or
argument file on disk ever contains it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
CHILD_SCRIPT = Path(__file__).resolve().with_name("child_session.py")
CANARY_ENV = "COMPANION_TEST_CANARY"
SQLITE_MAGIC = b"SQLite format 3\x00"


# --------------------------------------------------------------------------- canaries


def new_canary() -> str:
    """A fresh ``CANARY-<32 hex>``: long enough that a chance match is impossible."""
    return f"CANARY-{secrets.token_hex(16)}"


def canary_needles(canary: str) -> dict[str, bytes]:
    """Every byte form in which the canary could leak.

    The FTS5 tokenizer (unicode61) lower-cases and splits ``CANARY-abc`` into the tokens
    ``canary`` and ``abc``; ``canary`` is the same for every test, so the unique token is
    the hex part. Each text form is searched in UTF-8, UTF-16LE and UTF-16BE.
    """
    token = canary.split("-", 1)[1].lower()
    texts = {"exact": canary, "lower": canary.lower(), "token": token}
    needles: dict[str, bytes] = {}
    for name, text in texts.items():
        for enc in ("utf-8", "utf-16-le", "utf-16-be"):
            needles[f"{name}/{enc}"] = text.encode(enc)
    return needles


def find_needles(data: bytes, needles: dict[str, bytes]) -> list[str]:
    """Names of the needle forms found in ``data``."""
    return [name for name, needle in needles.items() if needle in data]


def scan_for_canary(roots: Iterable[Path], canary: str) -> list[str]:
    """Search every byte of every regular file under ``roots``; one line per hit."""
    needles = canary_needles(canary)
    hits: list[str] = []
    for root in roots:
        if not root.exists():
            continue
        for dirpath, _dirs, files in os.walk(root, followlinks=False):
            for name in files:
                path = Path(dirpath) / name
                if not path.is_file() or path.is_symlink():
                    continue
                try:
                    data = path.read_bytes()
                except OSError as exc:  # a file vanishing mid-scan is not a pass
                    hits.append(f"{path}: unreadable ({exc})")
                    continue
                hits.extend(f"{path}: {form}" for form in find_needles(data, needles))
    return hits


def list_files(root: Path) -> list[Path]:
    """Every file (any type but directories) under ``root``, sorted."""
    if not root.exists():
        return []
    return sorted(p for p in root.rglob("*") if not p.is_dir())


def file_state(path: Path) -> tuple[str, int, int]:
    """(sha256, size, mtime_ns) of a file: what "never written to" is checked against."""
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_size, st.st_mtime_ns


# --------------------------------------------------------------------------- the vault


def vault_kwargs() -> dict[str, Any]:
    """Keyword arguments that keep Argon2id tiny for create, unlock and rekey.

    Unlock needs them too: without them it calibrates and re-wraps the key with
    production parameters (and rewrites the header), which is slow and not under test.
    """
    from companion.core.vault.crypto import TEST_KDF_PARAMS

    return {"kdf_params": TEST_KDF_PARAMS, "allow_weak_for_tests": True}


def vault_files(folder: Path) -> tuple[Path, Path]:
    """(database, header) paths of the vault in ``folder``."""
    from companion.core.vault.layout import vault_files as layout_files

    header, database = layout_files(folder)
    return database, header


def seal_header(doc: dict[str, Any]) -> bytes:
    """Header bytes for an edited header document with every checksum recomputed.

    What a deliberate, well-formed edit looks like (a newer Companion, a hostile header):
    the checksums only catch accidental damage, so these tests must get past them to
    reach the checks behind them.
    """
    from companion.core.vault.integrity import checksum

    for slot in doc.get("slots", {}).values():
        if isinstance(slot, dict):
            slot.pop("checksum", None)
            slot["checksum"] = checksum(slot)
    doc.pop("checksum", None)
    doc["checksum"] = checksum(doc)
    return json.dumps(doc, indent=2, sort_keys=True).encode()


# --------------------------------------------------------------------------- processes


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for a child Python: repo importable, no bytecode files written."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop(CANARY_ENV, None)
    if extra:
        env.update(extra)
    return env


def child_command(mode: str, *args: str) -> list[str]:
    """argv running one mode of the child session script."""
    return [sys.executable, str(CHILD_SCRIPT), mode, *args]


def strace_usable() -> str | None:
    """None when strace runs here, else the precise reason it cannot."""
    if not sys.platform.startswith("linux"):
        return "strace checks are Linux-only"
    exe = shutil.which("strace")
    if exe is None:
        return "strace is not installed (Debian package: strace)"
    probe = subprocess.run(
        [exe, "-f", "-qq", "-o", os.devnull, "-e", "trace=openat", "true"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    if probe.returncode != 0:
        return f"strace cannot trace here (ptrace refused?): {probe.stderr.strip()[:200]}"
    return None


STRACE_SYSCALLS = (
    "open,openat,openat2,creat,rename,renameat,renameat2,link,linkat,symlink,symlinkat,"
    "mkdir,mkdirat,unlink,unlinkat,truncate,write,pwrite64,writev,pwritev,pwritev2,"
    "socket,connect"
)


def strace_prefix(log_prefix: Path, *, capture_writes: bool = True) -> list[str]:
    """strace argv to put before a command. ``-ff``: one log per thread, no split lines.

    ``-xx`` prints every byte of every string (paths and write buffers) as ``\\xNN`` so the
    logs decode back to exact bytes; ``-yy`` names the file behind each descriptor. Without
    ``capture_writes`` the write family is not traced at all (big runs would log hundreds
    of MB); file creation, renames and sockets still are.
    """
    syscalls = STRACE_SYSCALLS
    if not capture_writes:
        syscalls = ",".join(
            name for name in STRACE_SYSCALLS.split(",") if not name.startswith(("write", "pwrite"))
        )
    size = "16777216" if capture_writes else "4096"
    return [
        "strace", "-ff", "-qq", "-yy", "-xx", "-s", size, "-o", str(log_prefix),
        "-e", f"trace={syscalls}",
    ]  # fmt: skip


_HEX_RUN = r"((?:\\x[0-9a-f]{2})*)"
_TOKEN_RE = re.compile(r'"' + _HEX_RUN + r'"|(AT_FDCWD|-?\d+)<' + _HEX_RUN + r">")
_CALL_RE = re.compile(r"^(\w+)\(")
_RESULT_RE = re.compile(r"\)\s+=\s+(-?\d+)(?:<" + _HEX_RUN + r">)?")
_WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC")


def _unhex(run: str) -> bytes:
    return bytes.fromhex(run.replace("\\x", ""))


@dataclass
class TraceCall:
    """One decoded syscall line."""

    name: str
    strings: list[bytes]  # quoted arguments in order
    fds: list[tuple[str, bytes]]  # annotated descriptors in order (fd, path)
    result: int | None
    result_path: bytes | None
    raw: str


@dataclass
class TraceReport:
    """What a traced process tree did to the file system and the network."""

    calls: list[TraceCall] = field(default_factory=list)

    def _paths(self, call: TraceCall) -> list[bytes]:
        """Absolute paths named by string arguments, resolved against their dirfd."""
        out: list[bytes] = []
        base = call.fds[0][1] if call.fds else b""
        for text in call.strings:
            if text.startswith(b"/") or not base:
                out.append(text)
            else:
                out.append(base.rstrip(b"/") + b"/" + text)
        return out

    def files_written(self) -> list[str]:
        """Paths opened for writing/creation, created, renamed to, linked or made."""
        result: list[str] = []
        for call in self.calls:
            if call.name in ("open", "openat", "openat2", "creat"):
                if call.name != "creat" and not any(f in call.raw for f in _WRITE_FLAGS):
                    continue
                if call.result is not None and call.result < 0:
                    continue
                path = call.result_path or (self._paths(call) or [b"?"])[0]
                result.append(os.fsdecode(path))
            elif call.name in ("rename", "renameat", "renameat2", "link", "linkat"):
                paths = self._paths_pairwise(call)
                if paths:
                    result.append(os.fsdecode(paths[-1]))
            elif call.name in ("symlink", "symlinkat", "mkdir", "mkdirat", "truncate"):
                result.extend(os.fsdecode(p) for p in self._paths(call)[-1:])
        return result

    def _paths_pairwise(self, call: TraceCall) -> list[bytes]:
        # renameat(olddirfd<..>, "old", newdirfd<..>, "new"): pair each string with the
        # descriptor printed just before it in the raw line.
        out: list[bytes] = []
        last_dir = b""
        for match in _TOKEN_RE.finditer(call.raw.split(") =")[0]):
            if match.group(2) is not None:
                last_dir = _unhex(match.group(3))
            else:
                text = _unhex(match.group(1))
                if text.startswith(b"/") or not last_dir:
                    out.append(text)
                else:
                    out.append(last_dir.rstrip(b"/") + b"/" + text)
        return out

    def write_buffers(self) -> Iterator[tuple[str, bytes]]:
        """(target path, bytes) of every write-family call."""
        for call in self.calls:
            if call.name in ("write", "pwrite64", "writev", "pwritev", "pwritev2"):
                target = os.fsdecode(call.fds[0][1]) if call.fds else "?"
                for buf in call.strings:
                    yield target, buf

    def sockets(self) -> list[str]:
        """Raw lines of every socket() and connect() call."""
        return [c.raw for c in self.calls if c.name in ("socket", "connect")]


def parse_strace(log_prefix: Path) -> TraceReport:
    """Decode every ``<prefix>.<pid>`` log written by :func:`strace_prefix`."""
    report = TraceReport()
    for log in sorted(log_prefix.parent.glob(log_prefix.name + ".*")):
        for line in log.read_text(encoding="ascii", errors="replace").splitlines():
            head = _CALL_RE.match(line)
            if head is None:
                continue  # signals, exit lines
            strings: list[bytes] = []
            fds: list[tuple[str, bytes]] = []
            args_part = line.rsplit(") =", 1)[0]
            for match in _TOKEN_RE.finditer(args_part):
                if match.group(2) is not None:
                    fds.append((match.group(2), _unhex(match.group(3))))
                else:
                    strings.append(_unhex(match.group(1)))
            res = _RESULT_RE.search(line[len(args_part) :])
            result = int(res.group(1)) if res else None
            result_path = _unhex(res.group(2)) if res and res.group(2) is not None else None
            report.calls.append(TraceCall(head.group(1), strings, fds, result, result_path, line))
    return report


def outside(paths: Sequence[str], allowed_roots: Sequence[Path]) -> list[str]:
    """The paths not inside any allowed root (``/dev/null`` and pipes are always fine)."""
    roots = [str(r.resolve()) for r in allowed_roots]
    bad = []
    for path in paths:
        if path in ("/dev/null", "/dev/tty") or path.startswith(("pipe:", "socket:")):
            continue
        if not any(path == r or path.startswith(r + "/") for r in roots):
            bad.append(path)
    return sorted(set(bad))


# --------------------------------------------------------------------------- sandbox


@dataclass
class Sandbox:
    """Folders of one test: the vault's data dir, a watched temp dir, the fake home."""

    root: Path
    data_dir: Path
    temp_dir: Path
    home: Path
    trace_dir: Path

    @property
    def scan_roots(self) -> list[Path]:
        """Everywhere a leak would land: data, temp, home (config, cache, state, logs)."""
        return [self.data_dir, self.temp_dir, self.home]

    def env(self, canary: str | None = None) -> dict[str, str]:
        """Environment for a child confined to this sandbox."""
        extra = {
            "TMPDIR": str(self.temp_dir),
            "SQLITE_TMPDIR": str(self.temp_dir),
            "TEMP": str(self.temp_dir),
            "TMP": str(self.temp_dir),
            "COMPANION_DATA_DIR": str(self.data_dir),
        }
        if canary is not None:
            extra[CANARY_ENV] = canary
        return child_env(extra)
