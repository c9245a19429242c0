"""The administrator's policy file and the modes it can put Companion in.

- ``model``: :class:`Policy`, :class:`QuickExitPolicy`, :class:`PolicyProblem`.
- ``file``: where ``policies.json`` is looked for, and reading it (never raises).
- ``keys``: reading each setting, with the safest value when one is wrong.
- ``managed``: which preferences the policy fixes (the UI marks them).
- ``modes``: personal, portable, guest and public; :func:`plan_run` decides and explains.
- ``cli``: ``companion policy validate FILE``.
"""

from __future__ import annotations

from companion.core.policy.file import (
    decode_policy,
    find_policy_file,
    load_effective_policy,
    load_policy,
    policy_candidates,
    program_dir,
    system_policy_dirs,
)
from companion.core.policy.keys import KNOWN_KEYS, parse_policy
from companion.core.policy.managed import ManagedSetting, ManagedSettings, managed_settings
from companion.core.policy.model import (
    DEFAULT_IDLE_RESET_SECONDS,
    MAX_IDLE_RESET_SECONDS,
    MAX_POLICY_BYTES,
    MIN_IDLE_RESET_SECONDS,
    POLICY_FILENAME,
    POLICY_VERSION,
    AfterQuickExit,
    Policy,
    PolicyMode,
    PolicyProblem,
    QuickExitPolicy,
    unusable_policy,
)
from companion.core.policy.modes import (
    PORTABLE_DATA_DIR,
    PORTABLE_MARKER,
    LaunchFlags,
    Mode,
    Reason,
    RunPlan,
    Why,
    plan_run,
    plan_this_run,
)

__all__ = [
    "DEFAULT_IDLE_RESET_SECONDS",
    "KNOWN_KEYS",
    "MAX_IDLE_RESET_SECONDS",
    "MAX_POLICY_BYTES",
    "MIN_IDLE_RESET_SECONDS",
    "POLICY_FILENAME",
    "POLICY_VERSION",
    "PORTABLE_DATA_DIR",
    "PORTABLE_MARKER",
    "AfterQuickExit",
    "LaunchFlags",
    "ManagedSetting",
    "ManagedSettings",
    "Mode",
    "Policy",
    "PolicyMode",
    "PolicyProblem",
    "QuickExitPolicy",
    "Reason",
    "RunPlan",
    "Why",
    "decode_policy",
    "find_policy_file",
    "load_effective_policy",
    "load_policy",
    "managed_settings",
    "parse_policy",
    "plan_run",
    "plan_this_run",
    "policy_candidates",
    "program_dir",
    "system_policy_dirs",
    "unusable_policy",
]
