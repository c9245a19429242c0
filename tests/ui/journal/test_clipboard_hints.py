"""Text copied from an entry asks clipboard managers not to keep it (security.md).

Locking clears the clipboard, but a clipboard history (Windows' Win+V, KDE's Klipper)
would keep its own copy of the entry for good; these hints ask it not to.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from companion.ui.journal.entry_editor import EntryEditor
from companion.ui.shell.session import Session
from companion.ui.widgets.private_text import PRIVATE_CLIPBOARD_HINTS


def test_copied_entry_text_carries_do_not_record_hints(qtbot: QtBot, session: Session) -> None:
    editor = EntryEditor(session, session.clock)
    qtbot.addWidget(editor)
    editor.new_entry()
    editor.text_edit.setPlainText("something private")
    editor.text_edit.selectAll()
    mime = editor.text_edit.createMimeDataFromSelection()
    assert mime.text() == "something private"
    for fmt in PRIVATE_CLIPBOARD_HINTS:
        assert mime.hasFormat(fmt), fmt
    assert "x-kde-passwordManagerHint" in PRIVATE_CLIPBOARD_HINTS
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
