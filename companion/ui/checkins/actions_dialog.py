"""Choose the check-in's actions: show or hide, rename, reorder, add and delete.

Every change is saved at once (each is one small write) and ``changed`` tells the page.
Hiding keeps an action's history; deleting removes it for good, after a question.
Keys: Space shows or hides the selected action, F2 renames it, Alt+Up / Alt+Down move it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.core.checkins.errors import InvalidCheckin
from companion.core.checkins.store import CheckinStore
from companion.core.errors import CompanionError
from companion.ui.checkins.words import action_label
from companion.ui.shell.i18n import translate
from companion.ui.shell.messages import message_for
from companion.ui.shell.window_titles import screen_title

_ID = Qt.ItemDataRole.UserRole + 1


class ActionsDialog(QDialog):
    """Edits the list of check-in actions of one vault."""

    changed = Signal()

    def __init__(self, store: CheckinStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(screen_title(translate("SelfCare", "Choose check-in actions")))
        self.setAccessibleName(translate("SelfCare", "Choose check-in actions"))
        self._store = store
        self._loading = False
        layout = QVBoxLayout(self)
        title = QLabel(translate("SelfCare", "Choose check-in actions"), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        layout.addWidget(title)
        hint = QLabel(
            translate(
                "SelfCare",
                "Ticked actions appear in your daily list. Hiding one keeps what you ticked "
                "before. Press F2 to rename, Alt+Up or Alt+Down to move.",
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("SelfCare", "Check-in actions"))
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.list.itemChanged.connect(self._item_changed)
        layout.addWidget(self.list, 1)
        moves = QHBoxLayout()
        self.up_button = self._button(translate("SelfCare", "Move &up"), moves)
        self.up_button.setAccessibleName(translate("SelfCare", "Move the selected action up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = self._button(translate("SelfCare", "Move &down"), moves)
        self.down_button.setAccessibleName(translate("SelfCare", "Move the selected action down"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.rename_button = self._button(translate("SelfCare", "&Rename"), moves)
        self.rename_button.setAccessibleName(translate("SelfCare", "Rename the selected action"))
        self.rename_button.clicked.connect(self._rename_selected)
        self.delete_button = self._button(translate("SelfCare", "De&lete…"), moves)
        self.delete_button.setAccessibleName(
            translate("SelfCare", "Delete the selected action and its history")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        moves.addStretch(1)
        layout.addLayout(moves)
        add_row = QHBoxLayout()
        self.new_edit = QLineEdit(self)
        self.new_edit.setPlaceholderText(translate("SelfCare", "Something of your own…"))
        self.new_edit.setAccessibleName(translate("SelfCare", "New action"))
        self.new_edit.setMaxLength(60)
        self.new_edit.returnPressed.connect(self.add_from_field)
        add_row.addWidget(self.new_edit, 1)
        self.add_button = self._button(translate("SelfCare", "&Add"), add_row)
        self.add_button.setAccessibleName(translate("SelfCare", "Add this action"))
        self.add_button.clicked.connect(self.add_from_field)
        layout.addLayout(add_row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close = self._button(translate("SelfCare", "Close"), close_row)
        close.clicked.connect(self.accept)
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=step: self.move_selected(s))
        layout.addLayout(close_row)
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.fontMetrics().height() * 28)
        self.reload()

    def _button(self, text: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        row.addWidget(button)
        return button

    # list -----------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Re-read every action, shown and hidden."""
        current = select if select is not None else self.selected_id()
        self._loading = True
        self.list.clear()
        for action in self._store.actions(include_hidden=True):
            item = QListWidgetItem(action_label(action))
            item.setData(_ID, action.id)
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
            )
            item.setCheckState(Qt.CheckState.Checked if action.active else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            if action.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._loading = False

    def selected_id(self) -> int | None:
        """The id of the selected action."""
        item = self.list.currentItem()
        return int(item.data(_ID)) if item is not None else None

    def ids(self) -> list[int]:
        """Every action's id, in the list's order."""
        return [int(self.list.item(i).data(_ID)) for i in range(self.list.count())]

    # changes --------------------------------------------------------------------------
    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        action_id = int(item.data(_ID))
        try:
            action = self._store.action(action_id)
            shown = item.checkState() == Qt.CheckState.Checked
            if shown != action.active:
                self._store.set_shown(action_id, shown)
            text = item.text().strip()
            if text and text != action_label(action):
                self._store.rename_action(action_id, text)
        except CompanionError as exc:
            self._say(exc)
            self.reload(action_id)
            return
        self.message.clear()
        self.changed.emit()

    def _rename_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def move_selected(self, step: int) -> None:
        """Move the selected action up (-1) or down (+1)."""
        row = self.list.currentRow()
        order = self.ids()
        target = row + step
        if row < 0 or not 0 <= target < len(order):
            return
        order[row], order[target] = order[target], order[row]
        try:
            self._store.set_order(order)
        except CompanionError as exc:
            self._say(exc)
            return
        self.reload(order[target])
        self.changed.emit()

    def add_from_field(self) -> None:
        """Add the words in the field as a new action."""
        text = self.new_edit.text().strip()
        if not text:
            return
        try:
            action = self._store.add_action(text)
        except CompanionError as exc:
            self._say(exc)
            return
        self.new_edit.clear()
        self.message.clear()
        self.reload(action.id)
        self.changed.emit()

    def delete_selected(self) -> bool:
        """Ask, then delete the selected action and everything ticked for it."""
        action_id = self.selected_id()
        if action_id is None or not self.confirm_delete():
            return False
        try:
            self._store.delete_action(action_id)
        except CompanionError as exc:
            self._say(exc)
            return False
        self.reload()
        self.changed.emit()
        return True

    def confirm_delete(self) -> bool:
        """The question before deleting (tests replace it)."""
        box = QMessageBox(
            QMessageBox.Icon.Question, APP_NAME, "", QMessageBox.StandardButton.NoButton, self
        )
        box.setText(translate("SelfCare", "Delete this action and what you ticked for it?"))
        box.setInformativeText(
            translate("SelfCare", "To keep its history, untick it instead: it is then hidden.")
        )
        delete = box.addButton(
            translate("SelfCare", "Delete for good"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(translate("SelfCare", "Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is delete

    def _say(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidCheckin) and "already" in exc.reason:
            text = translate("SelfCare", "That action is already on your list.")
        elif isinstance(exc, InvalidCheckin) and exc.reason.startswith("at most"):
            text = translate("SelfCare", "Your list is full. Delete an action to add another.")
        elif isinstance(exc, InvalidCheckin) and exc.field == "label":
            text = translate("SelfCare", "Please use 1 to 60 letters, without special characters.")
        else:
            text = message_for(exc)
        self.message.setText(text)
