"""The help panel's controls: country picker, search box and filters."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from companion.core.resources.directory import Directory
from companion.core.resources.records import Channel
from companion.ui.help.sections import Filters
from companion.ui.widgets.flow_layout import flow_container

INTERNATIONAL_ITEM = "International (any country)"
SEARCH_DELAY_MS = 200  # typing pauses this long before the list is rebuilt
CHANNEL_BOXES = (
    (Channel.PHONE, "Phone"),
    (Channel.SMS, "Text"),
    (Channel.CHAT, "Chat"),
    (Channel.WEBSITE, "Website"),
)


class HelpControls(QWidget):
    """Country picker, search and filters; reports changes by signal."""

    country_picked = Signal(str)  # "" means the international list
    filters_changed = Signal()

    def __init__(self, directory: Directory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpControls")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        picker_label = QLabel("I'm in another country:", self)
        self._directory = directory
        self._picked: str | None = None
        self._populated = False
        self._country = QComboBox(self)
        self._country.setObjectName("countryPicker")
        self._country.setAccessibleName("Country — choose another country")
        self._country.setEditable(True)
        self._country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # The list of every country (and its completer) is filled in by populate(), after
        # the panel's first paint: until then the box shows the chosen country's name.
        self._country.activated.connect(self._on_country_activated)
        picker_label.setBuddy(self._country)

        search_label = QLabel("Search every country by name, topic or language:", self)
        search_label.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("helpSearch")
        self.search.setAccessibleName("Search help in every country")
        self.search.setPlaceholderText("For example: young people, text, Spanish, Samaritans")
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.filters_changed)
        self.search.textChanged.connect(lambda _text: self._debounce.start())

        row, flow = flow_container(self)
        flow.addWidget(QLabel("Show only:", row))
        self._channel_boxes: dict[Channel, QCheckBox] = {}
        for channel, text in CHANNEL_BOXES:
            box = QCheckBox(text, row)
            box.setObjectName(f"filter_{channel.value}")
            box.setAccessibleName(f"Show only services you can reach by {text.lower()}")
            box.toggled.connect(self.filters_changed)
            flow.addWidget(box)
            self._channel_boxes[channel] = box
        self.open_now = QCheckBox("Open now", row)
        self.open_now.setObjectName("filter_open_now")
        self.open_now.setAccessibleName("Show only services open now")
        self.open_now.toggled.connect(self.filters_changed)
        flow.addWidget(self.open_now)

        for widget in (picker_label, self._country, search_label, self.search, row):
            layout.addWidget(widget)

    @property
    def country(self) -> QComboBox:
        """The country picker, with every country listed (filled in now if not yet)."""
        self.populate()
        return self._country

    def populate(self) -> None:
        """List every country in the picker and make it searchable by typing.

        Called once after the panel's first paint (and by :attr:`country`), so the
        emergency number is on screen before 240 countries are added. Idempotent.
        """
        if self._populated:
            return
        from PySide6.QtCore import Qt  # after the first paint: see service_card.text_label

        self._populated = True
        combo = self._country
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(INTERNATIONAL_ITEM, "")
            for entry in self._directory.countries():
                combo.addItem(entry.name, entry.code)
        finally:
            combo.blockSignals(False)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        self.set_country(self._picked)

    def _on_country_activated(self, index: int) -> None:
        code = self._country.itemData(index)
        self.country_picked.emit(code if isinstance(code, str) else "")

    def set_country(self, code: str | None) -> None:
        """Show ``code`` as the picked country without announcing a change."""
        self._picked = code
        combo = self._country
        index = combo.findData(code or "") if self._populated else -1
        combo.blockSignals(True)
        try:
            if index >= 0:
                combo.setCurrentIndex(index)
            else:  # not listed (yet, or the directory has nothing for it): still name it
                combo.setEditText(
                    self._directory.country_name(code) if code else INTERNATIONAL_ITEM
                )
        finally:
            combo.blockSignals(False)

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
