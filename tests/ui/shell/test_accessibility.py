"""Every control on the shell's screens has a spoken name and is reachable with Tab;
text scales with the system font (200%) without clipping any control."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QApplication, QWidget

from companion.core.features import FEATURE_SCHEMAS
from companion.core.vault import Vault
from companion.ui.preferences.preferences_dialog import PreferencesDialog
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.shell.session import Session
from companion.ui.vault.change_passphrase_dialog import ChangePassphraseDialog
from companion.ui.vault.first_run import FirstRunWindow
from companion.ui.vault.lock_screen import LockScreen
from companion.ui.vault.recovery_code_dialog import RecoveryCodeDialog

SCREENS = ["first_run", "lock", "lock_recovery", "recovery_code", "change", "prefs"]


@pytest.fixture
def build(
    qtbot, help_access, clock, vaults, existing_vault, tmp_path
) -> Iterator[Callable[[str], QWidget]]:
    session = Session(clock)
    folder = existing_vault[0]

    def make(name: str) -> QWidget:
        widget: QWidget
        if name == "first_run":
            widget = FirstRunWindow(vaults, tmp_path / "new-vault", help_access)
        elif name.startswith("lock"):
            widget = LockScreen(vaults, folder, help_access)
            if name == "lock_recovery":
                widget.show_recovery_page()
        elif name == "recovery_code":
            widget = RecoveryCodeDialog("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", help_access)
        elif name == "change":
            session.attach(Vault.in_memory(schemas=FEATURE_SCHEMAS))
            widget = ChangePassphraseDialog(session, vaults, help_access)
        else:
            widget = PreferencesDialog(PreferencesStore(None), help_access)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    yield make
    session.lock()


def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


@pytest.mark.parametrize("name", SCREENS)
def test_every_control_has_an_accessible_name(build, controls_of, name: str) -> None:
    screen = build(name)
    controls = controls_of(screen)
    assert len(controls) >= 3
    unnamed = [type(w).__name__ for w in controls if not spoken_name(w).strip()]
    assert unnamed == []


@pytest.mark.parametrize("name", SCREENS)
def test_tab_reaches_every_control(qtbot, build, controls_of, name: str) -> None:
    screen = build(name)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    expected = set(map(id, controls_of(screen)))
    seen: set[int] = set()
    for _ in range(len(expected) * 2 + 4):
        focused = QApplication.focusWidget()
        if focused is not None:
            seen.add(id(focused))
        qtbot.keyClick(focused or screen, Qt.Key.Key_Tab)
    missing = [spoken_name(w) or type(w).__name__ for w in controls_of(screen) if id(w) not in seen]
    assert missing == []


@pytest.fixture
def big_font(qapp: QApplication) -> Iterator[QFont]:
    original = QApplication.font()
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 2)
    QApplication.setFont(bigger)
    yield bigger
    QApplication.setFont(original)


@pytest.mark.parametrize("name", ["first_run", "lock", "lock_recovery", "recovery_code"])
def test_text_scales_without_clipping(build, big_font: QFont, controls_of, name: str) -> None:
    screen = build(name)
    screen.resize(screen.sizeHint())
    QApplication.processEvents()
    labels = screen.findChildren(QWidget)
    assert any(w.font().pointSizeF() >= big_font.pointSizeF() for w in labels)
    clipped = []
    for widget in controls_of(screen):
        hint = widget.minimumSizeHint()
        if widget.width() < hint.width() or widget.height() < hint.height():
            clipped.append((spoken_name(widget), widget.size().toTuple(), hint.toTuple()))
    assert clipped == []
