"""The safety plan as plain text, and the optional copy readable without unlocking.

WARNING — the copy is NOT encrypted. :func:`write_plaintext_copy` puts the person's plan,
in their own words, into an ordinary text file in the data folder, so that the help
panel can show it at the lock screen and the person can open it with any program.
Anyone who can read that folder can read it. That is why it is off by default, why the
screen that turns it on must say so plainly, and why turning it off must call
:func:`remove_plaintext_copy`. It is the one deliberate exception to "no plaintext on
disk", made by the person's own choice, and it holds the safety plan only — never
anything from the journal.

This module imports neither the vault nor the journal: the help panel uses it while
everything else is locked.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from companion.core.fsutil import atomic_write_bytes, ensure_private_dir
from companion.core.safety_plan.models import ATTRIBUTION, STEPS, SafetyPlan

PLAINTEXT_NAME = "safety-plan.txt"
# Far more than any plan (30 lines of 1,000 characters in 7 steps is ~210 KB); a larger
# file is not one we wrote, and is not read into memory.
MAX_COPY_BYTES = 1024 * 1024

TITLE = "My safety plan"
NOT_ENCRYPTED = (
    "This copy is not encrypted: anyone who can open this folder can read it. "
    "You can turn it off in Companion's safety plan settings, which deletes it."
)
DANGER_NOTE = "If you are in danger now, call your local emergency number."
UPDATED = "Last updated"
NOTHING_YET = "(nothing written yet)"


def _same(text: str) -> str:
    return text


def plan_as_text(plan: SafetyPlan, translate: Callable[[str], str] = _same) -> str:
    """The plan as plain text for reading, printing and the unencrypted copy.

    Args:
        plan: The plan.
        translate: Turns each fixed English phrase (titles, notes) into the reader's
            language; the person's own lines are never passed through it.

    Returns:
        Text with one block per step ("1. <title>" then "  - <line>" per line, the
        contact detail after an em dash), the danger note and the attribution.
    """
    out = [translate(TITLE), ""]
    for info in STEPS:
        heading = translate(info.title)
        out.append(f"{info.number}. {heading}" if info.number else heading)
        lines = plan.lines(info.step)
        if not lines:
            out.append(f"  {translate(NOTHING_YET)}")
        for item in lines:
            text = item.text if not item.detail else f"{item.text} — {item.detail}"
            first, *rest = text.splitlines() or [""]
            out.append(f"  - {first}")
            out.extend(f"    {line}" for line in rest)
        out.append("")
    out.append(translate(DANGER_NOTE))
    if plan.updated_at is not None:
        out.append(f"{translate(UPDATED)}: {plan.updated_at.date().isoformat()}")
    out += ["", translate(ATTRIBUTION), ""]
    return "\n".join(out)


def plaintext_copy_path(data_dir: Path) -> Path:
    """Where the unencrypted copy lives: ``<data folder>/safety-plan.txt``."""
    return data_dir / PLAINTEXT_NAME


def write_plaintext_copy(
    plan: SafetyPlan, data_dir: Path, translate: Callable[[str], str] = _same
) -> Path:
    """Write (or replace) the UNENCRYPTED copy, atomically, mode 0600 in a 0700 folder.

    Call this only while the person has turned the copy on, after every save of the
    plan. The first line of the file under the title says it is not encrypted.

    Returns:
        The file's path.

    Raises:
        StorageFull: The disk is full; the previous copy (if any) is untouched.
        OSError: The folder cannot be written.
    """
    ensure_private_dir(data_dir)
    text = plan_as_text(plan, translate)
    title, rest = text.split("\n", 1)
    body = f"{title}\n{translate(NOT_ENCRYPTED)}\n{rest}"
    path = plaintext_copy_path(data_dir)
    atomic_write_bytes(path, body.encode("utf-8"))
    return path


def remove_plaintext_copy(data_dir: Path) -> bool:
    """Delete the unencrypted copy, and any temp file a crash left mid-write.

    The file is unlinked; like any deleted file its blocks may linger on the disk until
    reused, which is one more reason the copy is off by default.

    Returns:
        True when a copy existed and was removed.
    """
    path = plaintext_copy_path(data_dir)
    existed = path.is_file()
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    if data_dir.is_dir():
        for stray in data_dir.glob(f".{PLAINTEXT_NAME}.*.tmp"):
            with contextlib.suppress(OSError):
                stray.unlink()
    return existed


def read_plaintext_copy(data_dir: Path) -> str | None:
    """The copy's text for the help panel, or ``None`` when there is none (or it is unusable).

    Never raises for a missing, unreadable, oversized or badly encoded file: the help
    panel must open whatever is on the disk.
    """
    path = plaintext_copy_path(data_dir)
    try:
        if not path.is_file() or path.stat().st_size > MAX_COPY_BYTES:
            return None
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return None


def sync_plaintext_copy(
    plan: SafetyPlan, data_dir: Path, *, enabled: bool, translate: Callable[[str], str] = _same
) -> Path | None:
    """Make the disk match the person's choice: write the copy when on, remove it when off.

    Returns:
        The copy's path when written, else ``None``.
    """
    if enabled:
        return write_plaintext_copy(plan, data_dir, translate)
    remove_plaintext_copy(data_dir)
    return None
