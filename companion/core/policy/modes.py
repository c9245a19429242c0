"""Which mode this run is in, where (if anywhere) it keeps files, and why.

Four modes:

- **personal**: the person's own per-user folders (or ``--data-dir`` / the environment).
- **portable**: ``portable.txt`` beside the executable keeps everything in the
  ``CompanionData`` folder beside it, so the journal travels with the folder.
- **guest** (``--guest``, or chosen on the welcome or lock screen): an encrypted
  in-memory journal; no preference read or written, no file dialog that remembers
  folders. Nothing is kept on the computer.
- **public** (``"mode": "public"`` in the policy, or a policy that cannot be read):
  guest sessions only, idle reset with a countdown, End session, and the help country
  back to the policy's default for each session.

Precedence, first that applies wins:

1. public mode from the policy (a portable copy that must work on such a machine carries
   its own ``policies.json`` beside its executable, which is read first);
2. ``--guest``;
3. ``--data-dir DIR``;
4. the portable marker;
5. ``COMPANION_DATA_DIR``;
6. the per-user folders.

:func:`plan_run` decides from its arguments alone; :func:`plan_this_run` gathers them
from the running program.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from companion.core.paths import DATA_DIR_ENV, AppPaths, default_paths, single_folder
from companion.core.policy.file import load_effective_policy, program_dir
from companion.core.policy.model import Policy

PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA_DIR = "CompanionData"


class Mode(StrEnum):
    """How this run treats the computer it is on."""

    PERSONAL = "personal"
    PORTABLE = "portable"
    GUEST = "guest"
    PUBLIC = "public"


class Why(StrEnum):
    """Codes for the lines of :attr:`RunPlan.reasons` (the UI translates by code)."""

    POLICY_PUBLIC = "policy_public"  # detail: the policy file
    POLICY_UNUSABLE = "policy_unusable"  # detail: the policy file
    GUEST_FLAG = "guest_flag"
    DATA_DIR_FLAG = "data_dir_flag"  # detail: the folder
    PORTABLE_MARKER = "portable_marker"  # detail: the marker file
    DATA_DIR_ENV = "data_dir_env"  # detail: the folder
    DEFAULT_FOLDERS = "default_folders"  # detail: the data folder
    IGNORED_GUEST_FLAG = "ignored_guest_flag"  # public mode is guest-only anyway
    IGNORED_DATA_DIR_FLAG = "ignored_data_dir_flag"  # detail: the folder
    IGNORED_MARKER = "ignored_marker"  # detail: the marker file
    IGNORED_DATA_DIR_ENV = "ignored_data_dir_env"  # detail: the folder


_TEXT: dict[Why, str] = {
    Why.POLICY_PUBLIC: "Public mode, set by the policy in {detail}.",
    Why.POLICY_UNUSABLE: (
        "Public mode, because the policy in {detail} could not be read (the safest choice)."
    ),
    Why.GUEST_FLAG: "Guest session, asked for with --guest: nothing is kept on this computer.",
    Why.DATA_DIR_FLAG: "Data and preferences in {detail}, from --data-dir.",
    Why.PORTABLE_MARKER: "Portable mode: {detail} was found, so data stays beside the program.",
    Why.DATA_DIR_ENV: f"Data and preferences in {{detail}}, from {DATA_DIR_ENV}.",
    Why.DEFAULT_FOLDERS: "Data in this person's own folder, {detail}.",
    Why.IGNORED_GUEST_FLAG: "--guest changes nothing: public mode only has guest sessions.",
    Why.IGNORED_DATA_DIR_FLAG: "--data-dir {detail} is not used: nothing is kept on disk.",
    Why.IGNORED_MARKER: "{detail} is not used here.",
    Why.IGNORED_DATA_DIR_ENV: f"{DATA_DIR_ENV}={{detail}} is not used here.",
}


@dataclass(frozen=True)
class Reason:
    """One line of the explanation: a code for the UI and the detail it names."""

    why: Why
    detail: str = ""

    @property
    def text(self) -> str:
        """The line in English, for logs and ``--self-test`` output."""
        return _TEXT[self.why].format(detail=self.detail)


@dataclass(frozen=True)
class LaunchFlags:
    """What the command line asked for."""

    guest: bool = False
    data_dir: str | None = None


@dataclass(frozen=True)
class RunPlan:
    """The decision for this run.

    Attributes:
        mode: The mode in force.
        paths: Where files are kept; ``None`` in guest and public sessions (nothing is).
        policy: The administrator's policy.
        reasons: Why, one line per decision, in the order they were made.
    """

    mode: Mode
    paths: AppPaths | None
    policy: Policy
    reasons: tuple[Reason, ...] = field(default=())

    @property
    def guest_session(self) -> bool:
        """True when nothing may be kept: guest or public."""
        return self.mode in (Mode.GUEST, Mode.PUBLIC)

    @property
    def guest_only(self) -> bool:
        """True when the person cannot open or create a stored journal (public mode)."""
        return self.mode is Mode.PUBLIC

    @property
    def preferences_file(self) -> Path | None:
        """The preferences file, or ``None`` when preferences stay in memory."""
        return None if self.paths is None else self.paths.preferences_file

    @property
    def remembers_folders(self) -> bool:
        """False when no file dialog may record the folders it visited."""
        return not self.guest_session

    @property
    def idle_reset_seconds(self) -> int | None:
        """Public mode wipes a session after this long without use; ``None`` otherwise."""
        return self.policy.idle_reset_seconds if self.mode is Mode.PUBLIC else None

    @property
    def session_country(self) -> str | None:
        """Public mode: the help country every session starts with (``None``: the region)."""
        return self.policy.default_country if self.mode is Mode.PUBLIC else None

    @property
    def plaintext_export_allowed(self) -> bool:
        """Whether exports that are not encrypted may be offered."""
        return self.policy.allow_plaintext_export

    def explain(self) -> list[str]:
        """The reasons in English, one line each (for logs and the About dialog)."""
        return [f"Mode: {self.mode.value}."] + [reason.text for reason in self.reasons]


def plan_run(
    flags: LaunchFlags,
    policy: Policy,
    *,
    environ: Mapping[str, str],
    exe_dir: Path | None,
    is_file: Callable[[Path], bool],
    default: Callable[[], AppPaths] = default_paths,
) -> RunPlan:
    """Decide the mode and folders from the command line, environment, marker and policy.

    Args:
        flags: ``--guest`` and ``--data-dir``.
        policy: The policy in force (``Policy()`` when there is none).
        environ: The environment (only ``COMPANION_DATA_DIR`` is read).
        exe_dir: The frozen executable's folder, or ``None`` from source (no marker).
        is_file: Tells whether a path is a file (the marker test; injected for tests).
        default: The per-user folders.

    Returns:
        The plan, with its reasons.
    """
    env_dir = environ.get(DATA_DIR_ENV) or None
    marker = exe_dir / PORTABLE_MARKER if exe_dir is not None else None
    if marker is not None and not is_file(marker):
        marker = None
    if policy.public or flags.guest:
        if policy.public:
            why = Why.POLICY_UNUSABLE if policy.unusable else Why.POLICY_PUBLIC
            reasons = [Reason(why, str(policy.source))]
            if flags.guest:
                reasons.append(Reason(Why.IGNORED_GUEST_FLAG))
        else:
            reasons = [Reason(Why.GUEST_FLAG)]
        if flags.data_dir is not None:
            reasons.append(Reason(Why.IGNORED_DATA_DIR_FLAG, flags.data_dir))
        if marker is not None:
            reasons.append(Reason(Why.IGNORED_MARKER, str(marker)))
        if env_dir is not None:
            reasons.append(Reason(Why.IGNORED_DATA_DIR_ENV, env_dir))
        mode = Mode.PUBLIC if policy.public else Mode.GUEST
        return RunPlan(mode, None, policy, tuple(reasons))

    if flags.data_dir is not None:
        mode, paths = Mode.PERSONAL, single_folder(flags.data_dir)
        reasons = [Reason(Why.DATA_DIR_FLAG, str(paths.data_dir))]
        if marker is not None:
            reasons.append(Reason(Why.IGNORED_MARKER, str(marker)))
    elif marker is not None:
        mode, paths = Mode.PORTABLE, single_folder(marker.parent / PORTABLE_DATA_DIR)
        reasons = [Reason(Why.PORTABLE_MARKER, str(marker))]
    elif env_dir is not None:
        mode, paths = Mode.PERSONAL, single_folder(env_dir)
        return RunPlan(mode, paths, policy, (Reason(Why.DATA_DIR_ENV, str(paths.data_dir)),))
    else:
        paths = default()
        return RunPlan(
            Mode.PERSONAL, paths, policy, (Reason(Why.DEFAULT_FOLDERS, str(paths.data_dir)),)
        )
    if env_dir is not None:
        reasons.append(Reason(Why.IGNORED_DATA_DIR_ENV, env_dir))
    return RunPlan(mode, paths, policy, tuple(reasons))


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a folder we may not look into: no marker we can honour
        return False


def plan_this_run(flags: LaunchFlags, policy: Policy | None = None) -> RunPlan:
    """:func:`plan_run` for the running program: its policy, environment and folder.

    Args:
        flags: ``--guest`` and ``--data-dir`` from the command line.
        policy: The policy, if already loaded; otherwise it is found and read here.
    """
    if policy is None:
        policy, _problems = load_effective_policy()  # the problems travel in the policy
    return plan_run(
        flags,
        policy,
        environ=os.environ,
        exe_dir=program_dir(),
        is_file=_is_file,
    )
