"""The vault's own typed errors, beyond the shared ones in :mod:`companion.core.errors`.

Every class here is a :class:`~companion.core.errors.CompanionError`; the damage classes
are :class:`~companion.core.errors.VaultDamaged`, so a screen that only knows
``VaultDamaged`` still shows the right, calm message.
"""

from __future__ import annotations

from enum import StrEnum

from companion.core.errors import CompanionError, VaultDamaged


class Damage(StrEnum):
    """What is wrong with a journal database (the files are never changed by the check)."""

    MISSING = "missing"
    TOO_SHORT = "too-short"  # 0 bytes, 1 byte, half a page: a cut-off copy
    NOT_A_JOURNAL = "not-a-journal"  # opens, but holds no Companion tables
    LOG_DAMAGED = "log-damaged"  # the WAL has a bad frame before later commits
    OLDER_THAN_HEADER = "older-than-header"  # lost WAL, or an older journal.db put back
    OLDER_THAN_LOG = "older-than-log"  # an older journal.db next to a newer WAL
    WRONG_DATABASE = "wrong-database"  # header and database are not a pair
    PAGES = "pages"  # a page failed its HMAC or the structure check
    UNREADABLE = "unreadable"  # the key from the header does not open it


class DatabaseDamaged(VaultDamaged):
    """The journal database (or its write-ahead log) failed a check; nothing was written.

    Attributes:
        damage: What kind of damage (see :class:`Damage`).
        kept_aside: Where a copy of the damaged files was put, when one was made (damage
            found while the journal was open); None when the files were left in place
            untouched (damage found before opening).
    """

    def __init__(self, damage: Damage, detail: str = "", kept_aside: str | None = None) -> None:
        reason = damage.value + (f": {detail}" if detail else "")
        super().__init__("database", reason)
        self.damage = damage
        self.detail = detail
        self.kept_aside = kept_aside


class Cancelled(CompanionError):
    """The person cancelled a long operation; nothing it would have changed was changed."""


class BackupFailed(CompanionError):
    """A backup could not be made or did not verify; no unverified file was kept.

    Attributes:
        reason: A short, text-free description for logs ("verify: 2 problem(s)").
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class BackupNotFound(CompanionError):
    """The chosen backup is not (or no longer) there."""

    def __init__(self, name: str) -> None:
        super().__init__(f"no backup {name}")
        self.name = name


class NotAnExport(CompanionError):
    """A file given as an encrypted Companion journal is not one (or is damaged).

    Attributes:
        reason: Why, without any content.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
