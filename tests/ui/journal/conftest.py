"""Fixtures for the main-window tests: a real Session over an in-memory journal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.vault import Vault
from companion.ui.journal.main_window import MainWindow
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.shell.saveables import SaveRegistry
from companion.ui.shell.session import Session

from .helpers import FullDiskSession, show_active


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 1, 15, 9, 30, tzinfo=UTC))


@pytest.fixture
def session(qapp: object, clock: FakeClock) -> Iterator[Session]:
    s = Session(clock)
    s.attach(Vault.in_memory(schemas=FEATURE_SCHEMAS, clock=clock))
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
    s.attach(Vault.in_memory(schemas=FEATURE_SCHEMAS, clock=clock))
    yield s
    s.lock()


@pytest.fixture
def window(
    qtbot: QtBot, session: Session, clock: FakeClock, help_access: StubHelp, prefs: PreferencesStore
) -> MainWindow:
    """The journal window over ``session``, shown and active (keyboard focus works)."""
    w = MainWindow(session, help_access, prefs, clock, SaveRegistry())  # type: ignore[arg-type]
    qtbot.addWidget(w)
    show_active(qtbot, w)
    return w
