"""Choose several words (emotions, activities, self-care) from searchable chips.

Keys: type in the field to filter; Enter chooses the first match, or adds your own word
when nothing matches (if allowed); Down moves into the chips; arrows move between chips,
Space toggles one, Up from the first chip goes back to the field. Only one chip is a Tab
stop at a time, so a long vocabulary does not make the form tedious to tab through.
A chosen chip shows a check mark and a frame as well as a colour.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from companion.ui.shell.i18n import translate
from companion.ui.widgets.flow_layout import FlowLayout, flow_container

_CHECK = "\u2713 "
_CONTROLS = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
CHIP_STYLE = """
QPushButton[chip="true"] {
    border: 2px solid palette(mid); border-radius: 0.75em;
    padding: 0.15em 0.75em; background: palette(base); color: palette(text);
}
QPushButton[chip="true"]:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border: 2px solid palette(highlighted-text);
}
QPushButton[chip="true"]:focus { border: 2px solid palette(highlight); }
QPushButton[chip="true"]:checked:focus { border: 2px solid palette(text); }
"""


class Chip(QPushButton):
    """One toggleable word."""

    def __init__(
        self,
        name: str,
        noun: str,
        group: Hashable,
        parent: QWidget | None = None,
        *,
        label: str | None = None,
    ):
        super().__init__(label or name, parent)
        self.name = name
        self.label = label or name
        self.group_key = group
        self._noun = noun
        self.setCheckable(True)
        self.setProperty("chip", True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAutoDefault(False)
        self.toggled.connect(self._refresh)
        self._refresh(False)

    def _refresh(self, checked: bool) -> None:
        self.setText(f"{_CHECK}{self.label}" if checked else self.label)
        self.setAccessibleName(
            #: A chip read aloud: {noun} says what it is ("Emotion", "Tag"), {name} is its word.
            translate("Widgets", "{noun}: {name}").format(noun=self._noun, name=self.label)
        )

    def sizeHint(self) -> QSize:
        # As wide ticked as unticked: the check mark's room is always kept (and the
        # border is as thick either way), so a tick never pushes the next chip along
        # under the pointer.
        hint = super().sizeHint()
        for text in (self.label, f"{_CHECK}{self.label}"):
            hint = hint.expandedTo(self._hint_for(text))
        return hint

    def _hint_for(self, text: str) -> QSize:
        # What QPushButton.sizeHint works out, for ``text`` instead of the current text.
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = text
        content = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text)
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, content, self
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class ChipPicker(QWidget):
    """Chips in named groups with a find-or-add field.

    Args:
        title: The picker's heading, already translated by the caller.
        noun: What one chip is ("Emotion", "Tag"), already translated; it names each
            chip to screen readers and appears in lower case inside the field's hints.
        allow_custom: Whether the person may add words of their own.
        parent: The owning widget.
    """

    selection_changed = Signal()
    custom_added = Signal(str, object)  # name, group key

    def __init__(
        self, title: str, noun: str, *, allow_custom: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._noun = noun
        self._allow_custom = allow_custom
        self._chips: list[Chip] = []
        self._order: list[str] = []  # selection order, so saved tags keep the user's order
        self._groups: list[tuple[str, Hashable]] = []
        self._group_labels: dict[Hashable, QLabel] = {}
        self._group_boxes: dict[Hashable, QWidget] = {}
        self._group_flows: dict[Hashable, FlowLayout] = {}
        self._labels: dict[str, str] = {}
        self.setStyleSheet(CHIP_STYLE)
        self.setAccessibleName(title)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("chipPickerTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        # The noun sits inside the sentences in lower case ("Find or add tag…").
        word = noun.lower()
        if allow_custom:
            #: {noun} is what one chip is, in lower case ("emotion", "tag").
            hint = translate("Widgets", "Find or add {noun}…")
            how = translate(
                "Widgets",
                "Type to filter. Enter chooses the first match or adds a new one. "
                "Down arrow moves to the choices.",
            )
        else:
            hint = translate("Widgets", "Find {noun}…")
            how = translate(
                "Widgets",
                "Type to filter. Enter chooses the first match. Down arrow moves to the choices.",
            )
        self.filter_edit.setPlaceholderText(hint.format(noun=word))
        self.filter_edit.setAccessibleName(translate("Widgets", "Find {noun}").format(noun=word))
        self.filter_edit.setAccessibleDescription(how)
        self.title_label.setBuddy(self.filter_edit)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.filter_edit.installEventFilter(self)
        top.addWidget(self.title_label)
        top.addWidget(self.filter_edit, 1)
        self.kind_box = QComboBox(self)
        self.kind_box.setAccessibleName(translate("Widgets", "Add new {noun} to").format(noun=word))
        self.kind_box.setVisible(False)
        top.addWidget(self.kind_box)
        self.add_button = QPushButton(translate("Widgets", "Add"), self)
        self.add_button.setAccessibleName(translate("Widgets", "Add {noun}").format(noun=word))
        self.add_button.setAutoDefault(False)
        self.add_button.setVisible(allow_custom)
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self._add_custom_from_field)
        top.addWidget(self.add_button)
        outer.addLayout(top)
        self._body = QVBoxLayout()
        self._body.setSpacing(4)
        outer.addLayout(self._body)
        self.empty_label = QLabel(translate("Widgets", "Nothing matches."), self)
        self.empty_label.setVisible(False)
        outer.addWidget(self.empty_label)

    # vocabulary ---------------------------------------------------------------------
    def set_labels(self, labels: dict[str, str]) -> None:
        """Words to show instead of some names (already translated); call before
        :meth:`set_groups`. The names themselves are what :meth:`selected` returns."""
        self._labels = dict(labels)

    def set_groups(self, groups: Sequence[tuple[str, Hashable, Sequence[str]]]) -> None:
        """Replace the vocabulary: ``(label, key, names)`` per group. Keeps the selection."""
        chosen = list(self._order)
        self._chips.clear()
        for heading in self._group_labels.values():
            heading.deleteLater()
        for box in self._group_boxes.values():
            box.deleteLater()  # its chips go with it
        while self._body.count():
            self._body.takeAt(0)
        self._group_labels.clear()
        self._group_boxes.clear()
        self._group_flows.clear()
        self._groups = [(label, key) for label, key, _ in groups]
        self.kind_box.clear()
        for title, key, names in groups:
            self._add_group(title, key, names, show_label=len(groups) > 1)
            # No item data: reading a QVariant back costs PySide6 6.12 a None reference.
            self.kind_box.addItem(title)
        self.kind_box.setVisible(self._allow_custom and len(groups) > 1)
        self._order = []
        self.set_selected(chosen)
        self._apply_filter(self.filter_edit.text())

    def _add_group(self, label: str, key: Hashable, names: Iterable[str], show_label: bool) -> None:
        heading = QLabel(label, self)
        heading.setVisible(show_label)
        self._group_labels[key] = heading
        box, flow = flow_container(self, spacing=6)
        self._group_boxes[key] = box
        self._group_flows[key] = flow
        self._body.addWidget(heading)
        self._body.addWidget(box)
        for name in names:
            self._new_chip(name, key)

    def _new_chip(self, name: str, key: Hashable) -> Chip:
        chip = Chip(name, self._noun, key, self, label=self._labels.get(name))
        chip.toggled.connect(lambda checked, c=chip: self._on_toggled(c, checked))
        chip.installEventFilter(self)
        self._group_flows[key].addWidget(chip)
        # Shown now, not when the layout gets round to it, so a chip added while the
        # picker is on screen counts as visible at once (filter, tab stop, arrows).
        chip.show()
        self._chips.append(chip)
        self._reset_tab_stop()
        return chip

    # selection ----------------------------------------------------------------------
    def selected(self) -> tuple[str, ...]:
        """The chosen words, in the order they were chosen."""
        return tuple(self._order)

    def set_selected(self, names: Iterable[str]) -> None:
        """Show ``names`` as chosen without emitting. Unknown names get a chip."""
        wanted = list(dict.fromkeys(names))
        self._order = []
        keys = {n.casefold() for n in wanted}
        for chip in self._chips:
            chip.blockSignals(True)
            chip.setChecked(chip.name.casefold() in keys)
            chip._refresh(chip.isChecked())
            chip.blockSignals(False)
        for name in wanted:
            found = self.chip(name)
            if found is None and self._groups:
                found = self._new_chip(name, self._groups[0][1])
                found.blockSignals(True)
                found.setChecked(True)
                found._refresh(True)
                found.blockSignals(False)
            if found is not None:
                self._order.append(found.name)
        self._update_accessible()

    def chip(self, name: str) -> Chip | None:
        """The chip for ``name``, or else the chip showing those words (a translated
        built-in name, "calma" for "calm"); case-insensitive. None if there is none."""
        key = name.casefold()
        by_name = next((c for c in self._chips if c.name.casefold() == key), None)
        return by_name or next((c for c in self._chips if c.label.casefold() == key), None)

    def chips(self) -> list[Chip]:
        """All chips, in display order (tests and the editor read them)."""
        return list(self._chips)

    def _on_toggled(self, chip: Chip, checked: bool) -> None:
        if checked and chip.name not in self._order:
            self._order.append(chip.name)
        elif not checked and chip.name in self._order:
            self._order.remove(chip.name)
        self._update_accessible()
        self.selection_changed.emit()

    def _update_accessible(self) -> None:
        if self._order:
            labels = {chip.name: chip.label for chip in self._chips}
            chosen = ", ".join(labels.get(name, name) for name in self._order)
            text = translate("Widgets", "Chosen: {names}").format(names=chosen)
        else:
            text = translate("Widgets", "Chosen: none chosen")
        self.setAccessibleDescription(text)

    # filtering and adding -------------------------------------------------------------
    def _visible_chips(self) -> list[Chip]:
        return [c for c in self._chips if not c.isHidden()]

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for chip in self._chips:
            words = f"{chip.name} {chip.label}".casefold()
            chip.setVisible(not needle or needle in words)
        for key, label in self._group_labels.items():
            any_shown = any(not c.isHidden() for c in self._chips if c.group_key == key)
            label.setVisible(len(self._groups) > 1 and any_shown)
        self.empty_label.setVisible(bool(needle) and not self._visible_chips())
        exact = needle and self.chip(text.strip()) is not None
        self.add_button.setEnabled(self._allow_custom and bool(needle) and not exact)
        self._reset_tab_stop()

    def _reset_tab_stop(self) -> None:
        visible = self._visible_chips()
        for chip in self._chips:
            chip.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        if visible:
            self._make_tab_stop(visible[0])

    def _make_tab_stop(self, chip: Chip) -> None:
        chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Chips are made after the rest of the form, so by default Tab reached them last
        # (after "Move to trash"); put the chip right after this picker's own field row.
        if chip.window() is self.add_button.window():
            QWidget.setTabOrder(self.add_button, chip)

    def _choose_from_field(self) -> None:
        text = self.filter_edit.text().strip()
        if not text:
            return
        exact = self.chip(text)
        visible = self._visible_chips()
        target = exact or (visible[0] if visible else None)
        if target is not None:
            target.setChecked(not target.isChecked() if target is exact else True)
            self.filter_edit.clear()
        elif self._allow_custom:
            self._add_custom_from_field()

    def _add_custom_from_field(self) -> None:
        # Pasted control characters would make the whole entry unsavable: drop them.
        name = " ".join(_CONTROLS.sub("", self.filter_edit.text()).split())
        if not name or not self._allow_custom:
            return
        existing = self.chip(name)
        if existing is not None:
            existing.setChecked(True)
        else:
            index = max(0, self.kind_box.currentIndex())
            key = self._groups[index][1] if index < len(self._groups) else None
            chip = self._new_chip(name, key)
            self.custom_added.emit(name, key)
            chip.setChecked(True)
        self.filter_edit.clear()

    # keyboard -----------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(obj, event)
        key = event.key()
        if obj is self.filter_edit:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose_from_field()
                return True
            if key == Qt.Key.Key_Down and self._visible_chips():
                self._focus_chip(self._visible_chips()[0])
                return True
            return False
        if isinstance(obj, Chip):
            visible = self._visible_chips()
            if obj not in visible:
                return False
            i = visible.index(obj)
            if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
                self._focus_chip(visible[min(i + 1, len(visible) - 1)])
                return True
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
                if i == 0:
                    self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                else:
                    self._focus_chip(visible[i - 1])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                obj.toggle()
                return True
        return super().eventFilter(obj, event)

    def _focus_chip(self, chip: Chip) -> None:
        for other in self._chips:
            other.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._make_tab_stop(chip)
        chip.setFocus(Qt.FocusReason.OtherFocusReason)
