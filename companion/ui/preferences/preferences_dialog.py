"""Preferences: theme, auto-lock minutes and the country the help panel opens on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.core.settings import MAX_AUTO_LOCK, MIN_AUTO_LOCK
from companion.ui.shell.i18n import noop, translate
from companion.ui.shell.theme import make_header

if TYPE_CHECKING:
    from companion.ui.help.access import HelpAccess
    from companion.ui.shell.preferences_store import PreferencesStore


THEMES = (
    ("system", QT_TRANSLATE_NOOP("Preferences", "Same as this computer")),
    ("light", QT_TRANSLATE_NOOP("Preferences", "Light")),
    ("dark", QT_TRANSLATE_NOOP("Preferences", "Dark")),
)


def country_choices() -> list[tuple[str, str]]:
    """(ISO code, name) for every territory Qt knows, sorted by name."""
    found: dict[str, str] = {}
    for locale in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyTerritory
    ):
        territory = locale.territory()
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha() and code not in found:
            found[code] = QLocale.territoryToString(territory)
    return sorted(found.items(), key=lambda item: item[1].casefold())


class PreferencesDialog(QDialog):
    """Edits a :class:`PreferencesStore`; Save applies, Cancel changes nothing."""

    def __init__(
        self, prefs: PreferencesStore, help_access: HelpAccess, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Preferences", "Companion — Preferences"))
        self._store = prefs
        current = prefs.prefs

        self.header = make_header(translate("Preferences", "Preferences"), help_access, self)
        self.help_button = self.header.property("helpButton")

        self.theme = QComboBox(self)
        self.theme.setAccessibleName(translate("Preferences", "Appearance"))
        for value, label in THEMES:
            self.theme.addItem(translate("Preferences", noop(label)), value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current.theme)))

        self.auto_lock = QSpinBox(self)
        self.auto_lock.setAccessibleName(translate("Preferences", "Lock after minutes without use"))
        self.auto_lock.setRange(MIN_AUTO_LOCK, MAX_AUTO_LOCK)
        self.auto_lock.valueChanged.connect(self._minutes_suffix)
        self.auto_lock.setValue(current.auto_lock_minutes)
        self._minutes_suffix(self.auto_lock.value())

        self.country = QComboBox(self)
        self.country.setAccessibleName(translate("Preferences", "Country for help"))
        self.country.addItem(translate("Preferences", "Use this computer's region"), None)
        #: {country} is a country's name, {code} its two-letter code.
        entry = translate("Preferences", "{country} ({code})")
        for code, name in country_choices():
            self.country.addItem(entry.format(country=name, code=code), code)
        self.country.setCurrentIndex(max(0, self.country.findData(current.country)))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("Preferences", "Appearance"), self.theme)
        form.addRow(translate("Preferences", "Lock after"), self.auto_lock)
        form.addRow(translate("Preferences", "Country for help"), self.country)

        self.note = QLabel(
            translate(
                "Preferences",
                "Only these choices are kept in a settings file. Nothing you write in your "
                "journal is ever stored there.",
            ),
            self,
        )
        self.note.setWordWrap(True)

        self.save_button = QPushButton(translate("Preferences", "Save"), self)
        self.save_button.setAccessibleName(translate("Preferences", "Save preferences"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(translate("Preferences", "Cancel"), self)
        self.cancel_button.setAccessibleName(translate("Preferences", "Cancel"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        column = QVBoxLayout(self)
        column.addWidget(self.header)
        column.addLayout(form)
        column.addWidget(self.note)
        column.addStretch(1)
        column.addLayout(buttons)
        self.setTabOrder(self.help_button, self.theme)
        self.setTabOrder(self.theme, self.auto_lock)
        self.setTabOrder(self.auto_lock, self.country)
        self.setTabOrder(self.country, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.save_button)

    def _minutes_suffix(self, value: int) -> None:
        # "1 minutes" read oddly; the suffix follows the number. The count goes along so
        # a translation can pick its own plural form for the other numbers.
        self.auto_lock.setSuffix(
            #: Shown after the number in the auto-lock field ("1 minute"), with its leading space.
            translate("Preferences", " minute")
            if value == 1
            else translate("Preferences", " minutes", None, value)
        )

    def save(self) -> None:
        """Store the choices and close."""
        self._store.update(
            theme=self.theme.currentData(),
            auto_lock_minutes=self.auto_lock.value(),
            country=self.country.currentData(),
        )
        self.accept()
