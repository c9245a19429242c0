"""Prompts and templates in the editor: added at the end, never over what is written."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.journal.models import EntryDraft
from companion.core.prompts import PROMPTS, TEMPLATES, FieldKind, prompt_for_day
from companion.ui.journal.entry_editor import EntryEditor
from companion.ui.journal.prompt_menu import TemplateDialog
from companion.ui.journal.prompt_words import PROMPT_PHRASES
from companion.ui.shell.session import Session

from .helpers import interactive_without_name, show_active


def _editor(qtbot: QtBot, session: Session, clock: FakeClock) -> EntryEditor:
    editor = EntryEditor(session, clock)
    qtbot.addWidget(editor)
    editor.resize(800, 700)
    editor.reload_vocabulary()
    show_active(qtbot, editor)
    editor.new_entry()
    return editor


def _saved(qtbot: QtBot, editor: EntryEditor) -> None:
    qtbot.waitUntil(lambda: not editor.has_unsaved_changes(), timeout=5000)


def _dialog(qtbot: QtBot) -> TemplateDialog:
    found: list[TemplateDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, TemplateDialog)]
        return any(w.isVisible() for w in found)

    qtbot.waitUntil(shown, timeout=3000)
    return next(w for w in found if w.isVisible())


def test_every_core_phrase_is_listed_for_translators() -> None:
    phrases = set(PROMPT_PHRASES)
    for prompt in PROMPTS:
        assert prompt.text in phrases
    for chosen in TEMPLATES:
        for text in (chosen.title, chosen.description, chosen.entry_title):
            assert text in phrases
        for spec in chosen.fields:
            assert spec.label in phrases
            assert spec.hint in phrases


def test_the_menu_is_reached_by_keyboard_and_adds_todays_prompt_after_the_text(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    editor = _editor(qtbot, session, clock)
    qtbot.keyClicks(editor.text_edit, "Long day.")
    assert editor.prompts_button.accessibleName() == "Prompts and templates"
    assert editor.prompts_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Alt+P (the button's mnemonic) opens the menu; Return takes its first item.
    menu = editor.prompt_menu

    def choose_first() -> None:
        qtbot.waitUntil(menu.isVisible, timeout=3000)
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        while menu.activeAction() is not menu.today_action:
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_first)
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    today = prompt_for_day(clock.now().date())
    qtbot.waitUntil(lambda: today.text in editor.text_edit.toPlainText(), timeout=3000)
    assert editor.text_edit.toPlainText() == f"Long day.\n\n*{today.text}*\n\n"
    # The window's focus is back in the text (offscreen, the window itself stays
    # inactive after a pop-up menu closes).
    qtbot.waitUntil(lambda: editor.focusWidget() is editor.text_edit, timeout=3000)
    assert editor.text_edit.textCursor().atEnd()
    _saved(qtbot, editor)
    entry = session.journal.get(editor.entry_id or -1)
    assert entry.text.startswith("Long day.")
    # One undo takes the prompt away again, and leaves the person's words.
    editor.text_edit.undo()
    assert editor.text_edit.toPlainText() == "Long day."


def test_the_prompt_changes_with_the_day(qtbot: QtBot, session: Session, clock: FakeClock) -> None:
    editor = _editor(qtbot, session, clock)
    first = editor.prompt_menu.today_prompt_id()
    clock.advance(24 * 3600)
    editor.prompt_menu.refresh()
    assert editor.prompt_menu.today_prompt_id() != first
    shown = prompt_for_day(clock.now().date()).text
    assert editor.prompt_menu.today_action.toolTip() == shown


def test_a_prompt_from_more_prompts(qtbot: QtBot, session: Session, clock: FakeClock) -> None:
    editor = _editor(qtbot, session, clock)
    action = next(a for a in editor.prompt_menu.more_menu.actions() if a.text() == PROMPTS[5].text)
    action.trigger()
    assert editor.text_edit.toPlainText() == f"*{PROMPTS[5].text}*\n\n"


def test_a_thought_record_is_added_after_existing_words_and_rates_a_feeling(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    editor = _editor(qtbot, session, clock)
    qtbot.keyClicks(editor.text_edit, "Before the meeting I felt sick.")
    _saved(qtbot, editor)
    editor.prompt_menu.template_actions["thought_record"].trigger()
    dialog = _dialog(qtbot)
    assert dialog.parent() is editor
    assert interactive_without_name(dialog) == []
    # Typed into the first question, then Tab moves on through the form.
    situation = dialog.text_fields["situation"]
    qtbot.waitUntil(situation.hasFocus, timeout=3000)
    qtbot.keyClicks(situation, "Team meeting")
    qtbot.keyClick(situation, Qt.Key.Key_Tab)
    thought = dialog.text_fields["automatic_thought"]
    assert thought.hasFocus()
    qtbot.keyClicks(thought, "They think I'm useless")
    before = dialog.rating_fields["emotion_before"]
    qtbot.keyClick(thought, Qt.Key.Key_Tab)
    assert before.emotion_edit.hasFocus()
    qtbot.keyClicks(before.emotion_edit, "anxious")
    qtbot.keyClick(before.emotion_edit, Qt.Key.Key_Tab)
    assert before.intensity.hasFocus()
    before.intensity.selectAll()
    qtbot.keyClicks(before.intensity, "80")
    qtbot.keyClicks(dialog.text_fields["evidence_for"], "I stumbled over a slide")
    qtbot.keyClicks(dialog.text_fields["evidence_against"], "Sam thanked me after")
    qtbot.keyClicks(dialog.text_fields["balanced_thought"], "One slide went badly")
    after = dialog.rating_fields["emotion_after"]
    assert after.emotion_edit.text() == "anxious"  # the same feeling, re-rated
    after.intensity.setValue(40)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Situation" in editor.text_edit.toPlainText(), timeout=3000)
    text = editor.text_edit.toPlainText()
    assert text.startswith("Before the meeting I felt sick.\n\n## Situation\n\nTeam meeting\n")
    assert "## The thought that came up\n\nThey think I'm useless" in text
    assert "## Emotion and how strong\n\nanxious — 80/100" in text
    assert "## What supports the thought\n\nI stumbled over a slide" in text
    assert "## What does not fit the thought\n\nSam thanked me after" in text
    assert "## A more balanced thought\n\nOne slide went badly" in text
    assert "## The emotion now\n\nanxious — 40/100" in text
    assert editor.title_edit.text() == "Thought record"
    assert "anxious" in editor.details.emotions.selected()  # a feeling of the journal's list
    _saved(qtbot, editor)
    entry = session.journal.get(editor.entry_id or -1)
    assert entry.text == text
    assert "anxious" in entry.emotions
    qtbot.waitUntil(lambda: editor.template_dialog is None, timeout=3000)


def test_a_template_never_replaces_a_selection_or_an_own_title(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    editor = _editor(qtbot, session, clock)
    qtbot.keyClicks(editor.title_edit, "Sunday")
    qtbot.keyClicks(editor.text_edit, "Slept well. Walked.")
    editor.text_edit.selectAll()  # a selection must not be typed over
    dialog = editor.open_template("gratitude")
    assert dialog is not None
    qtbot.keyClicks(dialog.text_fields["first"], "Warm bread")
    dialog.accept()
    assert editor.text_edit.toPlainText() == (
        "Slept well. Walked.\n\n## One good thing\n\nWarm bread\n"
    )
    assert editor.title_edit.text() == "Sunday"


def test_cancel_and_empty_answers_add_nothing(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    editor = _editor(qtbot, session, clock)
    qtbot.keyClicks(editor.text_edit, "Only this.")
    dialog = editor.open_template("daily_reflection")
    assert dialog is not None
    qtbot.keyClicks(dialog.text_fields["today"], "Would be lost")
    qtbot.keyClick(dialog.text_fields["today"], Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert editor.text_edit.toPlainText() == "Only this."
    dialog = editor.open_template("daily_reflection")
    assert dialog is not None
    assert dialog.text_fields["today"].toPlainText() == ""  # a fresh form
    dialog.accept()
    assert editor.text_edit.toPlainText() == "Only this."
    assert editor.title_edit.text() == ""


def test_every_template_field_has_a_labelled_input(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    editor = _editor(qtbot, session, clock)
    for chosen in TEMPLATES:
        dialog = editor.open_template(chosen.id)
        assert dialog is not None
        assert dialog.windowTitle() == chosen.title
        for spec in chosen.fields:
            if spec.kind is FieldKind.EMOTION_RATING:
                rating = dialog.rating_fields[spec.id]
                assert spec.label in rating.emotion_edit.accessibleName()
                assert rating.intensity.minimum() == 0
                assert rating.intensity.maximum() == 100
            else:
                field = dialog.text_fields[spec.id]
                assert field.accessibleName() == spec.label
                assert field.accessibleDescription() == spec.hint
                # Qt shows the text's viewport as an object of its own: named too.
                assert field.viewport().accessibleName() == spec.label
        assert interactive_without_name(dialog) == []
        dialog.reject()


def test_locking_closes_the_form_and_forgets_its_answers(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    editor = _editor(qtbot, session, clock)
    dialog = editor.open_template("gratitude")
    assert dialog is not None
    qtbot.keyClicks(dialog.text_fields["first"], "private words")
    editor.discard()  # what the window does on lock
    assert not dialog.isVisible()
    assert dialog.text_fields["first"].toPlainText() == ""
    assert editor.text_edit.toPlainText() == ""


def test_the_template_menu_lists_each_template(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    editor = _editor(qtbot, session, clock)
    menu = editor.prompts_button.menu()
    assert isinstance(menu, QMenu)
    texts = [a.text() for a in menu.actions()]
    for title in ("Daily reflection…", "Gratitude…", "Thought record…"):
        assert title in texts
    assert menu.accessibleName() == "Prompts and templates"


def test_an_opened_entry_keeps_its_text_when_a_template_is_added(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    entry = session.save_entry(None, EntryDraft(text="Old words\n", created_at=clock.now()))
    editor = _editor(qtbot, session, clock)
    editor.open_entry(entry.id)
    dialog = editor.open_template("gratitude")
    assert dialog is not None
    qtbot.keyClicks(dialog.text_fields["why"], "They matter")
    dialog.accept()
    _saved(qtbot, editor)
    assert (
        session.journal.get(entry.id).text == "Old words\n\n## Why these mattered\n\nThey matter\n"
    )


def test_the_menu_and_every_form_are_translated(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    from PySide6.QtCore import QCoreApplication

    from .test_translatable import OURS, Pseudo, untranslated

    translator = Pseudo(OURS)
    QCoreApplication.installTranslator(translator)
    try:
        editor = _editor(qtbot, session, clock)
        assert untranslated(editor) == []
        menu = editor.prompt_menu
        assert untranslated(menu) == []
        assert untranslated(menu.more_menu) == []
        assert menu.today_action.text().startswith("⟦Today: ⟦")
        for chosen in TEMPLATES:
            dialog = editor.open_template(chosen.id)
            assert dialog is not None
            assert untranslated(dialog) == []
            assert dialog.windowTitle() == f"⟦{chosen.title}⟧"
            for spec in chosen.fields:
                if spec.kind is FieldKind.TEXT:
                    dialog.text_fields[spec.id].setPlainText("answer")
                else:
                    dialog.rating_fields[spec.id].emotion_edit.setText("calm")
            # The headings that go into the entry are in the person's language too.
            assert f"## ⟦{chosen.fields[0].label}⟧" in dialog.markdown()
            dialog.reject()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_at_200_percent_text_the_form_fits_and_every_question_can_be_reached(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    from PySide6.QtGui import QFont

    original = QApplication.font()
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 2)
    QApplication.setFont(bigger)
    try:
        editor = _editor(qtbot, session, clock)
        assert editor.prompts_button.fontInfo().pointSizeF() >= original.pointSizeF() * 1.9
        text_width = editor.prompts_button.fontMetrics().horizontalAdvance("Prompts")
        assert editor.prompts_button.width() > text_width  # the word is never cut
        dialog = editor.open_template("thought_record")
        assert dialog is not None
        qtbot.waitExposed(dialog)
        screen = dialog.screen().availableGeometry()
        assert dialog.width() <= screen.width()
        assert dialog.height() <= screen.height()
        assert dialog.add_button.isVisible()
        # Tab walks every question; the scroll area brings each one into view.
        dialog.activateWindow()
        first = dialog.text_fields["situation"]
        first.setFocus()
        qtbot.waitUntil(first.hasFocus, timeout=3000)
        last = dialog.text_fields["balanced_thought"]
        assert last.visibleRegion().isEmpty()  # below the fold at first
        for _ in range(12):
            focused = QApplication.focusWidget()
            assert focused is not None
            if focused is last:
                break
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
        assert last.hasFocus()
        assert not last.visibleRegion().isEmpty()
        dialog.reject()
    finally:
        QApplication.setFont(original)
