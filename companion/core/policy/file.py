"""Finding and reading the administrator's ``policies.json``. Read-only; never raises.

Where it is looked for, first found wins (the whole file; files are never merged):

1. next to the executable, in a frozen build only (a portable copy carries its own);
2. the machine-wide folder: ``/etc/companion`` (Linux and other Unix),
   ``%ProgramData%\\Companion`` (Windows), ``/Library/Application Support/Companion``
   (macOS).

A file that is there but cannot be read as a JSON object gives the safest policy
(:func:`~companion.core.policy.model.unusable_policy`) and one problem line; a file whose
settings are partly wrong gives a policy with each wrong setting replaced and one line
per setting (:func:`~companion.core.policy.keys.parse_policy`).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from companion.core.policy.keys import key_name, parse_policy
from companion.core.policy.model import (
    MAX_POLICY_BYTES,
    POLICY_FILENAME,
    UNUSABLE_USED,
    Policy,
    PolicyProblem,
    unusable_policy,
)


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


def program_dir() -> Path | None:
    """The folder of the frozen executable; ``None`` when running from source.

    From source, ``sys.executable`` is a Python interpreter shared by everything else on
    the machine, so nothing beside it (a policy, the portable marker) is ours to read.
    """
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def policy_candidates(exe_dir: Path | None, system_dirs: Sequence[Path]) -> list[Path]:
    """Every place a policy file is looked for, in precedence order."""
    folders = ([exe_dir] if exe_dir is not None else []) + list(system_dirs)
    return [folder / POLICY_FILENAME for folder in folders]


def find_policy_file(exe_dir: Path | None, system_dirs: Sequence[Path]) -> Path | None:
    """The policy in force: next to the executable first, then the machine-wide folders.

    Anything at the name counts, even a folder or an unreadable file: a machine where
    someone put a policy must not quietly run as if it had none.
    """
    for candidate in policy_candidates(exe_dir, system_dirs):
        try:
            if candidate.exists() or candidate.is_symlink():
                return candidate
        except OSError:  # e.g. a folder we may not look into: treat as there, unreadable
            return candidate
    return None


def _no_duplicates(pairs: list[tuple[str, object]], seen: list[str]) -> dict[str, object]:
    """``object_pairs_hook``: keep the last value like ``json`` does, but remember repeats."""
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            seen.append(key)
        result[key] = value
    return result


def decode_policy(raw: bytes, source: Path) -> tuple[Policy, list[PolicyProblem]]:
    """Read a policy from the file's bytes (``source`` is only used to name it)."""

    def unusable(message: str) -> tuple[Policy, list[PolicyProblem]]:
        problem = PolicyProblem("policy", message, UNUSABLE_USED)
        return unusable_policy(source, problem), [problem]

    if len(raw) > MAX_POLICY_BYTES:
        return unusable(f"larger than {MAX_POLICY_BYTES // 1024} KiB")
    repeated: list[str] = []
    try:
        text = raw.decode("utf-8-sig")
        doc = json.loads(text, object_pairs_hook=lambda pairs: _no_duplicates(pairs, repeated))
    except UnicodeDecodeError as exc:
        return unusable(f"not UTF-8 text ({exc.reason} at byte {exc.start})")
    except json.JSONDecodeError as exc:
        return unusable(f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})")
    except RecursionError:
        return unusable("not valid JSON (nested too deeply)")
    policy, problems = parse_policy(doc, source)
    if repeated and isinstance(doc, dict):
        extra = [
            PolicyProblem(
                key_name(key), "given more than once in one object", "the last one is used"
            )
            for key in sorted(set(repeated))
        ]
        problems = extra + problems
        policy = replace(policy, problems=tuple(problems))
    return policy, problems


def load_policy(path: Path) -> tuple[Policy, list[PolicyProblem]]:
    """Read one policy file. Never raises: problems come back as typed lines."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_POLICY_BYTES + 1)
    except OSError as exc:
        problem = PolicyProblem(
            "policy", f"cannot be read ({exc.strerror or type(exc).__name__})", UNUSABLE_USED
        )
        return unusable_policy(path, problem), [problem]
    return decode_policy(raw, path)


def load_effective_policy(
    exe_dir: Path | None = None, system_dirs: Sequence[Path] | None = None
) -> tuple[Policy, list[PolicyProblem]]:
    """Find and read the policy in force on this machine (no file: an empty policy).

    Args:
        exe_dir: The folder beside the executable; ``None`` looks it up
            (:func:`program_dir`, which is ``None`` when running from source).
        system_dirs: The machine-wide folders; ``None`` uses this platform's.
    """
    if exe_dir is None:
        exe_dir = program_dir()
    dirs = system_policy_dirs() if system_dirs is None else system_dirs
    path = find_policy_file(exe_dir, dirs)
    if path is None:
        return Policy(), []
    return load_policy(path)
