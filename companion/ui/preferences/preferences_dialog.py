"""Preferences: theme, language, auto-lock minutes and the country the help panel opens on.

Settings the organisation's policy fixes (the interface language, the auto-lock time)
show the policy's value, cannot be changed here and say "Set by your organisation"
(in words and in the control's accessible description); saving leaves the person's own
stored value for them untouched, so it comes back if the policy goes away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
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

from companion.core.policy.managed import ManagedSettings, managed_settings
from companion.core.settings import MAX_AUTO_LOCK, MIN_AUTO_LOCK
from companion.ui.shell.i18n import noop, translate
from companion.ui.shell.language import LANGUAGE_NAMES, shipped_languages
from companion.ui.shell.theme import make_header

if TYPE_CHECKING:
    from companion.core.policy import Policy
    from companion.ui.help.access import HelpAccess
    from companion.ui.shell.preferences_store import PreferencesStore


THEMES = (
    ("system", QT_TRANSLATE_NOOP("Preferences", "Same as this computer")),
    ("light", QT_TRANSLATE_NOOP("Preferences", "Light")),
    ("dark", QT_TRANSLATE_NOOP("Preferences", "Dark")),
)


def language_choices() -> list[tuple[str, str]]:
    """(tag, name in its own language) for every language Companion speaks.

    Names are never translated: whoever cannot read the current language must still
    recognise their own. Sorted by those names, so the list does not move when the
    interface language does.
    """
    named = [(tag, LANGUAGE_NAMES.get(tag, tag)) for tag in shipped_languages()]
    return sorted(named, key=lambda item: item[1].casefold())


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
        self,
        prefs: PreferencesStore,
        help_access: HelpAccess,
        parent: QWidget | None = None,
        *,
        policy: Policy | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Preferences", "Companion — Preferences"))
        self._store = prefs
        self.managed: ManagedSettings = (
            managed_settings(policy) if policy is not None else ManagedSettings()
        )
        # What the person sees is what is in force: the policy's value where it has one.
        current = self.managed.apply(prefs.prefs)

        self.header = make_header(translate("Preferences", "Preferences"), help_access, self)
        self.help_button = self.header.property("helpButton")

        self.theme = QComboBox(self)
        self.theme.setAccessibleName(translate("Preferences", "Appearance"))
        for value, label in THEMES:
            self.theme.addItem(translate("Preferences", noop(label)), value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current.theme)))

        self.language = QComboBox(self)
        self.language.setAccessibleName(translate("Preferences", "Language"))
        self.language.addItem(translate("Preferences", "System language"), None)
        for tag, name in language_choices():
            self.language.addItem(name, tag)
        found = self.language.findData(current.language)
        if found < 0 and current.language:  # "es-MX" chosen, "es" is what there is
            found = self.language.findData(current.language.split("-", 1)[0])
        self.language.setCurrentIndex(max(0, found))
        self.language_note = QLabel(
            translate("Preferences", "A new language is used the next time Companion starts."),
            self,
        )
        self.language_note.setWordWrap(True)
        self.language.setAccessibleDescription(self.language_note.text())

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

        self.high_contrast = QCheckBox(translate("Preferences", "Use high contrast"), self)
        self.high_contrast.setChecked(current.high_contrast)
        self.reduced_motion = QCheckBox(translate("Preferences", "Reduce motion"), self)
        self.reduced_motion.setChecked(current.reduced_motion)
        self.gentle_response = QCheckBox(
            translate("Preferences", "After a hard day, offer help and a breathing exercise"),
            self,
        )
        self.gentle_response.setChecked(current.gentle_response)
        for box in (self.high_contrast, self.reduced_motion, self.gentle_response):
            box.setAccessibleName(box.text())

        self.managed_notes: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("Preferences", "Appearance"), self.theme)
        form.addRow(translate("Preferences", "Language"), self.language)
        self._managed_or_note(form, "language", self.language_note)
        form.addRow(translate("Preferences", "Lock after"), self.auto_lock)
        self._managed_or_note(form, "auto_lock_minutes", None)
        form.addRow(translate("Preferences", "Country for help"), self.country)
        # The check boxes move together: beside the labels' column while there is room
        # for the longest, else all three under it, at the labels' edge (one alone at
        # the edge, two indented above it, looked misplaced).
        self.choices = QWidget(self)
        self.choices.setObjectName("preferenceChoices")
        boxes = QVBoxLayout(self.choices)
        boxes.setContentsMargins(0, 0, 0, 0)
        for box in (self.high_contrast, self.reduced_motion, self.gentle_response):
            boxes.addWidget(box)
        form.addRow("", self.choices)

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
        self.setTabOrder(self.theme, self.language)
        self.setTabOrder(self.language, self.auto_lock)
        self.setTabOrder(self.auto_lock, self.country)
        self.setTabOrder(self.country, self.high_contrast)
        self.setTabOrder(self.high_contrast, self.reduced_motion)
        self.setTabOrder(self.reduced_motion, self.gentle_response)
        self.setTabOrder(self.gentle_response, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.save_button)
        # Open at the first choice (not on Save): the keyboard and the screen reader
        # start at the top of the form.
        self.theme.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """Make room for every wrapped line at the width the dialog really got.

        Qt sizes a dialog from its preferred width, then narrows it to fit the screen
        without asking again how tall wrapped notes become at that narrower width (long
        translations and large text lose their second line otherwise).
        """
        super().showEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        """Grow to the height the layout needs at the current width."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def control_for(self, field: str) -> QWidget | None:
        """The control that edits the preference ``field`` (None when there is none)."""
        controls: dict[str, QWidget] = {
            "theme": self.theme,
            "language": self.language,
            "auto_lock_minutes": self.auto_lock,
            "country": self.country,
            "high_contrast": self.high_contrast,
            "reduced_motion": self.reduced_motion,
            "gentle_response": self.gentle_response,
        }
        return controls.get(field)

    def _managed_or_note(self, form: QFormLayout, field: str, note: QLabel | None) -> QLabel | None:
        """Under a control: "Set by your organisation" when the policy fixes it, else ``note``.

        A managed control is disabled (it still shows the policy's value) and carries the
        same words as its accessible description, so a screen reader says why it will not
        change. Returns the label added under the control, if any.
        """
        control = self.control_for(field)
        if control is None or not self.managed.is_managed(field):
            if note is not None:
                form.addRow("", note)
            return note
        if note is not None:
            note.hide()
        words = translate("Preferences", "Set by your organisation")
        control.setEnabled(False)
        control.setAccessibleDescription(words)
        control.setToolTip(words)
        label = QLabel(words, self)
        label.setObjectName("managedNote")
        label.setWordWrap(True)
        form.addRow("", label)
        self.managed_notes[field] = label
        return label

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
        changes: dict[str, object] = {
            "theme": self.theme.currentData(),
            "language": self.language.currentData(),
            "auto_lock_minutes": self.auto_lock.value(),
            "country": self.country.currentData(),
            "high_contrast": self.high_contrast.isChecked(),
            "reduced_motion": self.reduced_motion.isChecked(),
            "gentle_response": self.gentle_response.isChecked(),
        }
        # A managed value shown here is the policy's; the person's own stays as it was.
        self._store.update(**self.managed.without_managed(changes))
        self.accept()
