"""The trash: entries moved there can be restored, or deleted for good after a question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.core.errors import CompanionError
from companion.ui.journal.dates import long_date
from companion.ui.journal.mood_face import mood_word
from companion.ui.journal.timeline_view import first_line
from companion.ui.shell.design import TypeRole, empty_state, make_primary, set_type
from companion.ui.shell.i18n import translate
from companion.ui.shell.messages import message_for
from companion.ui.shell.session import Session
from companion.ui.shell.window_titles import screen_title

if TYPE_CHECKING:
    from companion.ui.help.access import HelpAccess

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TrashView(QDialog):
    """A small window listing the trash. Refreshes itself on ``entries_changed``."""

    restored = Signal(int)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        help_access: HelpAccess | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trashView")
        # The screen's name and the product's: never anything from an entry.
        self.setWindowTitle(screen_title(translate("Journal", "Trash")))
        self.setAccessibleName(translate("Journal", "Trash"))
        self._session = session
        layout = QVBoxLayout(self)
        # The header is a widget of its own, so quick exit's controls join its row
        # beside "Get help now" (they go into the help button's parent's layout).
        header = QWidget(self)
        header.setObjectName("trashHeader")
        top = QHBoxLayout(header)
        top.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(translate("Journal", "Trash"), header)
        set_type(heading, TypeRole.TITLE)
        top.addWidget(heading, 1)
        # Every window keeps "Get help now" in view, this one too.
        self.help_button: QPushButton | None = None
        if help_access is not None:
            self.help_button = help_access.button(header)
            self.help_button.setObjectName("getHelpButton")
            top.addWidget(
                self.help_button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
            )
        layout.addWidget(header)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.list = QListWidget(self)
        self.list.setObjectName("trashList")
        self.list.setAccessibleName(translate("Journal", "Entries in the trash"))
        self.list.itemActivated.connect(lambda _i: self.restore_selected())
        layout.addWidget(self.list, 1)
        self.empty_note = empty_state(
            translate(
                "Journal",
                "Nothing in the trash. Entries you move here wait until you restore them.",
            ),
            self,
            name="trashEmptyNote",
        )
        layout.addWidget(self.empty_note, 1)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton(translate("Journal", "&Restore"), self)
        self.restore_button.setObjectName("trashRestore")
        self.restore_button.setAccessibleName(translate("Journal", "Restore the selected entry"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(translate("Journal", "&Empty trash…"), self)
        self.empty_button.setObjectName("trashEmpty")
        self.empty_button.setAccessibleName(
            translate("Journal", "Empty trash, deleting its entries for good")
        )
        self.empty_button.clicked.connect(self.confirm_and_empty)
        close = self.close_button = make_primary(QPushButton(translate("Journal", "Close"), self))
        close.setAccessibleName(translate("Journal", "Close the trash"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.empty_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        session.entries_changed.connect(self.refresh)
        self.resize(
            self.fontMetrics().horizontalAdvance("m") * 50, self.fontMetrics().height() * 24
        )
        self.refresh()

    def refresh(self) -> None:
        """Re-read the trash."""
        self.list.clear()
        if not self._session.is_unlocked():
            self._update_buttons()
            return
        #: An entry in the trash: {date} is a long date, {mood} a mood word, {title} the title or
        #: first line.
        with_mood = translate("Journal", "{date} · {mood} — {title}")
        without_mood = translate("Journal", "{date} — {title}")
        for entry in self._session.journal.trash():
            when = long_date(entry.created_at.date())  # the day it was written
            title = first_line(entry)
            if entry.mood:
                text = with_mood.format(date=when, mood=mood_word(entry.mood), title=title)
            else:
                text = without_mood.format(date=when, title=title)
            item = QListWidgetItem(text)
            item.setData(_ID_ROLE, entry.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def focus_start(self) -> None:
        """Put the keyboard where the work is: on the list (the arrows choose, Enter
        restores), or on Close when there is nothing to restore. (Left to itself, Qt gives
        a newly opened window's focus to nothing until the first Tab.)"""
        (self.list if self.list.count() else self.close_button).setFocus()

    def _update_buttons(self) -> None:
        n = self.list.count()
        self.restore_button.setEnabled(self.list.currentItem() is not None)
        self.empty_button.setEnabled(n > 0)
        # An empty trash shows one kind sentence instead of an empty box.
        self.list.setVisible(n > 0)
        self.empty_note.setVisible(n == 0)
        self.info.setText(
            ""
            if n == 0
            else translate(
                "Journal", "Entries here are not shown or searched. Restore one to bring it back."
            )
        )

    def restore_selected(self) -> None:
        """Bring the selected entry back."""
        item = self.list.currentItem()
        if item is None:
            return
        entry_id = int(item.data(_ID_ROLE))
        try:
            self._session.restore_entry(entry_id)
        except Exception as exc:  # show a calm sentence, never the exception text
            QMessageBox.information(self, APP_NAME, message_for(exc))
            return
        self.restored.emit(entry_id)

    def confirm_and_empty(self) -> bool:
        """Ask, then delete everything in the trash for good. True when emptied."""
        n = self.list.count()
        if n == 0:
            return False
        if n == 1:
            question = translate("Journal", "Delete this entry for good?")
            keep_text = translate("Journal", "Keep it")
        else:
            question = translate("Journal", "Delete these %n entries for good?", None, n)
            keep_text = translate("Journal", "Keep them")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            question,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(translate("Journal", "This can't be undone."))
        delete = box.addButton(
            translate("Journal", "Delete for good"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(keep_text, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setObjectName("emptyTrashConfirm")
        box.exec()
        if box.clickedButton() is not delete:
            return False
        try:
            self._session.empty_trash()
        except CompanionError as exc:  # a full disk: nothing was deleted; say so here
            self.info.setText(message_for(exc))
            return False
        return True
