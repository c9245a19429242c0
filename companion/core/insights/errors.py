"""Typed failures of the insights."""

from __future__ import annotations

from companion.core.errors import CompanionError


class InvalidRange(CompanionError):
    """A date range or an insight's option is out of bounds."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason
