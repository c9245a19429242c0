"""``companion policy validate FILE``: check a policy file before deploying it.

Exit codes as for ``companion resources validate``: 0 when every setting is used as
written, 1 otherwise (including a file that cannot be read). Either way the settings
that would be in force are printed, so an administrator sees what a mistake turns into.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from companion.core.policy.file import load_policy
from companion.core.policy.model import Policy


def describe_policy(policy: Policy) -> list[str]:
    """The settings in force, one short phrase each, in the order of the keys."""
    parts = [f"{policy.mode} mode"]
    if policy.public:
        parts.append(f"idle reset after {policy.idle_reset_seconds} s")
    if policy.auto_lock_minutes is not None:
        parts.append(f"auto-lock fixed at {policy.auto_lock_minutes} min")
    if policy.default_country is not None:
        parts.append(f"help country {policy.default_country}")
    if policy.local_resources is not None:
        parts.append(f"local resources {policy.local_resources}")
    export = "allowed" if policy.allow_plaintext_export else "not allowed"
    parts.append(f"unencrypted export {export}")
    quick = policy.quick_exit
    if not quick.enabled:
        parts.append("quick exit off")
    else:
        shift = "Shift x3 on" if quick.shift_shortcut else "Shift x3 off"
        then = "quit" if quick.after == "quit" else "a neutral screen"
        parts.append(f"quick exit on ({shift}, then {then})")
    if policy.ui_language is not None:
        parts.append(f"interface language {policy.ui_language}")
    return parts


def validate_command(path: str, out: TextIO) -> int:
    """Validate the policy file at ``path`` and print the outcome to ``out``.

    Prints one line per problem (naming the setting, what is wrong and what is used
    instead), then one line with the settings in force.

    Returns:
        0 when the file is valid, 1 otherwise.
    """
    policy, problems = load_policy(Path(path))
    summary = ", ".join(describe_policy(policy))
    if not problems:
        out.write(f"{path}: OK — {summary}\n")
        return 0
    for problem in problems:
        out.write(f"{path}: {problem}\n")
    out.write(f"{path}: {len(problems)} problem(s); in force: {summary}\n")
    return 1
