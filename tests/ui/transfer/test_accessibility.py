"""Every transfer screen: each control Tab reaches has a name a screen reader can say,
words go through translate(), and large text still fits without cutting words off."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.policy import Policy
from companion.core.vault.errors import Damage, DatabaseDamaged
from companion.core.vault.service import VaultService
from companion.ui.shell.i18n import translate
from companion.ui.shell.session import Session
from companion.ui.transfer.backups_dialog import BackupsDialog
from companion.ui.transfer.common import note_label
from companion.ui.transfer.damage_dialog import DamageDialog
from companion.ui.transfer.export_dialog import ExportDialog
from companion.ui.transfer.import_wizard import ImportWizard
from companion.ui.transfer.merge_dialog import MergeDialog
from companion.ui.transfer.open_file_dialog import OpenFromFileDialog
from companion.ui.transfer.place_dialog import PlaceDialog
from companion.ui.transfer.save_copy_dialog import SaveCopyDialog

Builder = Callable[[Session, Session, VaultService, FakeClock, Path], QDialog]

BUILDERS: dict[str, Builder] = {
    "backups": lambda s, _g, v, _c, _t: BackupsDialog(s, v, lambda: None),
    "export": lambda s, _g, v, c, _t: ExportDialog(s, v, Policy(), c),
    "import": lambda s, _g, _v, _c, _t: ImportWizard(s),
    "merge": lambda s, _g, v, _c, _t: MergeDialog(s, v),
    "open": lambda _s, _g, v, _c, t: OpenFromFileDialog(v, t / "vault2"),
    "save-copy": lambda _s, g, v, _c, _t: SaveCopyDialog(g, v),
    "damage": lambda _s, _g, v, _c, t: DamageDialog(v, t, DatabaseDamaged(Damage.TOO_SHORT)),
    # Its title comes from the caller, translated there.
    "place": lambda _s, _g, _v, _c, t: PlaceDialog(
        None, translate("Transfer", "Export your journal"), t / "a.csv", mode="save"
    ),
}


class _Marker(QTranslator):
    """Wraps every "Transfer" string in ⟦…⟧ so an untranslated one stands out."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦{source}⟧" if context == "Transfer" else ""


@pytest.fixture
def built(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    session: Session,
    guest_session: Session,
    vaults: VaultService,
    clock: FakeClock,
    tmp_path: Path,
) -> Iterator[QDialog]:
    dialog = BUILDERS[request.param](session, guest_session, vaults, clock, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    dialog.reject()


@pytest.mark.parametrize("built", list(BUILDERS), indirect=True)
def test_every_control_has_a_name(
    built: QDialog, controls_of: Callable[[QWidget], list[QWidget]]
) -> None:
    controls = controls_of(built)
    assert controls
    for control in controls:
        name = control.accessibleName()
        if not name and isinstance(control, QAbstractButton):
            name = control.text()
        assert name.replace("&", "").strip(), control


@pytest.mark.parametrize("name", list(BUILDERS))
def test_words_go_through_translate(
    name: str,
    qtbot: QtBot,
    session: Session,
    guest_session: Session,
    vaults: VaultService,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    marker = _Marker()
    QCoreApplication.installTranslator(marker)
    try:
        dialog = BUILDERS[name](session, guest_session, vaults, clock, tmp_path)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle().startswith("⟦")
        widgets: list[QLabel | QAbstractButton] = [
            *dialog.findChildren(QLabel),
            *dialog.findChildren(QAbstractButton),
        ]
        for widget in widgets:
            text = widget.text()
            if text and widget.isVisibleTo(dialog):
                assert "⟦" in text, text
        dialog.reject()
    finally:
        QCoreApplication.removeTranslator(marker)


@pytest.mark.parametrize("built", list(BUILDERS), indirect=True)
def test_large_text_fits(qtbot: QtBot, built: QDialog) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    try:
        bigger = app.font()
        bigger.setPointSizeF(font.pointSizeF() * 2)
        app.setFont(bigger)
        qtbot.wait(10)
        layout = built.layout()
        assert layout is not None
        layout.activate()  # the dialog takes the room the bigger text needs
        for button in built.findChildren(QAbstractButton):
            if button.isVisibleTo(built) and button.text():
                needed = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
                assert button.sizeHint().width() >= needed, button.text()
                assert button.minimumSizeHint().width() <= built.width()
    finally:
        app.setFont(font)


def test_an_empty_message_takes_no_focus_and_a_message_can_be_selected(qtbot: QtBot) -> None:
    """A screen reader meets no nameless object where a message will appear."""
    holder = QWidget()
    qtbot.addWidget(holder)
    message = note_label(holder, "message")
    assert message.focusPolicy() == Qt.FocusPolicy.NoFocus
    message.setText("Stopped. Nothing was changed.")
    assert message.focusPolicy() == Qt.FocusPolicy.ClickFocus
    assert message.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    message.clear()
    assert message.focusPolicy() == Qt.FocusPolicy.NoFocus
