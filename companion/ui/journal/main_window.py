"""The journal window: header, calendar + timeline (or search results), and the editor.

Everything refreshes from the session's signals, never by polling. The window title is
always just "Companion": nothing from an entry or a search ever reaches it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.core.clock import Clock, local_datetime
from companion.core.errors import CompanionError
from companion.core.journal.models import EntryFilter
from companion.ui.journal.calendar_view import CalendarView
from companion.ui.journal.dates import long_date
from companion.ui.journal.entry_editor import EntryEditor
from companion.ui.journal.main_pages import UndoToast, WelcomePage
from companion.ui.journal.search_bar import SearchBar
from companion.ui.journal.timeline_view import TimelineView
from companion.ui.journal.trash_view import TrashView
from companion.ui.shell.about_dialog import AboutDialog
from companion.ui.shell.clipboard import JournalClipboard
from companion.ui.shell.i18n import translate
from companion.ui.shell.messages import message_for
from companion.ui.shell.session import Session
from companion.ui.shell.theme import scaled_font, vertical_bar_room
from companion.ui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from companion.ui.help.access import HelpAccess
    from companion.ui.shell.preferences_store import PreferencesStore
    from companion.ui.shell.saveables import SaveRegistry

from companion.ui.shell.pages import MenuCommand, PageSpec

log = logging.getLogger(__name__)
# The product's name, never translated: the same on every window and in every language.
WINDOW_TITLE = APP_NAME


class _ColumnWidth(QObject):
    """Keeps a scroll area that scrolls down only at least as wide as what it holds.

    The splitter may make the journal's left column as narrow as the column allows; the
    column allows no less than its content's narrowest layout (the words wrap, the
    filters stack, the month's name shortens) beside a vertical scroll bar, so it
    never has to scroll sideways. Worked out again whenever the content's layout or
    the font changes.
    """

    def __init__(self, area: QScrollArea, content: QWidget) -> None:
        super().__init__(area)
        self._area = area
        self._content = content
        content.installEventFilter(self)
        self.update()

    def update(self) -> None:
        """Set the area's minimum width from its content's minimum width now."""
        area, content = self._area, self._content
        need = content.minimumSizeHint().expandedTo(content.minimumSize()).width()
        need += vertical_bar_room(area)
        if area.minimumWidth() != need:
            area.setMinimumWidth(need)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._content and event.type() in (
            QEvent.Type.LayoutRequest,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self.update()
        return False


class MainWindow(QMainWindow):
    """The unlocked journal."""

    lock_requested = Signal()
    change_passphrase_requested = Signal()
    new_recovery_code_requested = Signal()
    lock_out_requested = Signal()
    preferences_requested = Signal()

    def __init__(
        self,
        session: Session,
        help_access: HelpAccess,
        prefs: PreferencesStore,
        clock: Clock,
        saveables: SaveRegistry,
        parent: QWidget | None = None,
        *,
        pages: Sequence[PageSpec] = (),
        commands: Sequence[MenuCommand] = (),
        about_details: Callable[[], Sequence[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(WINDOW_TITLE)
        self.setAccessibleName(translate("Journal", "Companion journal"))
        self._session = session
        self._help = help_access
        self._prefs = prefs
        self._clock = clock
        self._saveables = saveables
        self._page_specs = tuple(pages)
        self._commands = tuple(commands)
        self._about_details = about_details or (lambda: ())
        self._built_pages: dict[int, QWidget] = {}
        self.trash_view: TrashView | None = None
        self._build()
        # Journal text this window copies leaves the clipboard after 30 seconds, and at
        # lock, while it is still there (security.md's promise).
        self.clipboard_guard = JournalClipboard(clock, self)
        session.entries_changed.connect(self._on_entries_changed)
        session.entry_saved.connect(self._on_entry_saved)
        session.locked.connect(self._on_locked)
        session.unlocked.connect(self._on_unlocked)
        self._fit_to_screen()
        self._column_given_room = False
        # Lock, quit and quick exit save the open entry through the registry.
        handle = self._saved_by = saveables.register("journal entry", self.save_now)
        self.destroyed.connect(lambda: saveables.unregister(handle))
        if session.is_unlocked():
            self._on_unlocked()

    # building -------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(8, 8, 8, 4)
        outer.addWidget(self._build_header(central))
        self.pages = QStackedWidget(central)
        self.pages.setObjectName("mainPages")
        self.page_tabs = self._build_page_tabs(central)
        outer.addWidget(self.page_tabs)
        outer.addWidget(self.pages, 1)
        self.journal_page = QWidget(self.pages)
        self.journal_page.setObjectName("journalPage")
        journal_layout = QVBoxLayout(self.journal_page)
        journal_layout.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.journal_page)
        self._placeholders: dict[int, QWidget] = {}
        for index, spec in enumerate(self._page_specs, start=1):
            placeholder = QWidget(self.pages)  # replaced by the real page on first view
            placeholder.setObjectName(f"{spec.key}Placeholder")
            self.pages.addWidget(placeholder)
            self._placeholders[index] = placeholder

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.journal_page)
        self.splitter.setChildrenCollapsible(False)
        left = QWidget()
        # The calendar, search and timeline scroll as one column when the window is short
        # (large text at 1366×768); the timeline keeps its own scrolling inside. The
        # column is placed before its contents are made: Tab order is creation order,
        # and the left column comes before the editor on the right.
        self.left_scroll = QScrollArea(self.splitter)
        self.left_scroll.setObjectName("journalLeftColumn")
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.left_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own
        self.left_scroll.setAccessibleName(translate("Journal", "Calendar and entries"))
        self.left_scroll.setWidget(left)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        self.calendar = CalendarView(self._session, left)
        left_layout.addWidget(self.calendar)
        day_row = QHBoxLayout()
        self.day_label = QLabel(left)
        self.day_label.setObjectName("dayFilterLabel")
        self.day_label.setWordWrap(True)  # a long date wraps in a narrow column
        self.show_all_button = QPushButton(translate("Journal", "Show all days"), left)
        self.show_all_button.setObjectName("showAllDays")
        self.show_all_button.setAccessibleName(translate("Journal", "Show entries from all days"))
        self.show_all_button.clicked.connect(lambda: self.calendar.set_selected_day(None))
        day_row.addWidget(self.day_label, 1)
        day_row.addWidget(self.show_all_button)
        left_layout.addLayout(day_row)
        self.search_bar = SearchBar(self._session, left)
        left_layout.addWidget(self.search_bar)
        self.left_stack = QStackedWidget(left)
        self.timeline = TimelineView(self._session, left)
        self.timeline_empty = QLabel(left)
        self.timeline_empty.setObjectName("timelineEmpty")
        self.timeline_empty.setWordWrap(True)
        self.timeline_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.left_stack.addWidget(self.timeline)
        self.left_stack.addWidget(self.timeline_empty)
        self.left_stack.addWidget(self.search_bar.results)
        left_layout.addWidget(self.left_stack, 1)
        # The column never scrolls sideways: it is never narrower than its content.
        self._left_width = _ColumnWidth(self.left_scroll, left)

        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        self.right_stack = QStackedWidget(right)
        self.welcome = WelcomePage(self._clock, right)
        self.editor = EntryEditor(self._session, self._clock, right)
        self.right_stack.addWidget(self.welcome)
        self.right_stack.addWidget(self.editor)
        right_layout.addWidget(self.right_stack, 1)
        self.toast = UndoToast(right)
        right_layout.addWidget(self.toast)
        self.splitter.addWidget(self.left_scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        journal_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.timeline.entry_activated.connect(self.open_entry)
        self.search_bar.entry_activated.connect(self.open_entry)
        self.search_bar.active_changed.connect(lambda _a: self._update_left())
        self.calendar.day_selected.connect(self._on_day_selected)
        self.welcome.start_requested.connect(self._start_with_mood)
        self.editor.deleted.connect(self._on_deleted)
        self.toast.restore_requested.connect(self._restore)
        self._update_day_label()

    def _build_page_tabs(self, parent: QWidget) -> QTabBar:
        tabs = QTabBar(parent)
        tabs.setObjectName("pageTabs")
        tabs.setAccessibleName(translate("Journal", "Parts of Companion"))
        tabs.setDrawBase(False)
        tabs.setExpanding(False)
        tabs.addTab(translate("Journal", "&Journal"))
        for spec in self._page_specs:
            tabs.addTab(spec.title)
        tabs.currentChanged.connect(self.show_page)
        # Alt+1 … Alt+9 reach the pages from anywhere in the window.
        for index in range(min(tabs.count(), 9)):
            self._action(
                tabs.tabText(index).replace("&", ""),
                f"Alt+{index + 1}",
                lambda _checked=False, i=index: tabs.setCurrentIndex(i),
                f"pageAction{index}",
            )
        tabs.setVisible(bool(self._page_specs))
        return tabs

    def add_top_bar(self, bar: QWidget) -> None:
        """Show ``bar`` (a banner or a one-time note) right under the header; Tab reaches
        its controls right after the header's, where they stand."""
        central = self.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(1, bar)
        previous: QWidget | None = self.findChild(QPushButton, "getHelpButton")
        if previous is None:
            return
        for control in bar.findChildren(QWidget):
            if control.focusPolicy() & Qt.FocusPolicy.TabFocus:
                QWidget.setTabOrder(previous, control)
                previous = control

    def show_session_banner(self, banner: QWidget) -> None:
        """Show a guest or public session's banner under the header.

        A guest journal lives in memory only: it is ended, never locked, and has no
        passphrase or recovery code, so those commands go.
        """
        self.add_top_bar(banner)
        self.welcome.set_nothing_kept()
        for action in (
            self.lock_action,
            self.change_passphrase_action,
            self.new_recovery_code_action,
            self.lock_out_action,
        ):
            action.setVisible(False)
            action.setEnabled(False)
        self.lock_button.setVisible(False)

    def _runner(self, command: MenuCommand) -> Callable[[], None]:
        return lambda: command.run(self)

    def show_page(self, index: int) -> QWidget:
        """Show page ``index`` (0 is the journal), building it on first view."""
        if index > 0 and index not in self._built_pages:
            spec = self._page_specs[index - 1]
            page = spec.build(self.pages)
            page.setObjectName(f"{spec.key}Page")
            placeholder = self._placeholders.pop(index)
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built_pages[index] = page
        self.pages.setCurrentIndex(index)
        if self.page_tabs.currentIndex() != index:
            self.page_tabs.setCurrentIndex(index)
        return self._built_pages.get(index, self.journal_page)

    def page(self, key: str) -> QWidget:
        """Show the page with ``key`` (``"journal"`` or a page's key) and return it."""
        if key == "journal":
            return self.show_page(0)
        for index, spec in enumerate(self._page_specs, start=1):
            if spec.key == key:
                return self.show_page(index)
        raise KeyError(key)

    def _build_header(self, parent: QWidget) -> QWidget:
        header = QWidget(parent)
        header.setObjectName("mainHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 0, 0, 0)
        # Gives way to the buttons in a narrow window (large text on a small screen).
        title = ElidedLabel(WINDOW_TITLE, header)
        title.setObjectName("headerTitle")
        title.setFont(scaled_font(self.font(), 1.4, bold=True))
        self.header_title = title
        row.addWidget(title)
        row.addSpacing(12)
        self.new_action = self._action(
            translate("Journal", "&New entry"), "Ctrl+N", self.new_entry, "newEntryAction"
        )
        self.search_action = self._action(
            translate("Journal", "&Search"), "Ctrl+F", self.focus_search, "searchAction"
        )
        self.lock_action = self._action(
            translate("Journal", "&Lock"), "Ctrl+L", self.request_lock, "lockAction"
        )
        for action, name, tip in (
            (self.new_action, "newEntryButton", translate("Journal", "Start a new entry (Ctrl+N)")),
            (
                self.search_action,
                "searchButton",
                translate("Journal", "Search your journal (Ctrl+F)"),
            ),
            (self.lock_action, "lockButton", translate("Journal", "Lock the journal now (Ctrl+L)")),
        ):
            button = QToolButton(header)
            button.setDefaultAction(action)
            button.setObjectName(name)
            button.setAccessibleName(action.text().replace("&", ""))
            button.setToolTip(tip)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
            if action is self.lock_action:
                self.lock_button = button
        self.menu_button = QToolButton(header)
        self.menu_button.setObjectName("mainMenuButton")
        self.menu_button.setText(translate("Journal", "&More"))
        self.menu_button.setAccessibleName(translate("Journal", "More actions"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.menu_button)
        menu.setObjectName("mainMenu")
        menu.setAccessibleName(translate("Journal", "More actions"))
        self.trash_action = menu.addAction(translate("Journal", "&Trash"), self.show_trash)
        self.trash_action.setObjectName("trashAction")
        section = None
        for command in self._commands:
            if command.section != section:
                menu.addSeparator()
                section = command.section
            action = menu.addAction(command.text)
            action.setObjectName(f"{command.key}Action")
            action.triggered.connect(self._runner(command))
        menu.addSeparator()
        self.change_passphrase_action = menu.addAction(
            translate("Journal", "Change &passphrase…"), self.change_passphrase_requested.emit
        )
        self.change_passphrase_action.setObjectName("changePassphraseAction")
        self.new_recovery_code_action = menu.addAction(
            translate("Journal", "Make a &new recovery code…"),
            self.new_recovery_code_requested.emit,
        )
        self.new_recovery_code_action.setObjectName("newRecoveryCodeAction")
        self.lock_out_action = menu.addAction(
            translate("Journal", "Lock &out old copies…"), self.lock_out_requested.emit
        )
        self.lock_out_action.setObjectName("lockOutAction")
        self.preferences_action = menu.addAction(
            translate("Journal", "P&references…"), self.preferences_requested.emit
        )
        self.preferences_action.setObjectName("preferencesAction")
        menu.addSeparator()
        self.about_action = menu.addAction(
            translate("Journal", "&About Companion"), self.show_about
        )
        self.about_action.setObjectName("aboutAction")
        self.quit_action = self._action(
            translate("Journal", "&Quit"), "Ctrl+Q", self.request_quit, "quitAction"
        )
        menu.addAction(self.quit_action)
        self.menu_button.setMenu(menu)
        row.addWidget(self.menu_button)
        row.addStretch(1)
        self.help_button = self._help.button(header)
        self.help_button.setObjectName("getHelpButton")
        row.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        return header

    def _fit_to_screen(self) -> None:
        # Sized from the font, but never beyond the screen: at large text sizes the
        # window grew past the right edge and took "Get help now" with it.
        fm = self.fontMetrics()
        width, height = fm.horizontalAdvance("m") * 100, fm.height() * 48
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, int(room.width() * 0.95))
            height = min(height, int(room.height() * 0.9))
        self.resize(width, height)

    def _action(self, text: str, keys: str, slot: object, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # public API -----------------------------------------------------------------------
    def save_now(self) -> bool:
        """Save the open entry now (the shell calls this before an idle lock).

        Returns:
            True when nothing is left unsaved.
        """
        return self.editor.save_now()

    def new_entry(self) -> None:
        """Start a blank entry (Ctrl+N)."""
        if not self._session.is_unlocked() or not self.editor.new_entry(self._new_entry_time()):
            return
        self.timeline.select_entry(None)
        self.right_stack.setCurrentWidget(self.editor)
        self.editor.text_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _new_entry_time(self) -> datetime:
        # With a past day chosen in the calendar, a new entry belongs to that day (at
        # the current time of day). Dated today, it vanished from the day's list the
        # moment it was saved, which looked as if it had been lost.
        now = self._clock.now()
        day = self.calendar.selected_day()
        if day is None or day == now.date():
            return now
        # That day's own offset (winter or summer time), not today's.
        wall = now.replace(year=day.year, month=day.month, day=day.day, tzinfo=None)
        return local_datetime(self._clock, wall)

    def open_entry(self, entry_id: int) -> None:
        """Show a saved entry in the editor (the open one is saved first)."""
        if not self._session.is_unlocked():
            return
        try:
            opened = self.editor.open_entry(entry_id)
        except CompanionError as exc:  # e.g. deleted for good meanwhile: just refresh
            log.info("could not open entry: %s", type(exc).__name__)
            self._on_entries_changed()
            return
        if not opened:
            # The open entry could not be saved: stay on it so its text is not lost.
            self.timeline.select_entry(self.editor.entry_id)
            self.editor.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.timeline.select_entry(entry_id)
        self.right_stack.setCurrentWidget(self.editor)

    def focus_search(self) -> None:
        """Put the cursor in the search field (Ctrl+F)."""
        self.search_bar.focus_search()

    def request_lock(self) -> None:
        """Save, then ask the shell to lock (Ctrl+L).

        If the open entry cannot be saved (a full disk), the person is asked first:
        locking would drop the unsaved changes.
        """
        if not self.ready_to_leave():
            return
        self.lock_requested.emit()

    def request_quit(self) -> None:
        """Quit (Ctrl+Q): save, ask if that failed, then the app quits through lock."""
        if self.ready_to_leave():
            app = QApplication.instance()
            if app is not None:
                app.quit()

    def ready_to_leave(self) -> bool:
        """Save the open entry; if that fails, ask before its changes are dropped.

        Returns:
            True when locking or closing loses nothing the person wants to keep.
        """
        return self.save_now() or self._confirm_lock_unsaved()

    def _confirm_lock_unsaved(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            WINDOW_TITLE,
            translate("Journal", "Your latest changes couldn't be saved yet."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("lockUnsavedConfirm")
        box.setInformativeText(
            translate(
                "Journal",
                "If you lock now, those changes will be lost. Everything saved before is safe.",
            )
        )
        lock = box.addButton(
            translate("Journal", "Lock anyway"), QMessageBox.ButtonRole.DestructiveRole
        )
        stay = box.addButton(
            translate("Journal", "Keep writing"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(stay)
        box.exec()
        return box.clickedButton() is lock

    def show_trash(self) -> TrashView:
        """Open the trash window (one at a time)."""
        if self.trash_view is None:
            self.trash_view = TrashView(self._session, self, self._help)
            self.trash_view.restored.connect(self.open_entry)
        self.trash_view.refresh()
        self.trash_view.show()
        self.trash_view.raise_()
        self.trash_view.activateWindow()
        self.trash_view.focus_start()
        return self.trash_view

    def show_about(self) -> AboutDialog:
        """Open the About dialog (window-modal, so the journal stays responsive to F1)."""
        dialog = AboutDialog(self._help, self, computer=self._about_details())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # reactions ------------------------------------------------------------------------
    def _on_unlocked(self) -> None:
        self.editor.reload_vocabulary()
        self.search_bar.reload_vocabulary()
        self._on_entries_changed()
        self.right_stack.setCurrentWidget(self.welcome)

    def _on_entries_changed(self) -> None:
        if not self._session.is_unlocked():
            return
        self.timeline.timeline_model.reload()
        self.timeline.select_entry(self.editor.entry_id)
        self.calendar.refresh()
        self.search_bar.reload_vocabulary()
        if self.search_bar.is_active():
            self.search_bar.run_search()
        self.welcome.set_empty(self._session.journal.count() == 0)
        self._update_left()
        offered = self.toast.entry_id
        if offered is not None and all(e.id != offered for e in self._session.journal.trash()):
            # Restored from the trash window, or deleted for good: "Restore" would do nothing.
            self.toast.dismiss()

    def _on_entry_saved(self, entry_id: int) -> None:
        if entry_id == self.editor.entry_id:
            self.timeline.select_entry(entry_id)

    def _on_locked(self) -> None:
        # The vault is closed already: nothing can be saved, so nothing is shown.
        self._saveables.unregister(self._saved_by)
        self.clipboard_guard.forget()
        self.editor.discard()
        self.timeline.timeline_model.clear()
        self.search_bar.clear()
        self.calendar.clear()
        self.toast.dismiss()
        if self.trash_view is not None:
            self.trash_view.close()
        self.right_stack.setCurrentWidget(self.welcome)

    def _on_day_selected(self, day: date | None) -> None:
        flt = None if day is None else EntryFilter(date_from=day, date_to=day)
        self.timeline.timeline_model.set_filter(flt)
        self.timeline.select_entry(self.editor.entry_id)
        self._update_day_label()
        self._update_left()

    def _update_day_label(self) -> None:
        day = self.calendar.selected_day()
        visible = day is not None
        self.day_label.setVisible(visible)
        self.show_all_button.setVisible(visible)
        if day is not None:
            self.day_label.setText(
                #: {date} is the day chosen in the calendar, as a long date.
                translate("Journal", "Showing {date}").format(date=long_date(day))
            )

    def _update_left(self) -> None:
        if self.search_bar.is_active():
            self.left_stack.setCurrentWidget(self.search_bar.results)
        elif self.timeline.timeline_model.entry_count() == 0:
            if self.calendar.selected_day() is not None:
                self.timeline_empty.setText(translate("Journal", "No entries on this day."))
            else:
                self.timeline_empty.setText(
                    translate("Journal", "Your entries will appear here, newest first.")
                )
            self.left_stack.setCurrentWidget(self.timeline_empty)
        else:
            self.left_stack.setCurrentWidget(self.timeline)

    def _start_with_mood(self, mood: object) -> None:
        self.new_entry()
        if mood is not None:
            self.editor.mood_picker.set_mood(mood, notify=True)  # type: ignore[arg-type]

    def _on_deleted(self, entry_id: int) -> None:
        self.right_stack.setCurrentWidget(self.welcome)
        self.toast.offer(entry_id)
        # The delete button has just gone; put the keyboard where the way back is.
        self.toast.restore_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _restore(self, entry_id: int) -> None:
        try:
            self._session.restore_entry(entry_id)
        except CompanionError as exc:  # a full disk: still in the trash; offer it again
            log.info("restore failed: %s", type(exc).__name__)
            self.toast.offer(entry_id, message_for(exc))
            return
        self.open_entry(entry_id)
        # The Restore button has gone: carry on writing where the entry is.
        self.editor.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # Qt events ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._column_given_room:
            self._column_given_room = True
            self._give_column_room()

    def _give_column_room(self) -> None:
        # The splitter shares the width from the size hints, and the editor asks for a
        # lot: at large text the left column opened so narrow that the timeline's
        # titles were a word and "…". It opens at least as wide as its content likes,
        # as far as the editor's own minimum leaves room.
        sizes = self.splitter.sizes()
        total = sum(sizes)
        content = self.left_scroll.widget()
        if total <= 0 or content is None or len(sizes) != 2:
            return
        want = content.sizeHint().width() + vertical_bar_room(self.left_scroll)
        right = self.splitter.widget(1)
        room = total - (right.minimumSizeHint().width() if right is not None else 0)
        left = min(want, room)
        if left > sizes[0]:
            self.splitter.setSizes([left, total - left])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_now()
        super().closeEvent(event)

    def setWindowTitle(self, title: str) -> None:
        # One title, always: entry text must never reach the task bar or window lists.
        super().setWindowTitle(WINDOW_TITLE)
