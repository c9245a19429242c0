"""Which preferences the policy fixes, so the preferences screen can mark them.

A managed preference shows the policy's value, cannot be changed, and says "Set by your
organisation". The person's own stored value is kept untouched underneath: if the policy
goes away, their choice comes back. That is why :meth:`ManagedSettings.apply` gives the
*effective* preferences for use, and the stored ones are what gets saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from companion.core.policy.model import Policy
from companion.core.settings import Preferences


@dataclass(frozen=True)
class ManagedSetting:
    """One preference fixed by the policy.

    Attributes:
        field: The :class:`Preferences` field (``"auto_lock_minutes"``).
        value: The value the policy fixes it to.
        policy_key: The policy setting that does it (``"auto_lock_minutes"``).
    """

    field: str
    value: object
    policy_key: str


@dataclass(frozen=True)
class ManagedSettings:
    """Every preference the policy fixes, and where the policy is."""

    settings: tuple[ManagedSetting, ...] = ()
    source: Path | None = None

    def is_managed(self, field: str) -> bool:
        """True when the preference ``field`` is fixed by the policy."""
        return any(item.field == field for item in self.settings)

    @property
    def fields(self) -> frozenset[str]:
        """The names of the managed preference fields."""
        return frozenset(item.field for item in self.settings)

    def apply(self, prefs: Preferences) -> Preferences:
        """The preferences in force: the person's, with the managed fields replaced."""
        if not self.settings:
            return prefs
        return prefs.with_changes(**{item.field: item.value for item in self.settings})

    def without_managed(self, changes: dict[str, object]) -> dict[str, object]:
        """``changes`` minus any managed field (a screen may not change those)."""
        return {key: value for key, value in changes.items() if not self.is_managed(key)}


def managed_settings(policy: Policy) -> ManagedSettings:
    """The preferences ``policy`` fixes.

    ``default_country`` is not among them: it is only the starting point, and the
    person's own choice of country for help always wins (in public mode for the rest of
    the session).
    """
    items: list[ManagedSetting] = []
    if policy.auto_lock_minutes is not None:
        items.append(
            ManagedSetting("auto_lock_minutes", policy.auto_lock_minutes, "auto_lock_minutes")
        )
    if policy.ui_language is not None:
        items.append(ManagedSetting("language", policy.ui_language, "ui_language"))
    return ManagedSettings(tuple(items), policy.source)
