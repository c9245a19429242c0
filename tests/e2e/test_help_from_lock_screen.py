"""End to end: help is never behind the lock, and a broken local list never hides it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from companion.app import CompanionApp
from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.paths import AppPaths, resolve_paths
from companion.core.resources.packs import PackLocations
from companion.core.resources.records import Category
from companion.core.settings import Preferences, save_preferences
from companion.core.vault import Vault
from companion.core.vault.crypto import TEST_KDF_PARAMS
from companion.core.vault.service import VaultService
from companion.ui.help.panel import HelpPanel
from companion.ui.vault.lock_screen import LockScreen

PASSPHRASE = "quiet river morning tea"


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    """An existing (locked) journal and preferences that say the person is in the UK."""
    app_paths = resolve_paths(str(data_dir))
    vault, _code = Vault.create(
        app_paths.vault_dir,
        PASSPHRASE,
        schemas=FEATURE_SCHEMAS,
        kdf_params=TEST_KDF_PARAMS,
        allow_weak_for_tests=True,
    )
    vault.lock()
    save_preferences(app_paths.preferences_file, Preferences(country="GB"))
    return app_paths


@pytest.fixture
def pack_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point pack discovery at a folder of our own instead of the machine's folders."""
    folder = tmp_path / "packs"
    folder.mkdir()
    monkeypatch.setattr(
        PackLocations,
        "default",
        classmethod(lambda cls, policy_path=None: cls((folder,), None, ())),
    )
    return folder


@pytest.fixture
def companion(qapp: QApplication, paths: AppPaths, pack_dir: Path) -> Iterator[CompanionApp]:
    app = CompanionApp(
        paths,
        FakeClock(datetime(2026, 1, 14, 12, 0, tzinfo=UTC)),
        vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS),
    )
    yield app
    app.shutdown()
    app.help.uninstall()  # shutdown did it too; twice is harmless
    QApplication.processEvents()


def press_f1_on_lock_screen(qtbot: QtBot, companion: CompanionApp) -> HelpPanel:
    companion.start()
    lock = companion.windows.current_window()
    assert isinstance(lock, LockScreen)
    # A person's key press reaches the window once the window system has made it active.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is lock)
    focus = QApplication.focusWidget() or lock
    qtbot.keyClick(focus, Qt.Key.Key_F1)
    panel = companion.help.panel()
    assert isinstance(panel, HelpPanel)
    assert panel.isVisible()
    return panel


def test_f1_on_the_lock_screen_shows_help_for_the_uk(qtbot: QtBot, companion: CompanionApp) -> None:
    panel = press_f1_on_lock_screen(qtbot, companion)
    assert panel.current_country() == "GB"
    assert panel.emergency_text().startswith("999")
    assert panel.section_titles()[0].startswith("Crisis lines")
    first = panel.cards()[0].service
    assert first.category is Category.CRISIS_LINE
    assert first.country == "GB"
    assert not panel.notice.isVisible()
    # Nothing was unlocked to get here.
    assert not companion.session.is_unlocked()
    assert companion.windows.screen == "locked"


def test_malformed_local_pack_still_shows_the_bundled_help(
    qtbot: QtBot, companion: CompanionApp, pack_dir: Path
) -> None:
    broken = pack_dir / "library.json"
    broken.write_text(
        json.dumps({"format": "companion-resources", "version": 1, "services": [{"id": "x"}]}),
        encoding="utf-8",
    )
    panel = press_f1_on_lock_screen(qtbot, companion)
    assert panel.emergency_text().startswith("999")
    assert panel.cards()[0].service.id == "gb-samaritans"
    assert panel.notice.isVisible()
    assert "could not be read" in panel.notice.message.text()
    assert str(broken) in panel.notice.message.text()
    assert panel.notice.details.text().strip() != str(broken) + ":"


def test_self_care_works_from_the_lock_screen_without_unlocking(
    qtbot: QtBot, companion: CompanionApp, paths: AppPaths
) -> None:
    panel = press_f1_on_lock_screen(qtbot, companion)
    keys = companion.help.self_care_keys()
    assert keys == ["exercises", "learn"]  # no safety-plan copy is kept yet
    button = panel.findChild(QPushButton, "selfCare_exercises")
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    exercises = companion.features.window("exercises")
    assert exercises is not None
    assert exercises.isVisible()
    assert not companion.session.is_unlocked()
    learn = panel.findChild(QPushButton, "selfCare_learn")
    assert isinstance(learn, QPushButton)
    qtbot.mouseClick(learn, Qt.MouseButton.LeftButton)
    assert companion.features.window("learn") is not None
    companion.features.close_windows()

    # The person chose to keep a readable copy of their safety plan: it is offered too.
    from companion.core.safety_plan.models import SafetyPlan
    from companion.core.safety_plan.plaintext import write_plaintext_copy

    write_plaintext_copy(SafetyPlan(), paths.data_dir)
    panel.close()
    companion.help.open()
    assert companion.help.self_care_keys() == ["exercises", "learn", "safetyPlanCopy"]
    copy_button = panel.findChild(QPushButton, "selfCare_safetyPlanCopy")
    assert isinstance(copy_button, QPushButton)
    qtbot.mouseClick(copy_button, Qt.MouseButton.LeftButton)
    assert companion.features.window("safetyPlanCopy") is not None
    companion.features.close_windows()
