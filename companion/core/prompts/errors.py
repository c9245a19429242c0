"""Typed failures of prompts and templates."""

from __future__ import annotations

from companion.core.errors import CompanionError


class InvalidTemplate(CompanionError):
    """An unknown template, or an answer that cannot go into an entry."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason
