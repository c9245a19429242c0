"""Non-sensitive preferences in a small, versioned JSON file.

Only the fields of :class:`Preferences` ever live here: appearance, language, auto-lock,
the help country, accessibility switches, whether the gentle response and the quick-exit
explanation were seen, and reminder times. Nothing derived from an entry is allowed in.

Guest and public sessions keep preferences in memory only: they neither read the file
(the previous person's country or theme must not greet the next) nor write it. That is
:meth:`PreferenceStorage.in_memory`.

File versions: 1 had theme, language, auto-lock and country. 2 adds reduced motion, high
contrast, the gentle response, the quick-exit explanation flag and check-in reminders;
3 adds the backups' second folder. An older file is migrated on load (and written as the
current version on the next save).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, Literal

from companion.core.errors import PreferencesError
from companion.core.fsutil import atomic_write_bytes
from companion.core.paths import create_private_dirs

PREFERENCES_VERSION = 3
Theme = Literal["system", "light", "dark"]
_THEMES = ("system", "light", "dark")
MIN_AUTO_LOCK, MAX_AUTO_LOCK = 1, 240
MAX_CHECKIN_REMINDERS = 12
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")
_CLOCK_TIME = re.compile(r"(\d{1,2}):(\d{2})")


@dataclass(frozen=True)
class Preferences:
    """What the person chose.

    Attributes:
        theme: Appearance.
        language: Interface language tag (``"de"``, ``"pt-BR"``) or ``None`` (the system's).
        auto_lock_minutes: Lock after this long without use.
        country: ISO 3166-1 alpha-2 code for help, or ``None`` (the system's region).
        reduced_motion: Fewer animations (breathing exercises use a still guide).
        high_contrast: The high-contrast palette.
        gentle_response: After a low-mood entry, offer help and an exercise.
        quick_exit_explained: The one-time explanation of quick exit was shown.
        checkin_reminders: Times of day (``"HH:MM"``, sorted, unique) for check-in
            reminders while the app runs.
        backup_copy_folder: A second place (a USB stick) that also gets a copy of each
            backup, or ``None``.
    """

    theme: Theme = "system"
    language: str | None = None
    auto_lock_minutes: int = 5
    country: str | None = None
    reduced_motion: bool = False
    high_contrast: bool = False
    gentle_response: bool = True
    quick_exit_explained: bool = False
    checkin_reminders: tuple[str, ...] = ()
    backup_copy_folder: str | None = None

    def with_changes(self, **changes: Any) -> Preferences:
        """A copy with some fields changed, validated (a list of reminders is accepted)."""
        return _validated(replace(self, **changes))


def normalise_language_tag(value: object) -> str | None:
    """``"pt_br"`` → ``"pt-BR"``; ``None`` for anything that is not a language tag."""
    if not isinstance(value, str) or not _LANGUAGE_TAG.fullmatch(value.strip()):
        return None
    parts = re.split(r"[-_]", value.strip())
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())  # a script: Latn, Cyrl
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            out.append(part.upper())  # a region: BR, 419
        else:
            out.append(part.lower())
    return "-".join(out)


def normalise_reminders(value: object) -> tuple[str, ...]:
    """Valid ``H:MM``/``HH:MM`` times as sorted, unique ``HH:MM``; anything else dropped."""
    if not isinstance(value, (list, tuple)):
        return ()
    times: set[str] = set()
    for item in value:
        match = _CLOCK_TIME.fullmatch(item) if isinstance(item, str) else None
        if match and int(match[1]) < 24 and int(match[2]) < 60:
            times.add(f"{int(match[1]):02d}:{match[2]}")
    return tuple(sorted(times)[:MAX_CHECKIN_REMINDERS])


def _flag(value: object, default: bool) -> bool:
    return value if isinstance(value, bool) else default


def _validated(prefs: Preferences) -> Preferences:
    defaults = Preferences()
    theme = prefs.theme if prefs.theme in _THEMES else "system"
    minutes = prefs.auto_lock_minutes
    if not isinstance(minutes, int) or isinstance(minutes, bool):
        minutes = defaults.auto_lock_minutes
    minutes = min(max(minutes, MIN_AUTO_LOCK), MAX_AUTO_LOCK)
    country = prefs.country
    if not (isinstance(country, str) and len(country) == 2 and country.isascii()):
        country = None
    elif not country.isalpha():
        country = None  # two letters or nothing: "G1" is no country
    return Preferences(
        theme=theme,
        language=normalise_language_tag(prefs.language),
        auto_lock_minutes=minutes,
        country=country.upper() if country else None,
        reduced_motion=_flag(prefs.reduced_motion, defaults.reduced_motion),
        high_contrast=_flag(prefs.high_contrast, defaults.high_contrast),
        gentle_response=_flag(prefs.gentle_response, defaults.gentle_response),
        quick_exit_explained=_flag(prefs.quick_exit_explained, defaults.quick_exit_explained),
        checkin_reminders=normalise_reminders(prefs.checkin_reminders),
        backup_copy_folder=_folder(prefs.backup_copy_folder),
    )


def _folder(value: object) -> str | None:
    """An absolute folder path as text, or ``None``."""
    if isinstance(value, str) and value and Path(value).is_absolute():
        return value
    return None


def _v1_to_v2(doc: dict[str, Any]) -> dict[str, Any]:
    # The new fields are written out with the defaults of version 2, so that a later
    # version changing a default does not silently change what this person had.
    added = {
        "reduced_motion": False,
        "high_contrast": False,
        "gentle_response": True,
        "quick_exit_explained": False,
        "checkin_reminders": [],
    }
    return {**added, **doc, "version": 2}


def _v2_to_v3(doc: dict[str, Any]) -> dict[str, Any]:
    return {"backup_copy_folder": None, **doc, "version": 3}


#: ``MIGRATIONS[n]`` turns a version-``n`` document into version ``n + 1``.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
}


def migrate_document(doc: dict[str, Any]) -> dict[str, Any]:
    """Bring a decoded preferences document up to :data:`PREFERENCES_VERSION`.

    Newer documents are returned as they are (their unknown keys are ignored on load).

    Raises:
        ValueError: ``version`` is missing or not a positive whole number.
    """
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError("missing version")
    while version < PREFERENCES_VERSION:
        doc = MIGRATIONS[version](doc)
        version = doc["version"]
    return doc


def load_preferences(path: Path) -> tuple[Preferences, PreferencesError | None]:
    """Read preferences; a missing file gives defaults, a broken one gives defaults and
    the error (so the UI can mention it) but never raises."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Preferences(), None
    except OSError as exc:
        return Preferences(), PreferencesError(f"could not read preferences: {exc.strerror}")
    try:
        doc = json.loads(raw.decode("utf-8"))
        if not isinstance(doc, dict):
            raise ValueError("not an object")
        doc = migrate_document(doc)
        known = {f.name for f in fields(Preferences)}
        values = {k: v for k, v in doc.items() if k in known}
        return _validated(Preferences(**values)), None
    except RecursionError:  # json.loads on absurdly deep nesting
        return Preferences(), PreferencesError("preferences file is not valid: nested too deeply")
    except (ValueError, TypeError, UnicodeDecodeError) as exc:
        return Preferences(), PreferencesError(f"preferences file is not valid: {exc}")


def preferences_document(prefs: Preferences) -> dict[str, Any]:
    """The JSON document :func:`save_preferences` writes for ``prefs``."""
    doc = asdict(_validated(prefs))
    doc["checkin_reminders"] = list(doc["checkin_reminders"])
    return {"version": PREFERENCES_VERSION, **doc}


def save_preferences(path: Path, prefs: Preferences) -> None:
    """Write preferences atomically (0600; a folder it creates is 0700, an existing
    folder keeps its permissions)."""
    create_private_dirs(path.parent)
    text = json.dumps(preferences_document(prefs), indent=2, sort_keys=True)
    atomic_write_bytes(path, text.encode("utf-8"))


class PreferenceStorage:
    """Where preferences are kept: a file, or nowhere at all.

    ``PreferenceStorage.in_memory()`` is the "do not persist" mode for guest and public
    sessions: :meth:`load` gives defaults without looking at any file and :meth:`save`
    writes nothing.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path

    @classmethod
    def on_disk(cls, path: Path) -> PreferenceStorage:
        """Preferences kept in ``path``."""
        return cls(path)

    @classmethod
    def in_memory(cls) -> PreferenceStorage:
        """Preferences kept for this run only."""
        return cls(None)

    @property
    def persists(self) -> bool:
        """True when preferences outlive this run."""
        return self.path is not None

    def load(self) -> tuple[Preferences, PreferencesError | None]:
        """The stored preferences (defaults when nothing is stored)."""
        if self.path is None:
            return Preferences(), None
        return load_preferences(self.path)

    def save(self, prefs: Preferences) -> bool:
        """Store ``prefs``; returns whether anything was written.

        Raises:
            StorageFull: The disk is full (the previous file is untouched).
            OSError: The folder cannot be written.
        """
        if self.path is None:
            return False
        save_preferences(self.path, prefs)
        return True
