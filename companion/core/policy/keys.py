"""Reading a decoded policy document, one key at a time.

Each reader takes the value as found and returns the value to use, adding one
:class:`PolicyProblem` when the two differ. ``null`` counts as "not set" for every key.
Where a wrong value could leave the person less protected, the reader picks the
protective choice (public mode, no unencrypted export, quick exit on); where it only
affects convenience (a country, a language, a pack), it leaves the setting to the person.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import re
from collections.abc import Mapping
from pathlib import Path

from companion.core.policy.model import (
    DEFAULT_IDLE_RESET_SECONDS,
    MAX_IDLE_RESET_SECONDS,
    MIN_IDLE_RESET_SECONDS,
    POLICY_VERSION,
    UNUSABLE_USED,
    AfterQuickExit,
    Policy,
    PolicyMode,
    PolicyProblem,
    QuickExitPolicy,
    unusable_policy,
)
from companion.core.settings import (
    MAX_AUTO_LOCK,
    MIN_AUTO_LOCK,
    Preferences,
    normalise_language_tag,
)

_PLAIN_KEY = re.compile(r"[A-Za-z0-9_.-]{1,40}")
KNOWN_KEYS = (
    "version",
    "mode",
    "idle_reset_seconds",
    "auto_lock_minutes",
    "default_country",
    "local_resources",
    "resource_pack",
    "allow_plaintext_export",
    "quick_exit",
    "ui_language",
)
_QUICK_EXIT_KEYS = ("enabled", "shift_shortcut", "after")
_AFTER: tuple[AfterQuickExit, ...] = ("quit", "neutral_screen")


def key_name(key: str) -> str:
    """A key from the file as a problem line names it: bare when plain, else quoted."""
    return key if _PLAIN_KEY.fullmatch(key) else show(key)


def show(value: object, limit: int = 40) -> str:
    """A value as it would be written in JSON, shortened to keep a problem on one line."""
    try:
        text = json.dumps(value, ensure_ascii=True)
    except (TypeError, ValueError, RecursionError):
        text = f"a {type(value).__name__}"
    return text if len(text) <= limit else text[: limit - 3] + "..."


class _Reader:
    """Collects problems while reading one document."""

    def __init__(self, doc: Mapping[str, object], source: Path) -> None:
        self.doc = doc
        self.source = source
        self.problems: list[PolicyProblem] = []

    def get(self, key: str) -> object:
        return self.doc.get(key)

    def problem(self, key: str, message: str, used: str) -> None:
        self.problems.append(PolicyProblem(key, message, used))

    def version(self) -> None:
        value = self.get("version")
        if value is None:
            self.problem("version", "missing", f"read as version {POLICY_VERSION}")
        elif type(value) is not int or value != POLICY_VERSION:
            self.problem(
                "version",
                f"expected {POLICY_VERSION}, found {show(value)}",
                f"read as version {POLICY_VERSION} anyway",
            )

    def unknown(self) -> None:
        for key in sorted(set(self.doc) - set(KNOWN_KEYS)):
            # Only short keys get a suggestion: matching is quadratic in the key's length.
            close = difflib.get_close_matches(key, KNOWN_KEYS, n=1) if len(key) <= 64 else []
            hint = f' (did you mean "{close[0]}"?)' if close else ""
            self.problem(key_name(key), f"not a setting this version knows{hint}", "ignored")

    def mode(self) -> PolicyMode:
        value = self.get("mode")
        if value is None:
            return "personal"
        if isinstance(value, str) and value.strip().lower() in ("personal", "public"):
            return "public" if value.strip().lower() == "public" else "personal"
        self.problem(
            "mode",
            f'must be "personal" or "public", found {show(value)}',
            'using "public", the safest (guest sessions only, nothing kept)',
        )
        return "public"

    def whole_number(self, key: str, low: int, high: int, default: int, unit: str) -> int | None:
        value = self.get(key)
        if value is None:
            return None
        if type(value) is not int:
            self.problem(
                key,
                f"must be a whole number of {unit} from {low} to {high}, found {show(value)}",
                f"using {default}",
            )
            return default
        if not low <= value <= high:
            used = min(max(value, low), high)
            self.problem(
                key, f"must be from {low} to {high} {unit}, found {value}", f"using {used}"
            )
            return used
        return value

    def country(self) -> str | None:
        value = self.get("default_country")
        if value is None:
            return None
        if isinstance(value, str) and len(value) == 2 and value.isascii() and value.isalpha():
            return value.upper()
        self.problem(
            "default_country",
            f'must be a two-letter country code like "GB", found {show(value)}',
            "ignored: the computer's region is used",
        )
        return None

    def resources(self) -> Path | None:
        new, old = self.get("local_resources"), self.get("resource_pack")
        key, value = ("local_resources", new) if new is not None else ("resource_pack", old)
        if new is not None and old is not None and new != old:
            self.problem(
                "resource_pack", "also given as local_resources", "local_resources is used"
            )
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip() or "\0" in value:
            self.problem(
                key,
                f"must be the path of a pack file or a folder of packs, found {show(value)}",
                "ignored: only the built-in help directory is used",
            )
            return None
        path = Path(value.strip())
        with contextlib.suppress(RuntimeError):  # "~" with no home folder to expand it to
            path = path.expanduser()
        if not path.is_absolute():
            path = self.source.parent / path  # relative to the policy file, not the cwd
        where = show(str(path), 300)
        try:
            wrong = None if path.exists() else f"there is no file or folder at {where}"
        except OSError as exc:  # a name too long, a folder we may not look into
            wrong = f"cannot look at {where} ({exc.strerror or type(exc).__name__})"
        if wrong is not None:
            self.problem(key, wrong, "ignored: only the built-in help directory is used")
            return None
        return path

    def plaintext_export(self, mode: PolicyMode) -> bool:
        value = self.get("allow_plaintext_export")
        if value is None:
            return mode != "public"
        if isinstance(value, bool):
            return value
        self.problem(
            "allow_plaintext_export",
            f"must be true or false, found {show(value)}",
            "using false, the safest (only encrypted exports)",
        )
        return False

    def quick_exit(self) -> QuickExitPolicy:
        value = self.get("quick_exit")
        if value is None:
            return QuickExitPolicy()
        if isinstance(value, bool):
            return QuickExitPolicy(enabled=value)
        if not isinstance(value, dict):
            self.problem(
                "quick_exit",
                f'must be true, false or an object like {{"enabled": true, "after": "quit"}}, '
                f"found {show(value)}",
                "using quick exit on, then quit",
            )
            return QuickExitPolicy()
        for sub in sorted(set(value) - set(_QUICK_EXIT_KEYS)):
            self.problem(f"quick_exit.{key_name(sub)}", "not a known setting", "ignored")
        enabled = self._flag(value, "enabled", "quick exit on")
        shortcut = self._flag(value, "shift_shortcut", "the Shift shortcut on")
        after: AfterQuickExit = "quit"
        raw_after = value.get("after")
        if raw_after in _AFTER:
            after = "neutral_screen" if raw_after == "neutral_screen" else "quit"
        elif raw_after is not None:
            self.problem(
                "quick_exit.after",
                f'must be "quit" or "neutral_screen", found {show(raw_after)}',
                'using "quit"',
            )
        return QuickExitPolicy(enabled=enabled, shift_shortcut=shortcut, after=after)

    def _flag(self, doc: Mapping[str, object], sub: str, on_words: str) -> bool:
        value = doc.get(sub)
        if value is None:
            return True
        if isinstance(value, bool):
            return value
        self.problem(
            f"quick_exit.{sub}", f"must be true or false, found {show(value)}", f"using {on_words}"
        )
        return True

    def language(self) -> str | None:
        value = self.get("ui_language")
        if value is None:
            return None
        tag = normalise_language_tag(value)
        if tag is not None:
            return tag
        self.problem(
            "ui_language",
            f'must be a language tag like "de" or "pt-BR", found {show(value)}',
            "ignored: the person's or the computer's language is used",
        )
        return None


def parse_policy(doc: object, source: Path) -> tuple[Policy, list[PolicyProblem]]:
    """Read a decoded policy document. Never raises; every deviation is one problem.

    Args:
        doc: What ``json.loads`` returned for the file.
        source: The file's path (relative pack paths are relative to its folder).

    Returns:
        The policy in force and the problems, in the order the keys were read.
    """
    if not isinstance(doc, dict):
        kind = "an array" if isinstance(doc, list) else f"{show(doc)}"
        problem = PolicyProblem("policy", f"must be a JSON object, found {kind}", UNUSABLE_USED)
        return unusable_policy(source, problem), [problem]
    reader = _Reader(doc, source)
    reader.version()
    reader.unknown()
    mode = reader.mode()
    idle = reader.whole_number(
        "idle_reset_seconds",
        MIN_IDLE_RESET_SECONDS,
        MAX_IDLE_RESET_SECONDS,
        DEFAULT_IDLE_RESET_SECONDS,
        "seconds",
    )
    policy = Policy(
        mode=mode,
        idle_reset_seconds=DEFAULT_IDLE_RESET_SECONDS if idle is None else idle,
        auto_lock_minutes=reader.whole_number(
            "auto_lock_minutes",
            MIN_AUTO_LOCK,
            MAX_AUTO_LOCK,
            Preferences.auto_lock_minutes,
            "minutes",
        ),
        default_country=reader.country(),
        local_resources=reader.resources(),
        allow_plaintext_export=reader.plaintext_export(mode),
        quick_exit=reader.quick_exit(),
        ui_language=reader.language(),
        source=source,
        problems=tuple(reader.problems),
    )
    return policy, list(reader.problems)
