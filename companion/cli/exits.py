"""Exit codes and the one-line messages a script can act on (see ``docs/cli.md``).

Every failure prints one line to stderr, ``companion: <code-name>: <what happened>``, and
exits with its own code; the code name is stable, the words after it may improve.
"""

from __future__ import annotations

from enum import IntEnum

from companion.core.errors import (
    CompanionError,
    StorageFull,
    UnsupportedVersion,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from companion.core.transfer.errors import (
    ExportTargetExists,
    ImportFileError,
    ImportHasProblems,
    PlaintextForbidden,
    PlaintextNotConfirmed,
    UnknownFormat,
)
from companion.core.vault.errors import BackupFailed, BackupNotFound, Cancelled, NotAnExport


class Exit(IntEnum):
    """What ``companion`` exits with."""

    OK = 0
    INTERNAL = 1  # a bug: please report it (no journal text is ever printed)
    USAGE = 2  # wrong arguments (argparse)
    WRONG_PASSPHRASE = 3
    DAMAGED = 4  # the journal or a backup failed a check; nothing was written
    BAD_INPUT = 5  # an import file or journal file that cannot be read, a weak passphrase
    NEEDS_CONFIRMATION = 6  # re-run with --yes (nothing was done)
    NOT_FOUND = 7  # no journal in the data folder, no such backup
    EXISTS = 8  # a journal or an export target is already there
    IN_USE = 9  # the journal is open in another Companion
    STORAGE_FULL = 10
    NEWER_VERSION = 11  # written by a newer Companion
    FORBIDDEN = 12  # the administrator's policy forbids it
    BACKUP_FAILED = 13
    CANCELLED = 130  # Ctrl+C


_NAMES: dict[Exit, str] = {
    Exit.INTERNAL: "internal-error",
    Exit.WRONG_PASSPHRASE: "wrong-passphrase",
    Exit.DAMAGED: "damaged",
    Exit.BAD_INPUT: "bad-input",
    Exit.NEEDS_CONFIRMATION: "needs-confirmation",
    Exit.NOT_FOUND: "not-found",
    Exit.EXISTS: "exists",
    Exit.IN_USE: "in-use",
    Exit.STORAGE_FULL: "storage-full",
    Exit.NEWER_VERSION: "newer-version",
    Exit.FORBIDDEN: "forbidden",
    Exit.BACKUP_FAILED: "backup-failed",
    Exit.CANCELLED: "cancelled",
}

# Most specific first.
_BY_ERROR: tuple[tuple[type[BaseException], Exit, str], ...] = (
    (WrongPassphrase, Exit.WRONG_PASSPHRASE, "the passphrase (or recovery code) does not open it"),
    (VaultDamaged, Exit.DAMAGED, "the journal's files failed a check; nothing was written"),
    (NotAnExport, Exit.BAD_INPUT, "not a Companion journal file"),
    (UnknownFormat, Exit.BAD_INPUT, "the file's format is not known; give it with --format"),
    (ImportFileError, Exit.BAD_INPUT, "the file cannot be read in that format"),
    (ImportHasProblems, Exit.NEEDS_CONFIRMATION, "some rows cannot be imported"),
    (WeakPassphrase, Exit.BAD_INPUT, "the passphrase is too short"),
    (PlaintextNotConfirmed, Exit.NEEDS_CONFIRMATION, "a readable export needs --yes"),
    (PlaintextForbidden, Exit.FORBIDDEN, "readable exports are turned off on this computer"),
    (ExportTargetExists, Exit.EXISTS, "the target is already there (--overwrite replaces it)"),
    (VaultExists, Exit.EXISTS, "there is already a journal here"),
    (VaultNotFound, Exit.NOT_FOUND, "there is no journal in the data folder"),
    (BackupNotFound, Exit.NOT_FOUND, "no such backup"),
    (VaultInUse, Exit.IN_USE, "the journal is open in another Companion; close it first"),
    (StorageFull, Exit.STORAGE_FULL, "the disk is full; nothing was changed"),
    (UnsupportedVersion, Exit.NEWER_VERSION, "written by a newer Companion"),
    (BackupFailed, Exit.BACKUP_FAILED, "the copy did not verify; nothing was kept"),
    (Cancelled, Exit.CANCELLED, "stopped; nothing was changed"),
)


def name_of(code: Exit) -> str:
    """The stable name printed with a code."""
    return _NAMES.get(code, "ok")


def classify(error: BaseException) -> tuple[Exit, str]:
    """The exit code and a short, content-free message for a core error."""
    for kind, code, message in _BY_ERROR:
        if isinstance(error, kind):
            detail = ""
            if isinstance(error, VaultDamaged):
                detail = f" ({error.part}: {error.reason})"
            elif isinstance(error, ImportFileError | NotAnExport):
                detail = f" ({error.reason})"
            return code, message + detail
    if isinstance(error, CompanionError):
        return Exit.INTERNAL, type(error).__name__
    return Exit.INTERNAL, type(error).__name__
