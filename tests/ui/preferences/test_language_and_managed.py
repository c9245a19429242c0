"""Preferences: the interface language, and settings fixed by the organisation's policy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.core.policy import Policy
from companion.core.settings import load_preferences
from companion.ui.preferences.preferences_dialog import PreferencesDialog
from companion.ui.shell.language import install_translations, remove_translations
from companion.ui.shell.preferences_store import PreferencesStore


class StubHelp:
    """The dialog only asks the help feature for its button."""

    def button(self, parent: QWidget | None = None) -> QPushButton:
        return QPushButton("Get help now (F1)", parent)


def _dialog(
    qtbot: QtBot, store: PreferencesStore, policy: Policy | None = None
) -> PreferencesDialog:
    dialog = PreferencesDialog(store, StubHelp(), policy=policy)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def store(tmp_path: Path) -> PreferencesStore:
    return PreferencesStore(tmp_path / "preferences.json")


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, "es", None, system=[])
    yield
    remove_translations(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_languages_are_listed_by_their_own_names(qtbot: QtBot, store: PreferencesStore) -> None:
    dialog = _dialog(qtbot, store)
    items = [
        (dialog.language.itemData(i), dialog.language.itemText(i))
        for i in range(dialog.language.count())
    ]
    assert items == [
        (None, "System language"),
        ("de", "Deutsch"),
        ("en", "English"),
        ("es", "Español"),
        ("fr", "Français"),
        ("ar", "العربية"),
    ]
    assert dialog.language.currentData() is None  # nothing chosen: the system's
    assert dialog.language.accessibleName() == "Language"
    assert "next time Companion starts" in dialog.language.accessibleDescription()
    assert dialog.language_note.isVisible()
    assert dialog.language.isEnabled()


def test_choosing_a_language_by_keyboard_saves_it(
    qtbot: QtBot, store: PreferencesStore, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, store)
    dialog.theme.setFocus()
    QTest.keyClick(dialog.theme, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.language
    dialog.language.setCurrentIndex(dialog.language.findText("Français"))
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert store.prefs.language == "fr"
    assert load_preferences(tmp_path / "preferences.json")[0].language == "fr"


def test_the_names_stay_in_their_own_language_when_the_interface_is_spanish(
    qtbot: QtBot, store: PreferencesStore, spanish: None
) -> None:
    store.update(language="ar")
    dialog = _dialog(qtbot, store)
    assert dialog.language.itemText(0) == "Idioma del sistema"
    assert [dialog.language.itemText(i) for i in range(1, 6)] == [
        "Deutsch",
        "English",
        "Español",
        "Français",
        "العربية",
    ]
    assert dialog.language.currentText() == "العربية"
    assert (
        dialog.language_note.text()
        == "El nuevo idioma se usará la próxima vez que se abra Companion."
    )


def test_a_regional_choice_shows_its_language(qtbot: QtBot, store: PreferencesStore) -> None:
    store.update(language="es-MX")
    assert _dialog(qtbot, store).language.currentData() == "es"


def test_policy_managed_settings_are_shown_fixed_and_left_alone(
    qtbot: QtBot, store: PreferencesStore
) -> None:
    store.update(language="es", auto_lock_minutes=20)
    policy = Policy(ui_language="fr", auto_lock_minutes=3, default_country="DE")
    dialog = _dialog(qtbot, store, policy)
    # The policy's values are what is shown, and they cannot be changed here.
    assert dialog.language.currentData() == "fr"
    assert dialog.auto_lock.value() == 3
    for control in (dialog.language, dialog.auto_lock):
        assert not control.isEnabled()
        assert control.accessibleDescription() == "Set by your organisation"
        assert control.toolTip() == "Set by your organisation"
    notes = dialog.findChildren(QLabel, "managedNote")
    assert [n.text() for n in notes] == ["Set by your organisation"] * 2
    assert all(n.isVisible() for n in notes)
    assert set(dialog.managed_notes) == {"language", "auto_lock_minutes"}
    # "Takes effect at next start" does not apply to a language nobody can change here.
    assert not dialog.language_note.isVisible()
    # The default country is only a starting point: the person's choice still wins.
    assert dialog.country.isEnabled()
    assert dialog.country.accessibleDescription() == ""
    # Saving changes what may change, and keeps the person's own fixed values underneath.
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert store.prefs.theme == "dark"
    assert store.prefs.language == "es"
    assert store.prefs.auto_lock_minutes == 20


def test_managed_words_are_translated(qtbot: QtBot, store: PreferencesStore, spanish: None) -> None:
    dialog = _dialog(qtbot, store, Policy(auto_lock_minutes=3))
    assert dialog.auto_lock.accessibleDescription() == "Lo ha establecido tu organización"
    assert dialog.managed_notes["auto_lock_minutes"].text() == "Lo ha establecido tu organización"
    assert dialog.language.isEnabled()


def test_without_a_policy_nothing_is_managed(qtbot: QtBot, store: PreferencesStore) -> None:
    dialog = _dialog(qtbot, store, Policy())
    assert dialog.findChildren(QLabel, "managedNote") == []
    assert all(
        c.isEnabled() for c in (dialog.theme, dialog.language, dialog.auto_lock, dialog.country)
    )


@pytest.fixture
def arabic_large_text(qapp: QApplication) -> Iterator[None]:
    """Arabic, right to left, at twice the normal text size."""
    font = qapp.font()
    install_translations(qapp, "ar", None, system=[])
    large = qapp.font()
    large.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(large)
    yield
    qapp.setFont(font)
    remove_translations(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_every_wrapped_line_has_room_in_arabic_at_double_text_size(
    qtbot: QtBot, store: PreferencesStore, arabic_large_text: None
) -> None:
    dialog = _dialog(qtbot, store)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.language_note.text().startswith("تُستخدم اللغة الجديدة")
    wrapped = [
        label for label in dialog.findChildren(QLabel) if label.wordWrap() and label.isVisible()
    ]
    assert dialog.language_note in wrapped
    for label in wrapped:
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    # The buttons keep their whole words too.
    for button in (dialog.save_button, dialog.cancel_button):
        assert button.width() >= button.minimumSizeHint().width()
