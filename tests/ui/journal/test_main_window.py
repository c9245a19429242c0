"""The main window end to end: keyboard flows, signals, trash, search, calendar."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.journal.models import EntryDraft, Mood
from companion.ui.journal.main_window import MainWindow
from companion.ui.journal.timeline_view import PAGE_SIZE
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.shell.saveables import SaveRegistry
from companion.ui.shell.session import Session

from .conftest import StubHelp
from .helpers import FullDiskSession, interactive_without_name, show_active
from .sample import add_samples

CTRL = Qt.KeyboardModifier.ControlModifier


def _saved(qtbot: QtBot, w: MainWindow) -> None:
    qtbot.waitUntil(lambda: not w.editor.has_unsaved_changes(), timeout=5000)


def test_empty_journal_shows_a_warm_invitation(window: MainWindow) -> None:
    assert window.right_stack.currentWidget() is window.welcome
    assert window.welcome.heading.text() == "Nothing here yet. How are you today?"
    assert window.left_stack.currentWidget() is window.timeline_empty
    assert window.windowTitle() == "Companion"


def test_keyboard_only_entry(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert window.editor.text_edit.hasFocus()
    qtbot.keyClicks(window.editor.text_edit, "Quiet morning, secret words")
    # Back through the tab order: the details toggle, then the mood picker's tab stop.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is window.editor.details.toggle
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    focused = QApplication.focusWidget()
    assert focused in window.editor.mood_picker.options
    qtbot.keyClick(focused, Qt.Key.Key_3)
    _saved(qtbot, window)
    entry = session.journal.get(window.editor.entry_id or -1)
    assert entry.text == "Quiet morning, secret words"
    assert entry.mood is Mood.OKAY
    # The timeline heard about it through the session's signals.
    assert window.timeline.timeline_model.entry_count() == 1
    assert window.left_stack.currentWidget() is window.timeline
    # Find it again with the keyboard: Ctrl+F, type, Down opens the hit.
    window.new_entry()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.search_bar.query_edit.hasFocus()
    qtbot.keyClicks(window.search_bar.query_edit, "quiet")
    qtbot.waitUntil(lambda: window.search_bar.results.model().rowCount() == 1, timeout=3000)
    qtbot.keyClick(window.search_bar.query_edit, Qt.Key.Key_Down)
    assert window.editor.entry_id == entry.id
    qtbot.keyClick(window.search_bar.results, Qt.Key.Key_Escape)
    assert window.search_bar.query_edit.text() == ""
    assert window.left_stack.currentWidget() is window.timeline


def test_window_title_never_shows_entry_text(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    window.new_entry()
    qtbot.keyClicks(window.editor.title_edit, "CANARY-title")
    qtbot.keyClicks(window.editor.text_edit, "CANARY-text")
    window.search_bar.query_edit.setText("CANARY")
    _saved(qtbot, window)
    window.setWindowTitle("CANARY-attempt")
    assert window.windowTitle() == "Companion"
    trash = window.show_trash()
    assert trash.windowTitle() == "Trash — Companion"  # names the screen, never an entry


def test_delete_then_restore_from_the_toast(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    entry = session.save_entry(None, EntryDraft(text="keep me after all"))
    window.open_entry(entry.id)
    qtbot.mouseClick(window.editor.delete_button, Qt.MouseButton.LeftButton)
    assert session.journal.count() == 0
    assert window.toast.isVisible()
    assert window.timeline.timeline_model.entry_count() == 0
    qtbot.mouseClick(window.toast.restore_button, Qt.MouseButton.LeftButton)
    assert session.journal.count() == 1
    assert window.editor.entry_id == entry.id
    assert window.editor.text_edit.toPlainText() == "keep me after all"
    assert not window.toast.isVisible()


def test_trash_opens_with_the_keyboard_on_its_list_or_on_close(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    show_active(qtbot, window)
    trash = window.show_trash()  # empty: nothing to choose, so Close has the keyboard
    qtbot.waitUntil(lambda: QApplication.focusWidget() is trash.close_button)
    trash.close()
    entry = session.save_entry(None, EntryDraft(text="a walk by the river"))
    session.delete_entry(entry.id)
    trash = window.show_trash()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is trash.list)
    assert trash.list.currentRow() == 0
    # Tab goes on from the list to its buttons, as it reads.
    qtbot.keyClick(trash.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is trash.restore_button


def test_trash_view_restores_and_empties_after_asking(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    a = session.save_entry(None, EntryDraft(text="first"))
    b = session.save_entry(None, EntryDraft(text="second"))
    session.delete_entry(a.id)
    session.delete_entry(b.id)
    trash = window.show_trash()
    assert trash.list.count() == 2
    trash.list.setCurrentRow(0)
    restored_id = trash.list.currentItem().data(Qt.ItemDataRole.UserRole + 1)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert trash.list.count() == 1  # refreshed from entries_changed
    assert session.journal.get(restored_id).deleted_at is None
    assert window.editor.entry_id == restored_id

    def answer(button_text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert "for good" in box.text()
        target = next(b for b in box.findChildren(QPushButton) if b.text() == button_text)
        target.click()

    QTimer.singleShot(0, lambda: answer("Keep it"))  # one entry left: "it", not "them"
    assert trash.confirm_and_empty() is False
    assert len(session.journal.trash()) == 1
    QTimer.singleShot(0, lambda: answer("Delete for good"))
    assert trash.confirm_and_empty() is True
    assert session.journal.trash() == []
    assert trash.list.count() == 0
    assert not trash.empty_button.isEnabled()


def test_search_highlights_matches_and_filters_narrow(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    add_samples(session)
    session.save_entry(None, EntryDraft(text="work <b>not markup</b> & more", mood=Mood.GREAT))
    bar = window.search_bar
    qtbot.keyClicks(bar.query_edit, "work")
    qtbot.waitUntil(lambda: bar.results.model().rowCount() >= 3, timeout=3000)
    assert window.left_stack.currentWidget() is bar.results
    model = bar.results.results_model
    html = [model.data(model.index(i), Qt.ItemDataRole.UserRole + 10) for i in range(3)]
    assert any("<b>work</b>" in h.lower() for h in html)
    assert all("<b>not markup</b>" not in h for h in html)
    assert any("&lt;b&gt;not markup&lt;/b&gt;" in h for h in html)
    assert "found" in bar.status_label.text()
    total = model.rowCount()
    bar.filters_button.setChecked(True)
    qtbot.mouseClick(bar.mood_buttons[Mood.GREAT], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() < total, timeout=3000)
    assert {h.entry.mood for h in model.hits()} == {Mood.GREAT}
    qtbot.mouseClick(bar.mood_buttons[Mood.GREAT], Qt.MouseButton.LeftButton)
    bar.tag_box.setCurrentIndex(bar.tag_box.findText("screen break"))
    bar.run_search()  # no need to wait for the debounce here
    assert model.rowCount() == 1
    assert "screen break" in model.hits()[0].entry.tags
    bar.tag_box.setCurrentIndex(0)
    bar.from_check.setChecked(True)
    bar.from_edit.setDate(bar.from_edit.date().addDays(-1))
    bar.run_search()
    assert all(h.entry.mood != Mood.BAD for h in model.hits())
    assert model.rowCount() >= 1
    qtbot.keyClick(bar.query_edit, Qt.Key.Key_Escape)
    assert not bar.is_active()
    assert not bar.from_check.isChecked()
    assert window.left_stack.currentWidget() is window.timeline


def test_calendar_marks_days_and_filters_the_timeline(
    qtbot: QtBot, window: MainWindow, session: Session, clock: FakeClock
) -> None:
    add_samples(session)
    today = clock.now().date()
    button = window.calendar.day_button(today)
    assert button is not None
    assert button.count == 2
    assert "today, 2 entries" in button.accessibleName()  # then the day's mood
    empty_day = window.calendar.day_button(today + timedelta(days=1))
    assert empty_day is not None
    assert empty_day.accessibleName().endswith("no entries")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.timeline.timeline_model.entry_count() == 2
    assert window.day_label.isVisible()
    qtbot.mouseClick(empty_day, Qt.MouseButton.LeftButton)
    assert window.left_stack.currentWidget() is window.timeline_empty
    assert window.timeline_empty.text() == "No entries on this day."
    qtbot.mouseClick(window.show_all_button, Qt.MouseButton.LeftButton)
    assert window.timeline.timeline_model.entry_count() == 5
    # Keyboard: arrows move between days, Enter chooses.
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Left)
    yesterday = window.calendar.day_button(today - timedelta(days=1))
    assert yesterday is not None
    assert yesterday.hasFocus()
    qtbot.keyClick(yesterday, Qt.Key.Key_Return)
    assert window.calendar.selected_day() == today - timedelta(days=1)
    assert window.timeline.timeline_model.entry_count() == 1


def test_timeline_pages_with_keyset_paging(
    qtbot: QtBot, window: MainWindow, session: Session, clock: FakeClock
) -> None:
    start = clock.now()
    for i in range(PAGE_SIZE * 2 + 5):
        draft = EntryDraft(text=f"entry {i}", created_at=start - timedelta(hours=i))
        session.journal.create(draft)
    session.entries_changed.emit()
    model = window.timeline.timeline_model
    assert model.entry_count() == PAGE_SIZE
    assert model.canFetchMore()
    # Scrolling to the end asks for the next page (Qt calls fetchMore itself).
    bar = window.timeline.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: model.entry_count() == PAGE_SIZE * 2, timeout=3000)
    summary = model.index(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert summary.startswith("09:30, no mood, entry 0")
    model.fetchMore()
    assert model.entry_count() == PAGE_SIZE * 2 + 5
    assert not model.canFetchMore()
    ids = [model.index(r).data(Qt.ItemDataRole.UserRole + 1) for r in range(model.rowCount())]
    entry_ids = [i for i in ids if i >= 0]
    assert len(entry_ids) == len(set(entry_ids)) == PAGE_SIZE * 2 + 5


def test_lock_saves_first_then_clears(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    window.new_entry()
    qtbot.keyClicks(window.editor.text_edit, "saved on lock")
    assert window.editor.has_unsaved_changes()
    with qtbot.waitSignal(window.lock_requested):
        qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert session.journal.get(window.editor.entry_id or -1).text == "saved on lock"
    session.lock()
    assert window.editor.text_edit.toPlainText() == ""
    assert window.timeline.timeline_model.rowCount() == 0
    assert window.calendar.day_button(window.calendar.selected_day() or session.clock.now().date())


def test_welcome_faces_start_an_entry(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    face = window.welcome.mood_picker.options[4]
    qtbot.mouseClick(face, Qt.MouseButton.LeftButton)
    assert window.right_stack.currentWidget() is window.editor
    assert window.editor.mood_picker.mood() is Mood.GREAT
    _saved(qtbot, window)
    assert session.journal.get(window.editor.entry_id or -1).mood is Mood.GREAT


def test_every_interactive_widget_has_an_accessible_name(
    window: MainWindow, session: Session
) -> None:
    add_samples(session)
    window.open_entry(1)
    window.editor.details.set_expanded(True)
    window.search_bar.filters_button.setChecked(True)
    window.show_trash()
    assert interactive_without_name(window) == []
    assert window.trash_view is not None
    assert interactive_without_name(window.trash_view) == []
    assert window.help_button.text() == "Get help now (F1)"


def test_menu_actions_emit_requests(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.change_passphrase_requested):
        window.change_passphrase_action.trigger()
    with qtbot.waitSignal(window.preferences_requested):
        window.preferences_action.trigger()
    window.trash_action.trigger()
    assert window.trash_view is not None
    assert window.trash_view.isVisible()


def test_full_disk_never_drops_the_open_text(
    qtbot: QtBot,
    full_session: FullDiskSession,
    clock: FakeClock,
    help_access: StubHelp,
    prefs: PreferencesStore,
) -> None:
    full_session.full = False
    other = full_session.save_entry(None, EntryDraft(text="an older entry"))
    full_session.full = True
    w = MainWindow(full_session, help_access, prefs, clock, SaveRegistry())  # type: ignore[arg-type]
    qtbot.addWidget(w)
    show_active(qtbot, w)
    w.new_entry()
    qtbot.keyClicks(w.editor.text_edit, "words I must keep")
    # Opening another entry, starting a new one or deleting must not drop the text.
    w.open_entry(other.id)
    assert w.editor.text_edit.toPlainText() == "words I must keep"
    assert w.editor.status_text().startswith("Couldn't save")
    w.new_entry()
    qtbot.mouseClick(w.editor.delete_button, Qt.MouseButton.LeftButton)
    assert w.editor.text_edit.toPlainText() == "words I must keep"
    assert "disk is full" in w.editor.status_text()

    # Locking asks first; "Keep writing" keeps everything.
    def answer(text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.findChildren(QPushButton) if b.text() == text).click()

    requested: list[bool] = []
    w.lock_requested.connect(lambda: requested.append(True))
    QTimer.singleShot(0, lambda: answer("Keep writing"))
    w.request_lock()
    assert requested == []
    assert w.editor.text_edit.toPlainText() == "words I must keep"
    # Space is freed: the next save goes through.
    full_session.full = False
    assert w.save_now()
    assert full_session.journal.get(w.editor.entry_id or -1).text == "words I must keep"
    w.request_lock()
    assert requested == [True]


def test_about_opens_from_the_menu(qtbot: QtBot, window: MainWindow) -> None:
    window.about_action.trigger()
    dialog = window.findChild(QDialog, "aboutDialog")
    assert dialog is not None
    assert dialog.isVisible()
    dialog.close()


def test_tab_order_is_logical_and_tabbing_opens_nothing(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    add_samples(session)
    window.new_entry()
    editor = window.editor
    order = []
    editor.when_edit.setFocus()
    for _ in range(6):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order[0] is editor.when_edit
    assert order[1] is editor.title_edit  # one Tab gets past the date field
    assert order[2] in editor.mood_picker.options
    assert order[3] is editor.details.toggle
    assert order[4] is editor.text_edit
    assert order[5] is editor.preview_button
    # Tabbing into the timeline highlights a row but opens nothing.
    window.search_bar.filters_button.setFocus()
    qtbot.keyClick(window.search_bar.filters_button, Qt.Key.Key_Tab)
    assert window.timeline.hasFocus()
    assert editor.entry_id is None
    qtbot.keyClick(window.timeline, Qt.Key.Key_Down)
    assert editor.entry_id is not None


def test_an_empty_personal_journal_says_where_its_entries_stay(window: MainWindow) -> None:
    assert window.welcome.subtitle.text() == (
        "Pick a face to start an entry, or just write. Everything stays on this computer, "
        "encrypted."
    )
