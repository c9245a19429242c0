"""Fixtures for the main-window tests: a real Session over an in-memory journal."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from companion.core.clock import FakeClock
from companion.core.vault import Vault
from companion.ui.preferences_store import PreferencesStore
from companion.ui.session import Session

from .helpers import FullDiskSession

if sys.version_info < (3, 12):
    # WORKAROUND, reported to the lead: PySide6 6.12 (cp310-abi3 wheel) returns None from
    # every void call without adding a reference on Python 3.11, so None's count drifts
    # down by one per call and the interpreter aborts ("deallocating None") once it hits
    # zero. Python 3.12+ makes None immortal; this does the same here. The app needs the
    # same pin at start-up (or Python 3.12+, or another PySide6 build).
    # True and False drift the same way somewhere in Qt's bool plumbing.
    for _immortal in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_immortal)).value += 1 << 40


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 1, 15, 9, 30, tzinfo=UTC))


@pytest.fixture
def session(qapp: object, clock: FakeClock) -> Iterator[Session]:
    s = Session(clock)
    s.attach(Vault.in_memory(clock=clock))
    yield s
    s.lock()


@pytest.fixture
def prefs(qapp: object) -> PreferencesStore:
    return PreferencesStore(None)


class StubHelp:
    """Stands in for HelpAccess: the main window only asks it for its button."""

    def __init__(self) -> None:
        self.opened = 0

    def button(self, parent: QWidget | None = None) -> QPushButton:
        btn = QPushButton("Get help now (F1)", parent)
        btn.setAccessibleName("Get help now")
        btn.clicked.connect(self.open)
        return btn

    def open(self) -> None:
        self.opened += 1


@pytest.fixture
def help_access(qapp: object) -> StubHelp:
    return StubHelp()


@pytest.fixture
def full_session(qapp: object, clock: FakeClock) -> Iterator[FullDiskSession]:
    """A real session over an in-memory vault whose saves fail with StorageFull."""
    s = FullDiskSession(clock)
    s.attach(Vault.in_memory(clock=clock))
    yield s
    s.lock()
