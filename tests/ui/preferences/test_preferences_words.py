"""Every word of the Preferences dialog goes through translate("Preferences", …)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.preferences.preferences_dialog import PreferencesDialog
from companion.ui.shell.preferences_store import PreferencesStore


class Pseudo(QTranslator):
    """Wraps every "Preferences" text in ⟦…⟧ and leaves the rest untranslated."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦{source}⟧" if context == "Preferences" else ""

    def isEmpty(self) -> bool:
        return False


class StubHelp:
    """The dialog only asks the help feature for its button."""

    def button(self, parent: QWidget | None = None) -> QPushButton:
        return QPushButton("Get help now (F1)", parent)


@pytest.fixture
def pseudo(qapp: object) -> Iterator[Pseudo]:
    translator = Pseudo()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _dialog(qtbot: QtBot) -> PreferencesDialog:
    dialog = PreferencesDialog(PreferencesStore(None), StubHelp())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_every_word_is_translated(qtbot: QtBot, pseudo: Pseudo) -> None:
    dialog = _dialog(qtbot)
    assert dialog.windowTitle() == "⟦Companion — Preferences⟧"
    form = dialog.findChild(QFormLayout)
    assert form is not None
    labels = [form.labelForField(w) for w in (dialog.theme, dialog.auto_lock, dialog.country)]
    assert all(isinstance(label, QLabel) and label.text().startswith("⟦") for label in labels)
    themes = [dialog.theme.itemText(i) for i in range(dialog.theme.count())]
    assert themes == ["⟦Same as this computer⟧", "⟦Light⟧", "⟦Dark⟧"]
    assert dialog.country.itemText(0) == "⟦Use this computer's region⟧"
    # Each country is "name (code)" through one translatable pattern.
    assert all(dialog.country.itemText(i).startswith("⟦") for i in range(1, dialog.country.count()))
    for text in (dialog.save_button.text(), dialog.cancel_button.text(), dialog.note.text()):
        assert text.startswith("⟦")
    for control in (dialog.theme, dialog.auto_lock, dialog.country, dialog.save_button):
        assert control.accessibleName().startswith("⟦")


def test_minutes_suffix_follows_the_number(qtbot: QtBot, pseudo: Pseudo) -> None:
    dialog = _dialog(qtbot)
    dialog.auto_lock.setValue(1)
    assert dialog.auto_lock.suffix() == "⟦ minute⟧"
    dialog.auto_lock.setValue(5)
    assert dialog.auto_lock.suffix() == "⟦ minutes⟧"


def test_english_is_unchanged_without_a_translator(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.auto_lock.setValue(1)
    assert dialog.auto_lock.suffix() == " minute"
    dialog.auto_lock.setValue(5)
    assert dialog.auto_lock.suffix() == " minutes"
    code = dialog.country.itemData(1)
    assert dialog.country.itemText(1).endswith(f" ({code})")
