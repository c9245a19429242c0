"""The help panel's controls: country picker, search box and filters."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
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
from companion.core.resources.models import Channel
from companion.ui.help_sections import Filters
from companion.ui.widgets.help_flow_layout import flow_container

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
        self.country = QComboBox(self)
        self.country.setObjectName("countryPicker")
        self.country.setAccessibleName("Country — choose another country")
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.addItem(INTERNATIONAL_ITEM, "")
        for entry in directory.countries():
            self.country.addItem(entry.name, entry.code)
        completer = QCompleter(self.country.model(), self.country)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.country.setCompleter(completer)
        self.country.activated.connect(self._on_country_activated)
        picker_label.setBuddy(self.country)

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

        for widget in (picker_label, self.country, search_label, self.search, row):
            layout.addWidget(widget)

    def _on_country_activated(self, index: int) -> None:
        code = self.country.itemData(index)
        self.country_picked.emit(code if isinstance(code, str) else "")

    def set_country(self, code: str | None) -> None:
        """Show ``code`` as the picked country without announcing a change."""
        index = self.country.findData(code or "")
        self.country.blockSignals(True)
        try:
            if index < 0:  # a country the directory has nothing for: still name it
                self.country.setEditText(code or INTERNATIONAL_ITEM)
            else:
                self.country.setCurrentIndex(index)
        finally:
            self.country.blockSignals(False)

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
