"""F1 opens help from every window, once; the button; which country comes first."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.errors import ResourceDataError
from companion.core.resources.directory import Directory
from companion.core.resources.loading import HelpData
from companion.ui.help.access import HelpAccess
from companion.ui.help.panel import HelpPanel


class Prefs:
    def __init__(self, country: str | None) -> None:
        self.country = country
        self.saved: list[str] = []

    def save(self, code: str) -> None:
        self.saved.append(code)
        self.country = code


@pytest.fixture
def prefs() -> Prefs:
    return Prefs("GB")


def build_access(
    directory: Directory,
    prefs: Prefs,
    clock: FakeClock,
    *,
    problems: tuple[ResourceDataError, ...] = (),
    default_country: str | None = None,
    locale: str = "C",
) -> HelpAccess:
    return HelpAccess(
        lambda: prefs.country,
        prefs.save,
        default_country=default_country,
        clock=clock,
        loader=lambda: HelpData(directory, problems),
        system_locale=lambda: locale,
    )


@pytest.fixture
def access(
    qapp: QApplication, directory: Directory, prefs: Prefs, noon_utc: FakeClock
) -> Iterator[HelpAccess]:
    help_access = build_access(directory, prefs, noon_utc)
    help_access.install(qapp)
    help_access.install(qapp)  # twice on purpose: still one filter, one open per press
    yield help_access
    help_access.uninstall()
    if (panel := help_access.panel()) is not None:
        panel.close()
        panel.deleteLater()


def opened_counter(access: HelpAccess) -> list[int]:
    count: list[int] = []
    access.opened.connect(lambda: count.append(1))
    return count


def test_f1_in_a_plain_window_opens_the_panel_once(qtbot: QtBot, access: HelpAccess) -> None:
    window = QWidget()
    edit = QLineEdit(window)
    QVBoxLayout(window).addWidget(edit)
    fired: list[bool] = []
    action = QAction("Help", window)  # a screen's own F1 action must not double-fire
    action.setShortcut(QKeySequence("F1"))
    action.triggered.connect(lambda: fired.append(True))
    window.addAction(action)
    qtbot.addWidget(window)
    window.show()
    # Key presses reach a window once the window system has made it the active one.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    edit.setFocus()
    count = opened_counter(access)
    qtbot.keyClick(edit, Qt.Key.Key_F1)
    panel = access.panel()
    assert isinstance(panel, HelpPanel)
    assert panel.isVisible()
    assert panel.emergency_text() == "999 or 112"
    assert count == [1]
    assert fired == []
    assert panel.windowModality() == Qt.WindowModality.NonModal
    assert edit.text() == ""
    # Again, with the panel already open: the same window is raised, no second panel.
    qtbot.keyClick(edit, Qt.Key.Key_F1)
    assert access.panel() is panel
    assert count == [1, 1]


def test_shift_f1_and_other_keys_do_nothing(qtbot: QtBot, access: HelpAccess) -> None:
    window = QLineEdit()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert access.panel() is None


def test_f1_inside_a_modal_dialog(qtbot: QtBot, access: HelpAccess) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    dialog = QDialog(host)
    dialog.setModal(True)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    seen: dict[str, object] = {}
    count = opened_counter(access)

    def while_modal() -> None:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_F1)
        panel = access.panel()
        if not isinstance(panel, HelpPanel):
            dialog.reject()  # end the modal loop; the assertions below report it
            return
        seen["visible"] = panel.isVisible()
        seen["number"] = panel.emergency_text()
        # The panel sits above the running modal dialog, so it is usable now.
        seen["modality"] = panel.windowModality()
        seen["active_modal"] = QApplication.activeModalWidget()
        panel.close()
        dialog.accept()

    QTimer.singleShot(0, while_modal)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert seen["visible"] is True
    assert seen["number"] == "999 or 112"
    assert seen["modality"] == Qt.WindowModality.ApplicationModal
    assert seen["active_modal"] is access.panel()
    assert count == [1]
    # Opened again with no modal dialog around, it is an ordinary window again.
    access.open()
    assert access.panel().windowModality() == Qt.WindowModality.NonModal


def test_button_is_calm_accessible_and_opens_help(qtbot: QtBot, access: HelpAccess) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    button = access.button(parent)
    assert button.text() == "Get help now (F1)"
    assert button.accessibleName() == "Get help now"
    assert "F1" in button.toolTip()
    assert button.styleSheet() == ""  # palette colours, never a hard-coded red
    parent.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert access.panel() is not None
    assert access.panel().isVisible()


@pytest.mark.parametrize(
    ("pref", "policy", "locale", "expected"),
    [
        ("JP", "DE", "en_US.UTF-8", "JP"),  # the person's own choice wins
        (None, "DE", "en_US.UTF-8", "DE"),  # then the organisation's default
        (None, None, "en_IN", "IN"),  # then the system locale
        (None, None, "C", None),  # else the international list
    ],
)
def test_country_resolution_order(
    qtbot: QtBot,
    directory: Directory,
    noon_utc: FakeClock,
    pref: str | None,
    policy: str | None,
    locale: str,
    expected: str | None,
) -> None:
    access = build_access(directory, Prefs(pref), noon_utc, default_country=policy, locale=locale)
    assert access.initial_country() == expected
    access.open()
    panel = access.panel()
    assert isinstance(panel, HelpPanel)
    qtbot.addWidget(panel)
    assert panel.current_country() == expected


def test_picked_country_is_saved_and_kept_on_reopen(
    qtbot: QtBot, access: HelpAccess, prefs: Prefs
) -> None:
    access.open()
    panel = access.panel()
    assert isinstance(panel, HelpPanel)
    combo = panel.controls.country
    combo.activated.emit(combo.findData("US"))
    assert prefs.saved == ["US"]
    panel.close()
    access.open()
    assert panel.current_country() == "US"
    panel.close()
    prefs.country = "DE"  # changed in the preferences dialog meanwhile
    access.open()
    assert panel.current_country() == "DE"


def test_invalid_pack_shows_bundled_data_and_a_notice(
    qtbot: QtBot,
    directory: Directory,
    prefs: Prefs,
    noon_utc: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    problem = ResourceDataError(
        "/etc/companion/packs/library.json", ["services[0].phones[0].dial: not a number"]
    )
    access = build_access(directory, prefs, noon_utc, problems=(problem,))
    with caplog.at_level(logging.WARNING, logger="companion.ui.help.access"):
        access.open()
    panel = access.panel()
    assert isinstance(panel, HelpPanel)
    qtbot.addWidget(panel)
    assert panel.emergency_text() == "999 or 112"
    assert "gb-samaritans" in panel.visible_service_ids()
    assert panel.notice.isVisible()
    assert panel.notice.message.text().startswith(
        "A local list added by your organisation could not be read: "
        "/etc/companion/packs/library.json"
    )
    assert not panel.notice.details.isVisible()
    panel.notice.toggle.click()
    assert "services[0].phones[0].dial: not a number" in panel.notice.details.text()
    assert panel.notice.details.isVisible()
    assert any("library.json" in r.getMessage() for r in caplog.records)


def test_no_notice_without_problems(qtbot: QtBot, access: HelpAccess) -> None:
    access.open()
    panel = access.panel()
    assert isinstance(panel, HelpPanel)
    assert not panel.notice.isVisible()


def test_background_preload_is_used_by_open(
    qtbot: QtBot, directory: Directory, prefs: Prefs, noon_utc: FakeClock
) -> None:
    calls: list[int] = []

    def loader() -> HelpData:
        calls.append(1)
        return HelpData(directory)

    access = HelpAccess(lambda: prefs.country, prefs.save, clock=noon_utc, loader=loader)
    access.preload()
    access.preload()  # a second request while loading starts nothing new
    access.open()
    panel = access.panel()
    assert isinstance(panel, HelpPanel)
    qtbot.addWidget(panel)
    assert calls == [1]
    assert panel.emergency_text() == "999 or 112"


def test_install_schedules_the_preload(
    qtbot: QtBot, qapp: QApplication, directory: Directory, prefs: Prefs, noon_utc: FakeClock
) -> None:
    calls: list[int] = []

    def loader() -> HelpData:
        calls.append(1)
        return HelpData(directory)

    access = HelpAccess(
        lambda: prefs.country, prefs.save, clock=noon_utc, loader=loader, preload_delay_ms=0
    )
    access.install(qapp)
    try:
        qtbot.waitUntil(lambda: calls == [1])
    finally:
        access.uninstall()


def test_install_starts_reading_fonts_on_another_core(
    qapp: QApplication,
    directory: Directory,
    prefs: Prefs,
    noon_utc: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import companion.ui.help.access as access_module

    started: list[int] = []

    def start() -> bool:
        started.append(1)
        return True

    monkeypatch.setattr(access_module, "start_font_warmup", start)
    access = HelpAccess(lambda: prefs.country, prefs.save, clock=noon_utc, preload_delay_ms=None)
    access.install(qapp)
    try:
        assert started == [1]  # before the panel is ever built: its first paint needs fonts
    finally:
        access.uninstall()


def test_reopening_later_updates_open_now(
    qtbot: QtBot, directory: Directory, prefs: Prefs, noon_utc: FakeClock
) -> None:
    access = build_access(directory, prefs, noon_utc)
    access.open()
    panel = access.panel()
    assert isinstance(panel, HelpPanel)
    qtbot.addWidget(panel)
    status = {c.service.id: c.status_label.text() for c in panel.cards() if c.status_label}
    assert status["gb-papyrus"].endswith("Open now")
    panel.close()
    noon_utc.advance(8 * 3600)  # 20:00 in London: PAPYRUS (9 to 5) has closed
    access.open()
    status = {c.service.id: c.status_label.text() for c in panel.cards() if c.status_label}
    assert status["gb-papyrus"].endswith("Closed now")
    assert status["gb-samaritans-welsh"].endswith("Open now")
