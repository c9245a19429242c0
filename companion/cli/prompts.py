"""Passphrases from the terminal (hidden) or a file descriptor; never argv or environment.

``--passphrase-fd N`` reads one line from an already open file descriptor (a pipe, a
file a script opened), as GnuPG does: the passphrase never appears in the process list,
the shell history or the environment of child processes.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import TextIO


class PassphraseUnavailable(Exception):
    """No terminal to ask and no ``--passphrase-fd``."""


class Secrets:
    """Reads passphrases for one command run (each descriptor is read line by line)."""

    def __init__(self, fd: int | None, other_fd: int | None = None) -> None:
        self._files: dict[int, TextIO] = {}
        self._fd = fd
        self._other_fd = other_fd

    def _line(self, fd: int) -> str:
        if fd not in self._files:
            self._files[fd] = os.fdopen(fd, "r", encoding="utf-8", closefd=False)
        line = self._files[fd].readline()
        if not line:
            raise PassphraseUnavailable(f"nothing to read on file descriptor {fd}")
        return line[:-1] if line.endswith("\n") else line

    def _ask(self, prompt: str) -> str:
        if not sys.stdin.isatty():
            raise PassphraseUnavailable("no terminal: use --passphrase-fd N")
        return getpass.getpass(prompt)

    def passphrase(self, prompt: str = "Passphrase: ") -> str:
        """The journal's passphrase (or recovery code)."""
        return self._line(self._fd) if self._fd is not None else self._ask(prompt)

    def new_passphrase(self) -> str:
        """A new passphrase, typed twice on a terminal (once through a descriptor)."""
        if self._fd is not None:
            return self._line(self._fd)
        first = self._ask("New passphrase: ")
        if self._ask("Type it again: ") != first:
            raise PassphraseUnavailable("the two passphrases were not the same")
        return first

    def other(self, same: str) -> str:
        """The other copy's passphrase: from ``--other-passphrase-fd``, asked, or ``same``."""
        if self._other_fd is not None:
            return self._line(self._other_fd)
        if self._fd is not None or not sys.stdin.isatty():
            return same
        answer = getpass.getpass("Passphrase of the other copy (Enter: the same): ")
        return answer or same

    def confirm(self, question: str) -> bool:
        """Ask yes/no on a terminal; without one the answer is no."""
        if not sys.stdin.isatty():
            return False
        return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")
