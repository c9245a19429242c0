"""What every journal command needs: the vault folder, the VaultService, progress output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from companion.cli.prompts import Secrets
from companion.core.vault.service import VaultService


def make_service() -> VaultService:
    """The service the commands use: the app's own schemas, calibrated key derivation.

    Tests replace this function with one that returns ``VaultService.fast_for_tests``.
    """
    from companion.core.clock import SystemClock
    from companion.core.features import FEATURE_SCHEMAS

    return VaultService(schemas=FEATURE_SCHEMAS, clock=SystemClock())


def plaintext_allowed() -> bool:
    """Whether the administrator's policy allows readable exports (default: yes)."""
    from companion.core.policy import load_effective_policy

    policy, _problems = load_effective_policy()
    return bool(getattr(policy, "allow_plaintext_export", True))


@dataclass
class Context:
    """One run of a journal command."""

    folder: Path
    service: VaultService
    secrets: Secrets
    out: TextIO
    err: TextIO
    yes: bool

    def say(self, text: str) -> None:
        """A result line (stdout)."""
        print(text, file=self.out)

    def progress(self, label: str) -> Callable[[int, int], None] | None:
        """A progress printer on stderr when it is a terminal, else None."""
        if not self.err.isatty():
            return None
        last = [-1]

        def show(done: int, total: int) -> None:
            percent = done * 100 // max(total, 1)
            if percent != last[0]:
                last[0] = percent
                end = "\n" if done >= total else ""
                print(f"\r{label}: {percent}%", end=end, file=self.err, flush=True)

        return show


def build(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> Context:
    """The context for parsed arguments (the folder from ``--data-dir``)."""
    from companion.core.paths import resolve_paths

    paths = resolve_paths(args.data_dir)
    return Context(
        folder=paths.vault_dir,
        service=make_service(),
        secrets=Secrets(args.passphrase_fd, getattr(args, "other_passphrase_fd", None)),
        out=out or sys.stdout,
        err=err or sys.stderr,
        yes=bool(getattr(args, "yes", False)),
    )
