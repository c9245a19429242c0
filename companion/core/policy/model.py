"""What an administrator's policy says, once read: typed values and typed problems.

A :class:`Policy` is always complete. Whatever the file held, every field has a value the
program can use, and every value that was not taken from the file as written is explained
by one :class:`PolicyProblem` naming the key, what was wrong and what was used instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

PolicyMode = Literal["personal", "public"]
AfterQuickExit = Literal["quit", "neutral_screen"]

POLICY_FILENAME = "policies.json"
POLICY_VERSION = 1
MAX_POLICY_BYTES = 64 * 1024

#: Public mode's idle reset: five minutes unless the policy says otherwise. The range
#: keeps a session usable (one minute is enough to read a helpline number) and bounded
#: (a forgotten session is wiped within four hours).
DEFAULT_IDLE_RESET_SECONDS = 300
MIN_IDLE_RESET_SECONDS = 60
MAX_IDLE_RESET_SECONDS = 4 * 60 * 60


@dataclass(frozen=True)
class QuickExitPolicy:
    """Quick exit: the button on every screen and Shift pressed three times.

    Attributes:
        enabled: False removes both the button and the Shift shortcut.
        shift_shortcut: False keeps the button but ignores Shift presses (for kiosks
            where Shift is pressed a lot on its own, e.g. by assistive software).
        after: What follows hiding and locking: ``"quit"`` ends the program,
            ``"neutral_screen"`` leaves one plain window that shows nothing personal.
    """

    enabled: bool = True
    shift_shortcut: bool = True
    after: AfterQuickExit = "quit"

    @property
    def shift_active(self) -> bool:
        """True when Shift pressed three times should trigger quick exit."""
        return self.enabled and self.shift_shortcut


@dataclass(frozen=True)
class PolicyProblem:
    """One thing in a policy file that could not be used as written.

    Attributes:
        key: The setting (``"mode"``, ``"quick_exit.after"``), or ``"policy"`` for the
            file as a whole.
        message: What is wrong, quoting the value found.
        used: What the program uses instead.
    """

    key: str
    message: str
    used: str

    def __str__(self) -> str:
        return f"{self.key}: {self.message}; {self.used}"


@dataclass(frozen=True)
class Policy:
    """Settings managed by the organisation. ``Policy()`` means "nothing is managed".

    Attributes:
        mode: ``"public"`` gives guest sessions only, with idle reset.
        idle_reset_seconds: Public mode wipes a session after this long without use.
        auto_lock_minutes: Fixes the auto-lock preference; ``None`` leaves it to the person.
        default_country: The help panel's country when the person has chosen none (and,
            in public mode, at the start of every session).
        local_resources: A resource pack file, or a folder of packs, to add to help.
        allow_plaintext_export: False forbids exports that are not encrypted.
        quick_exit: Quick-exit settings.
        ui_language: Fixes the interface language (a tag such as ``"de"`` or ``"pt-BR"``).
        source: The file these came from; ``None`` when there is none.
        problems: Everything in the file that was not used as written.
        unusable: The file exists but could not be read as a policy at all, so the
            safest settings are in force (see ``packaging/README.md``).
    """

    mode: PolicyMode = "personal"
    idle_reset_seconds: int = DEFAULT_IDLE_RESET_SECONDS
    auto_lock_minutes: int | None = None
    default_country: str | None = None
    local_resources: Path | None = None
    allow_plaintext_export: bool = True
    quick_exit: QuickExitPolicy = field(default_factory=QuickExitPolicy)
    ui_language: str | None = None
    source: Path | None = None
    problems: tuple[PolicyProblem, ...] = ()
    unusable: bool = False

    @property
    def managed(self) -> bool:
        """True when a policy file was found (the UI then says settings are managed)."""
        return self.source is not None

    @property
    def public(self) -> bool:
        """True in public mode: guest sessions only."""
        return self.mode == "public"

    @property
    def resource_pack(self) -> Path | None:
        """The former name of :attr:`local_resources`, kept for existing callers."""
        return self.local_resources


def unusable_policy(source: Path, problem: PolicyProblem) -> Policy:
    """The policy in force when a policy file exists but cannot be used at all.

    A machine that has a policy file was set up by someone on purpose, and the only
    setting that changes what is kept on the computer is public mode. So an unreadable
    file means public mode (guest sessions, nothing stored), no unencrypted export and
    quick exit on, rather than a personal mode that would keep journals on a shared PC.
    """
    return Policy(
        mode="public",
        allow_plaintext_export=False,
        source=source,
        problems=(problem,),
        unusable=True,
    )


#: What an unusable policy file is replaced by, in words, for the problem line.
UNUSABLE_USED = (
    "nothing in it was used: public mode (guest sessions only, nothing kept), "
    "no unencrypted export, quick exit on"
)
