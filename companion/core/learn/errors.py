"""Typed failures of the Learn articles."""

from __future__ import annotations

from companion.core.errors import CompanionError


class ArticleError(CompanionError):
    """An article is missing or its file is malformed."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
