"""Typed failures the core reports.

Every exception carries data, never journal text. The UI maps each type to one plain,
kind, translatable message (see ``companion/ui/messages.py``).
"""

from __future__ import annotations


class CompanionError(Exception):
    """Base class for every failure the core reports on purpose."""


class WrongPassphrase(CompanionError):
    """The passphrase or recovery code did not unwrap the data key.

    Detected by the AES-GCM tag before the database is touched.
    """


class VaultNotFound(CompanionError):
    """There is no vault in the given folder (first run, or a mistyped path)."""

    def __init__(self, folder: str) -> None:
        super().__init__(f"no vault in {folder}")
        self.folder = folder


class VaultExists(CompanionError):
    """Creation refused because a vault already lives in the folder."""

    def __init__(self, folder: str) -> None:
        super().__init__(f"a vault already exists in {folder}")
        self.folder = folder


class VaultDamaged(CompanionError):
    """The header or the database failed a check. Nothing was written."""

    def __init__(self, part: str, reason: str) -> None:
        super().__init__(f"{part}: {reason}")
        self.part = part
        self.reason = reason


class VaultInUse(CompanionError):
    """Another program (or another Companion window) holds a lock on the database.

    Not damage: nothing is wrong with the files, and nothing was written. Closing the
    other program and trying again is enough.
    """


class VaultLocked(CompanionError):
    """An operation needed an unlocked vault."""


class UnsupportedVersion(CompanionError):
    """The file was written by a newer Companion than this one."""

    def __init__(self, what: str, found: int, supported: int) -> None:
        super().__init__(f"{what} version {found} is newer than supported {supported}")
        self.what = what
        self.found = found
        self.supported = supported


class WeakPassphrase(CompanionError):
    """The new passphrase does not meet the minimum rules."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class StorageFull(CompanionError):
    """The disk is full: nothing was saved, nothing already saved was lost."""


class EntryNotFound(CompanionError):
    """No entry with this id (it may have been deleted for good)."""

    def __init__(self, entry_id: int) -> None:
        super().__init__(f"no entry {entry_id}")
        self.entry_id = entry_id


class InvalidEntry(CompanionError):
    """An entry failed validation (for instance an unknown mood value)."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class PreferencesError(CompanionError):
    """The preferences file could not be read; defaults are used instead."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ResourceDataError(CompanionError):
    """A resource directory or pack failed validation.

    ``problems`` holds one human-readable line per problem, each naming the entry and
    the field.
    """

    def __init__(self, source: str, problems: list[str]) -> None:
        super().__init__(f"{source}: {len(problems)} problem(s)")
        self.source = source
        self.problems = problems
