"""The help panel's controls: country picker, search box and filters.

The picker understands names, native names, ISO codes and common aliases ("UK", "USA",
"Deutschland"); an entry it cannot place never leaves another country's numbers under it:
it says so, and the picker goes back to naming the country whose numbers are shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from companion.core.resources.directory import Directory
from companion.core.resources.records import Channel
from companion.ui.help.announce import say
from companion.ui.help.sections import Filters
from companion.ui.help.service_card import scaled_font, text_label
from companion.ui.shell.i18n import translate
from companion.ui.widgets.flow_layout import flow_container

if TYPE_CHECKING:
    from PySide6.QtCore import QStringListModel

SEARCH_DELAY_MS = 200  # typing pauses this long before the list is rebuilt
SUGGESTIONS = 8  # countries offered while typing


class HelpControls(QWidget):
    """Country picker and search (in the panel's header) and filters (above the list)."""

    country_picked = Signal(str)  # "" means "not known" (no country)
    filters_changed = Signal()

    def __init__(self, directory: Directory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpControls")
        self._directory = directory
        self._picked: str | None = None
        self._populated = False
        self._completer_model: QStringListModel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        row, flow = flow_container(self)
        self.prompt = QLabel(translate("Help", "Help for"), row)
        self.prompt.setObjectName("countryPrompt")
        self._country = QComboBox(row)
        self._country.setObjectName("countryPicker")
        # Named by its label ("Country"), never by its value; the box's text field too.
        self._country.setAccessibleName(translate("Help", "Country"))
        self._country.setAccessibleDescription(translate("Help", "Type or choose a country"))
        self._country.setMinimumContentsLength(18)
        self.prompt.setBuddy(self._country)
        self.search = QLineEdit(row)
        self.search.setObjectName("helpSearch")
        self.search.setAccessibleName(translate("Help", "Search help in every country"))
        # Short enough to show whole in the field; the examples, which the field is
        # too narrow for, are in its tooltip and read out as its description.
        self.search.setPlaceholderText(translate("Help", "Search every country…"))
        examples = translate("Help", "For example: young people, text, Spanish")
        self.search.setToolTip(examples)
        self.search.setAccessibleDescription(examples)
        self.search.setMinimumWidth(220)
        flow.addWidget(self.prompt)
        flow.addWidget(self._country)
        flow.addWidget(self.search)
        layout.addWidget(row)
        self.status = text_label("", self, name="countryStatus")
        self.status.hide()
        layout.addWidget(self.status)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.filters_changed)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self._country.activated.connect(self._on_country_activated)

        self.filter_row = self._build_filters()

    def _build_filters(self) -> QWidget:
        """'Show only' phone / text / chat / website / open now (lives above the list)."""
        row, flow = flow_container(None)
        row.setObjectName("filterRow")
        flow.addWidget(QLabel(translate("Help", "Show only:"), row))
        self._channel_boxes: dict[Channel, QCheckBox] = {}
        for channel, text in (
            (Channel.PHONE, translate("Help", "Phone")),
            (Channel.SMS, translate("Help", "Text")),
            (Channel.CHAT, translate("Help", "Chat")),
            (Channel.WEBSITE, translate("Help", "Website")),
        ):
            box = QCheckBox(text, row)
            box.setObjectName(f"filter_{channel.value}")
            box.setAccessibleName(
                translate("Help", "Show only services you can reach by {channel}").format(
                    channel=text.lower()
                )
            )
            box.toggled.connect(self.filters_changed)
            flow.addWidget(box)
            self._channel_boxes[channel] = box
        self.open_now = QCheckBox(translate("Help", "Open now"), row)
        self.open_now.setObjectName("filter_open_now")
        self.open_now.setAccessibleName(translate("Help", "Show only services open now"))
        self.open_now.toggled.connect(self.filters_changed)
        flow.addWidget(self.open_now)
        return row

    # -- the picker -----------------------------------------------------------------

    @property
    def country(self) -> QComboBox:
        """The country picker, with every country listed (filled in now if not yet)."""
        self.populate()
        return self._country

    def populate(self) -> None:
        """List every country, and make the box understand what people type.

        Called once after the panel's first paint (and by :attr:`country`), so the
        emergency number is on screen before 240 countries are added. Idempotent.
        """
        if self._populated:
            return
        self._populated = True
        # The clear button shows only once there is text: added here, it is there before
        # anyone can type, and the first paint does not wait for its icon.
        self.search.setClearButtonEnabled(True)
        combo = self._country
        combo.blockSignals(True)
        try:
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.clear()
            for entry in self._directory.countries():
                combo.addItem(entry.name, entry.code)
            line = combo.lineEdit()
            assert line is not None  # editable now
            line.setObjectName("countryText")
            line.setAccessibleName(translate("Help", "Country"))
            line.setPlaceholderText(translate("Help", "Type your country"))
            line.returnPressed.connect(self.commit_typed)
            line.editingFinished.connect(self._restore_if_unchanged)
            line.textEdited.connect(self._suggest)
        finally:
            combo.blockSignals(False)
        self.set_country(self._picked)

    def _suggest(self, text: str) -> None:
        """Offer the countries ``text`` may mean (aliases and native names included)."""
        from PySide6.QtCore import QStringListModel, Qt
        from PySide6.QtWidgets import QCompleter

        from companion.core.resources.country_lookup import matches

        self.status.hide()  # a message about the previous entry no longer applies
        codes = [c for c in matches(text, SUGGESTIONS) if self._country.findData(c) >= 0]
        names = [self._directory.country_name(c) for c in codes]
        completer = self._country.completer()
        model = self._completer_model
        if completer is None or model is None:
            model = self._completer_model = QStringListModel(self)
            completer = QCompleter(model, self._country)
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.activated.connect(self._on_suggestion)
            self._country.setCompleter(completer)
        model.setStringList(names)
        if names:
            completer.complete()

    def _on_suggestion(self, name: str) -> None:
        index = self._country.findText(name)
        if index >= 0:
            self._country.setCurrentIndex(index)
            self._on_country_activated(index)

    def commit_typed(self) -> None:
        """Enter in the picker: show the country typed, or say it was not recognised."""
        from companion.core.resources.country_lookup import resolve

        text = self._country.currentText().strip()
        shown = self._directory.country_name(self._picked) if self._picked else ""
        if not text or text == shown:
            return  # nothing new (a message about an earlier entry stays until typing)
        codes = [e.code for e in self._directory.countries()]
        code = resolve(text, codes)
        if code is None:
            self._say_unrecognised(text)
            return
        self.status.hide()
        self.country_picked.emit(code)

    def _restore_if_unchanged(self) -> None:
        # Focus left the box with something it could not place: name the shown country again.
        if not self.status.isVisible():
            self.set_country(self._picked)

    def _say_unrecognised(self, text: str) -> None:
        if self._picked:
            message = translate(
                "Help",
                "We couldn't find a country called “{text}”. The numbers shown are still for "
                "{country}. Try the country's name in English or your language, or its "
                "two-letter code.",
            ).format(text=text, country=self._directory.country_name(self._picked))
        else:
            message = translate(
                "Help",
                "We couldn't find a country called “{text}”. Try the country's name in English "
                "or your language, or its two-letter code.",
            ).format(text=text)
        say(self.status, message)  # shown and spoken
        self.set_country(self._picked)
        line = self._country.lineEdit()
        if line is not None:
            line.selectAll()

    def _on_country_activated(self, index: int) -> None:
        code = self._country.itemData(index)
        self.status.hide()
        self.country_picked.emit(code if isinstance(code, str) else "")

    def set_country(self, code: str | None) -> None:
        """Show ``code`` as the picked country without announcing a change."""
        self._picked = code
        combo = self._country
        combo.blockSignals(True)
        try:
            index = combo.findData(code) if (self._populated and code) else -1
            if index >= 0:
                combo.setCurrentIndex(index)
            elif self._populated:
                combo.setCurrentIndex(-1)
                combo.setEditText(self._directory.country_name(code) if code else "")
            else:  # not filled in yet: one item naming the country keeps the box cheap
                combo.clear()
                combo.addItem(self._directory.country_name(code) if code else "—", code or "")
        finally:
            combo.blockSignals(False)
        if code:
            self.prompt.setText(translate("Help", "Help for"))
            self.prompt.setFont(self.font())
        else:
            self.prompt.setText(translate("Help", "Which country are you in?"))
            self.prompt.setFont(scaled_font(self.font(), 1.2, bold=True))

    # -- search and filters ------------------------------------------------------------

    def filters(self) -> Filters:
        """The current search text and filters."""
        channels = frozenset(c for c, box in self._channel_boxes.items() if box.isChecked())
        return Filters(self.search.text(), channels, self.open_now.isChecked())

    def set_text(self, text: str) -> None:
        """Set the search text (the caller refreshes at once: no debounce)."""
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        self._debounce.stop()

    def set_channels(self, channels: frozenset[Channel]) -> None:
        """Tick exactly ``channels`` (the caller refreshes)."""
        for channel, box in self._channel_boxes.items():
            box.blockSignals(True)
            box.setChecked(channel in channels)
            box.blockSignals(False)

    def set_open_now(self, only_open: bool) -> None:
        """Tick or untick "Open now" (the caller refreshes)."""
        self.open_now.blockSignals(True)
        self.open_now.setChecked(only_open)
        self.open_now.blockSignals(False)
