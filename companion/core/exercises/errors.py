"""Typed failures of the exercises' timing models."""

from __future__ import annotations

from companion.core.errors import CompanionError


class InvalidExercise(CompanionError):
    """A breathing pattern or relaxation timing is out of range.

    Attributes:
        field: The field at fault, e.g. ``"exhale"``.
        reason: What is wrong, in plain words.
    """

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason
