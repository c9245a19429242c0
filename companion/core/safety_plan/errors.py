"""The safety plan's typed failures. They carry field names, never the plan's words."""

from __future__ import annotations

from companion.core.errors import CompanionError


class InvalidSafetyPlan(CompanionError):
    """A line of the plan failed validation; nothing was saved.

    Attributes:
        field: Where the problem is, e.g. ``"warning_signs[2].text"``.
        reason: What is wrong, in plain words (for logs; the UI has its own message).
    """

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason
