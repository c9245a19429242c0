"""Typed failures of the self-care check-in. They carry ids and field names only."""

from __future__ import annotations

from companion.core.errors import CompanionError


class InvalidCheckin(CompanionError):
    """A check-in action, day or reminder failed validation; nothing was saved."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class ActionNotFound(CompanionError):
    """No check-in action with this id (it may have been deleted)."""

    def __init__(self, action_id: int) -> None:
        super().__init__(f"no check-in action {action_id}")
        self.action_id = action_id
