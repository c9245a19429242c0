"""Entry screens look composed: the app's icon and name in a centred card, no empty
band under the header, and messages that never move the fields (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QWidget

from companion.ui.vault.first_run import FirstRunWindow
from companion.ui.vault.guest_welcome import GuestWelcome
from companion.ui.vault.lock_screen import LockScreen
from companion.ui.vault.recovery_code_dialog import RecoveryCodeDialog


def where(widget: QWidget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def card_of(window: QWidget) -> QFrame:
    found = window.findChild(QFrame, "screenCard")
    assert found is not None
    return found


def assert_identity_and_centred(qtbot, window: QWidget, title: str) -> None:
    window.resize(1100, 800)  # as big as the journal window it may replace
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    icon = window.findChild(QLabel, "appIcon")
    name = window.findChild(QLabel, "appName")
    assert icon is not None
    assert icon.pixmap() is not None
    assert not icon.pixmap().isNull()
    assert name is not None
    assert name.text() == "Companion"
    heading = window.findChild(QLabel, "screenTitle")
    assert heading is not None
    assert heading.text() == title
    card = card_of(window)
    assert card.isVisible()
    top = where(card).y()
    left = where(card).x()
    right = window.width() - (left + card.width())
    bottom = window.height() - (top + card.height())
    assert abs(left - right) <= 24  # centred across
    # Centred down (below the bar with the help button), not hanging under a band.
    bar = window.findChild(QWidget, "buttonBar")
    assert bar is not None
    above = top - (where(bar).y() + bar.height())
    assert abs(above - bottom) <= bar.height() + 24


def test_lock_screen_shows_icon_and_name_centred(
    qtbot, existing_vault, help_access, vaults
) -> None:
    screen = LockScreen(vaults, existing_vault[0], help_access)
    qtbot.addWidget(screen)
    assert_identity_and_centred(qtbot, screen, "Your journal is locked")


def test_first_run_shows_icon_and_name_centred(qtbot, vault_dir, help_access, vaults) -> None:
    window = FirstRunWindow(vaults, vault_dir, help_access)
    qtbot.addWidget(window)
    assert_identity_and_centred(qtbot, window, "Welcome to Companion")


def test_recovery_and_guest_screens_share_the_card(qtbot, help_access, vault_dir, vaults) -> None:
    dialog = RecoveryCodeDialog("7KQ2M-9XHDA-PPR3T-ZZ41B-0N8WC", help_access)
    qtbot.addWidget(dialog)
    assert_identity_and_centred(qtbot, dialog, "Your recovery code")
    guest = GuestWelcome(help_access, public=False)
    qtbot.addWidget(guest)
    assert_identity_and_centred(qtbot, guest, "Use Companion as a guest")


def test_entry_screens_open_without_empty_bands(qtbot, vault_dir, help_access, vaults) -> None:
    # At the size a screen chooses for itself, the card fills it: no empty bands.
    window = FirstRunWindow(vaults, vault_dir, help_access)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    card = card_of(window)
    spare = window.height() - card.height() - window.findChild(QWidget, "buttonBar").height()
    assert spare <= 6 * window.fontMetrics().height()


def test_wrong_passphrase_message_does_not_move_the_buttons(
    qtbot, existing_vault, help_access, vaults
) -> None:
    screen = LockScreen(vaults, existing_vault[0], help_access)
    qtbot.addWidget(screen)
    screen.resize(900, 700)
    screen.show()
    qtbot.waitExposed(screen)
    QApplication.processEvents()
    before = {w: where(w) for w in (screen.passphrase.edit, screen.unlock_button)}
    before_guest = where(screen.guest_button)
    qtbot.keyClicks(screen.passphrase.edit, "not my passphrase")
    qtbot.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert where(screen.unlock_button) == before[screen.unlock_button]  # while it works
    qtbot.waitUntil(lambda: not screen.is_busy(), timeout=20000)
    assert screen.passphrase_message.isVisible()
    QApplication.processEvents()
    for widget, point in before.items():
        assert where(widget) == point
    assert where(screen.guest_button) == before_guest


def test_first_run_message_does_not_move_the_fields(qtbot, vault_dir, help_access, vaults) -> None:
    window = FirstRunWindow(vaults, vault_dir, help_access)
    qtbot.addWidget(window)
    window.resize(900, 900)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    watched = (window.passphrase.edit, window.confirm.edit, window.create_button)
    before = [where(w) for w in watched]
    qtbot.keyClicks(window.passphrase.edit, "short")
    qtbot.keyClicks(window.confirm.edit, "short")
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    assert window.message.isVisible()
    QApplication.processEvents()
    assert [where(w) for w in watched] == before


def test_large_text_keeps_the_card_readable(qtbot, existing_vault, help_access, vaults) -> None:
    original = QFont(QApplication.font())
    big = QFont(original)
    big.setPointSizeF(original.pointSizeF() * 2)
    QApplication.setFont(big)
    try:
        screen = LockScreen(vaults, existing_vault[0], help_access)
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitExposed(screen)
        title = screen.findChild(QLabel, "screenTitle")
        assert title is not None
        assert title.font().pointSizeF() > big.pointSizeF()  # the type scale follows
        assert screen.guest_button.width() >= screen.guest_button.sizeHint().width()
    finally:
        QApplication.setFont(original)
