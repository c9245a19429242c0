"""The typed errors of import, export and merge (each carries data, never journal text).

What each means for the person (the UI words them kindly):

* :class:`UnknownFormat` — "Companion doesn't recognise this file. Choose its type."
* :class:`ImportFileError` — "This file can't be read as <format>" (damaged, truncated,
  not what its name says); nothing was imported.
* :class:`ImportHasProblems` — some rows can't be imported; they are listed (line or id
  and reason), and the rest can be imported if the person agrees.
* :class:`PlaintextNotConfirmed` — a readable (unencrypted) export needs a clear "yes".
* :class:`PlaintextForbidden` — this computer's policy does not allow readable exports.
* :class:`ExportTargetExists` — the file or folder is already there; nothing was written.
* Cancelled (``companion.core.vault.errors``) — stopped; nothing was changed or kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from companion.core.errors import CompanionError


@dataclass(frozen=True)
class RowProblem:
    """One row of a source that cannot be imported.

    Attributes:
        where: Where it is in the source: ``"line 12"``, ``"entry 3"``, ``"id 5e1f…"``.
        reason: Why, in a few plain words (never the row's content).
    """

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class TransferError(CompanionError):
    """Base class of import, export and merge errors."""


class UnknownFormat(TransferError):
    """The file's format could not be told from its contents (pass it explicitly)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"unknown format: {name}")
        self.name = name


class ImportFileError(TransferError):
    """The whole file cannot be read in the expected format; nothing was imported.

    Attributes:
        format: The format it was read as.
        reason: Why (no content).
    """

    def __init__(self, format: str, reason: str) -> None:
        super().__init__(f"{format}: {reason}")
        self.format = format
        self.reason = reason


class ImportHasProblems(TransferError):
    """Some rows cannot be imported; nothing was. Import again with ``accept_problems``."""

    def __init__(self, problems: Sequence[RowProblem]) -> None:
        super().__init__(f"{len(problems)} row(s) cannot be imported")
        self.problems = list(problems)


class PlaintextNotConfirmed(TransferError):
    """A readable export was asked for without the explicit confirmation."""


class PlaintextForbidden(TransferError):
    """The administrator's policy forbids readable exports on this computer."""


class ExportTargetExists(TransferError):
    """The export target already exists and overwriting was not asked for."""

    def __init__(self, path: str) -> None:
        super().__init__(f"already exists: {path}")
        self.path = path
