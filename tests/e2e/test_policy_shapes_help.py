"""End to end: an administrator's policy sets the help panel's country and adds a local list."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.app import CompanionApp
from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.paths import AppPaths, resolve_paths
from companion.core.policy import POLICY_FILENAME, load_effective_policy
from companion.core.resources.packs import PackLocations
from companion.core.settings import Preferences, save_preferences
from companion.core.vault.service import VaultService
from companion.ui.help.panel import HelpPanel

LIBRARY_PACK = {
    "format": "companion-resources",
    "version": 1,
    "pack": {"organisation": "Riverside Library", "region": "Riverside"},
    "services": [
        {
            "id": "ie-riverside-peer-group",
            "country": "IE",
            "name": "Riverside Tuesday Peer Group",
            "category": "peer-support",
            "phones": [{"display": "01 555 0100", "dial": "015550100"}],
            "sources": [{"reference": "Riverside Library noticeboard", "date": "2026-10-01"}],
        }
    ],
}


@pytest.fixture
def managed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A policy folder with a pack folder beside it; no other pack location is looked at."""
    etc = tmp_path / "etc-companion"
    (etc / "library-packs").mkdir(parents=True)
    (etc / "library-packs" / "riverside.json").write_text(json.dumps(LIBRARY_PACK), "utf-8")
    (etc / POLICY_FILENAME).write_text(
        json.dumps({"version": 1, "default_country": "IE", "resource_pack": "library-packs"}),
        "utf-8",
    )
    monkeypatch.setattr(
        PackLocations, "default", classmethod(lambda cls, policy_path=None: cls((), None, ()))
    )
    return etc


def _companion(paths: AppPaths, etc: Path) -> CompanionApp:
    policy, problems = load_effective_policy(etc.parent / "no-exe-here", [etc])
    assert problems == []
    return CompanionApp(
        paths,
        FakeClock(datetime(2026, 1, 14, 12, 0, tzinfo=UTC)),
        vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS),
        policy=policy,
    )


@pytest.fixture
def companion(qapp: QApplication, data_dir: Path, managed: Path) -> Iterator[CompanionApp]:
    app = _companion(resolve_paths(str(data_dir)), managed)
    yield app
    app.shutdown()
    QApplication.processEvents()


def _press_f1(qtbot: QtBot, companion: CompanionApp) -> HelpPanel:
    companion.start()
    window = companion.windows.current_window()
    # A person's key press reaches the window once the window system has made it active.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    panel = companion.help.panel()
    assert isinstance(panel, HelpPanel)
    return panel


def test_policy_country_and_pack_reach_the_first_run_help(
    qtbot: QtBot, companion: CompanionApp
) -> None:
    panel = _press_f1(qtbot, companion)
    assert companion.windows.screen == "first_run"
    assert panel.current_country() == "IE"
    assert panel.emergency_text().startswith("112")
    assert "ie-riverside-peer-group" in panel.visible_service_ids()
    assert not panel.notice.isVisible()


def test_the_persons_own_country_choice_beats_the_policy(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, managed: Path
) -> None:
    paths = resolve_paths(str(data_dir))
    save_preferences(paths.preferences_file, Preferences(country="GB"))
    app = _companion(paths, managed)
    try:
        panel = _press_f1(qtbot, app)
        assert panel.current_country() == "GB"
        assert panel.emergency_text().startswith("999")
    finally:
        app.shutdown()
        QApplication.processEvents()
