"""The generic widgets' own words go through translate("Widgets", …).

A pseudo-translator wraps every text of the "Widgets" context in ⟦…⟧; the chip picker's
hints must then read as whole translated sentences around the caller's noun.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from companion.ui.widgets.busy import BusyIndicator
from companion.ui.widgets.chip_picker import ChipPicker
from companion.ui.widgets.markdown_view import MarkdownView


class Pseudo(QTranslator):
    """Wraps every "Widgets" text in ⟦…⟧ and leaves the rest untranslated."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦{source}⟧" if context == "Widgets" else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp: object) -> Iterator[Pseudo]:
    translator = Pseudo()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_chip_picker_words_are_translated_whole(qtbot: QtBot, pseudo: Pseudo) -> None:
    picker = ChipPicker("Tags", "Tag", allow_custom=True)
    qtbot.addWidget(picker)
    picker.set_groups([("Activities", "a", ["work"]), ("Self-care", "s", ["rest"])])
    assert picker.filter_edit.placeholderText() == "⟦Find or add tag…⟧"
    assert picker.filter_edit.accessibleName() == "⟦Find tag⟧"
    assert picker.filter_edit.accessibleDescription().startswith("⟦Type to filter.")
    assert picker.filter_edit.accessibleDescription().endswith("moves to the choices.⟧")
    assert picker.kind_box.accessibleName() == "⟦Add new tag to⟧"
    assert picker.add_button.text() == "⟦Add⟧"
    assert picker.add_button.accessibleName() == "⟦Add tag⟧"
    assert picker.empty_label.text() == "⟦Nothing matches.⟧"
    assert picker.accessibleDescription() == "⟦Chosen: none chosen⟧"
    chip = picker.chip("work")
    assert chip is not None
    assert chip.accessibleName() == "⟦Tag: work⟧"
    chip.setChecked(True)
    assert picker.accessibleDescription() == "⟦Chosen: work⟧"
    assert chip.text() == "\u2713 work"  # the word itself is data: shown as it is


def test_picker_without_own_words_says_so(qtbot: QtBot, pseudo: Pseudo) -> None:
    picker = ChipPicker("Feelings", "Emotion", allow_custom=False)
    qtbot.addWidget(picker)
    assert picker.filter_edit.placeholderText() == "⟦Find emotion…⟧"
    assert "adds a new one" not in picker.filter_edit.accessibleDescription()
    assert picker.filter_edit.accessibleDescription().startswith("⟦")


def test_english_is_unchanged_without_a_translator(qtbot: QtBot) -> None:
    picker = ChipPicker("Tags", "Tag", allow_custom=True)
    qtbot.addWidget(picker)
    picker.set_groups([("Activities", "a", ["work"])])
    assert picker.filter_edit.placeholderText() == "Find or add tag…"
    assert picker.filter_edit.accessibleDescription() == (
        "Type to filter. Enter chooses the first match or adds a new one. "
        "Down arrow moves to the choices."
    )
    assert picker.accessibleDescription() == "Chosen: none chosen"
    chip = picker.chip("work")
    assert chip is not None
    assert chip.accessibleName() == "Tag: work"


def test_busy_and_preview_names_are_translated(qtbot: QtBot, pseudo: Pseudo) -> None:
    busy = BusyIndicator()
    preview = MarkdownView()
    qtbot.addWidget(busy)
    qtbot.addWidget(preview)
    assert busy.bar.accessibleName() == "⟦Working⟧"
    assert preview.accessibleName() == "⟦Entry preview⟧"
    assert preview.viewport().accessibleName() == "⟦Entry preview⟧"
