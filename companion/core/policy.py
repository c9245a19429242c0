"""The administrator's policy file (``policies.json``), read-only at run time.

Library IT put one file in a machine-wide folder (or next to the executable) to set
defaults for everyone. This first version knows two settings — the help panel's default
country and a local resource pack — and is built to grow (public mode, idle reset, quick
exit …) without changing its shape:

    {"version": 1, "default_country": "GB", "resource_pack": "library-help.json"}

A broken policy never stops the program: every setting that cannot be used is ignored
(the safest reading) and reported, one line each, for the administrator.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

POLICY_FILENAME = "policies.json"
POLICY_VERSION = 1
MAX_POLICY_BYTES = 64 * 1024
_KNOWN = ("version", "default_country", "resource_pack")


@dataclass(frozen=True)
class Policy:
    """Settings managed by the organisation. Empty means "nothing is managed"."""

    default_country: str | None = None
    resource_pack: Path | None = None
    source: Path | None = None  # the file these came from

    @property
    def managed(self) -> bool:
        """True when a policy file was found (the UI then says settings are managed)."""
        return self.source is not None


def system_policy_dirs(
    platform: str | None = None, env: Mapping[str, str] | None = None
) -> list[Path]:
    """The machine-wide folders where an administrator puts ``policies.json``."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    if platform.startswith("win"):
        base = env.get("ProgramData") or env.get("PROGRAMDATA") or r"C:\ProgramData"
        return [Path(base) / "Companion"]
    if platform == "darwin":
        return [Path("/Library/Application Support/Companion")]
    return [Path("/etc/companion")]


def find_policy_file(exe_dir: Path | None, system_dirs: Sequence[Path]) -> Path | None:
    """The policy in force: next to the executable first (a portable copy carries its own),
    then the machine-wide folders."""
    folders = ([exe_dir] if exe_dir is not None else []) + list(system_dirs)
    for folder in folders:
        candidate = folder / POLICY_FILENAME
        if candidate.is_file():
            return candidate
    return None


def parse_policy(doc: object, source: Path) -> tuple[Policy, list[str]]:
    """Read a decoded policy document; unusable settings are dropped and reported."""
    problems: list[str] = []
    if not isinstance(doc, dict):
        return Policy(source=source), ["policy: must be a JSON object; nothing was applied"]
    version = doc.get("version")
    if version != POLICY_VERSION:
        problems.append(f"version: expected {POLICY_VERSION}, found {version!r}; read anyway")
    for key in sorted(set(doc) - set(_KNOWN)):
        problems.append(f"{key}: not a setting this version knows; ignored")

    country = doc.get("default_country")
    if country is not None and not (
        isinstance(country, str) and len(country) == 2 and country.isascii() and country.isalpha()
    ):
        problems.append('default_country: must be a two-letter country code like "GB"; ignored')
        country = None

    pack_value = doc.get("resource_pack")
    pack: Path | None = None
    if pack_value is not None:
        if isinstance(pack_value, str) and pack_value.strip():
            pack = Path(pack_value.strip()).expanduser()
            if not pack.is_absolute():
                pack = source.parent / pack  # relative to the policy file, not the cwd
        else:
            problems.append("resource_pack: must be a path to a file or folder; ignored")
    policy = Policy(
        default_country=country.upper() if isinstance(country, str) else None,
        resource_pack=pack,
        source=source,
    )
    return policy, problems


def load_policy(path: Path) -> tuple[Policy, list[str]]:
    """Read one policy file. Never raises: problems come back as lines."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_POLICY_BYTES + 1)
    except OSError as exc:
        return Policy(source=path), [f"policy: cannot be read ({exc.strerror or exc})"]
    if len(raw) > MAX_POLICY_BYTES:
        return Policy(source=path), ["policy: larger than 64 KiB; nothing was applied"]
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        return Policy(source=path), [f"policy: not valid UTF-8 JSON ({exc}); nothing was applied"]
    return parse_policy(doc, path)


def load_effective_policy(
    exe_dir: Path | None = None, system_dirs: Sequence[Path] | None = None
) -> tuple[Policy, list[str]]:
    """Find and read the policy in force on this machine (no file: an empty policy)."""
    if exe_dir is None:
        exe_dir = Path(sys.executable).resolve().parent
    dirs = system_policy_dirs() if system_dirs is None else system_dirs
    path = find_policy_file(exe_dir, dirs)
    if path is None:
        return Policy(), []
    return load_policy(path)
