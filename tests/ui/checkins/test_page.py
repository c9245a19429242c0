"""The check-in page: a tick is saved at once and the kind sentences follow."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from companion.core.checkins.store import CheckinStore
from companion.core.checkins.summary import (
    care_run,
    describe_run,
    describe_week,
    week_start,
    week_summary,
)
from companion.core.clock import FakeClock
from companion.ui.checkins.page import CheckinPage
from companion.ui.checkins.words import DEFAULT_LABELS, run_sentence, week_sentence
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.shell.session import Session


@pytest.fixture
def page(qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore) -> CheckinPage:
    widget = CheckinPage(session, clock, prefs)
    qtbot.addWidget(widget)
    widget.resize(800, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def store(session: Session, clock: FakeClock) -> CheckinStore:
    return CheckinStore(session.vault.connection, clock)


def test_the_default_actions_are_listed_in_order(page: CheckinPage) -> None:
    assert [box.text() for box in page.boxes.values()] == list(DEFAULT_LABELS)
    assert not any(box.isChecked() for box in page.boxes.values())
    assert page.week_label.text() == "This week is still open: one small kind thing counts."
    assert page.run_label.isHidden()


def test_ticking_saves_at_once_and_the_summary_changes(
    page: CheckinPage, session: Session, clock: FakeClock
) -> None:
    water = next(a for a in store(session, clock).actions() if a.builtin == "water")
    before = page.week_label.text()
    page.boxes[water.id].click()
    assert water.id in store(session, clock).day(clock.now().date()).done
    assert page.week_label.text() == "You looked after yourself on 1 day this week."
    assert page.week_label.text() != before
    assert page.run_label.text() == "You looked after yourself recently. Every small step counts."
    page.boxes[water.id].click()
    assert water.id not in store(session, clock).day(clock.now().date()).done
    assert page.week_label.text() == before


def test_days_in_a_row_count_up_including_today(
    qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore
) -> None:
    checkins = store(session, clock)
    rest = next(a for a in checkins.actions() if a.builtin == "rest")
    today = clock.now().date()
    for back in (1, 2):
        checkins.set_done(today - timedelta(days=back), rest.id, True)
    page = CheckinPage(session, clock, prefs)
    qtbot.addWidget(page)
    assert page.run_label.text() == "2 days in a row of looking after yourself."
    page.boxes[rest.id].setChecked(True)
    assert page.run_label.text() == "3 days in a row of looking after yourself."


def test_space_ticks_the_focused_box(page: CheckinPage, qtbot: QtBot) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    first = next(iter(page.boxes.values()))
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert first.isChecked()
    assert "1 day" in page.week_label.text()


@pytest.mark.parametrize("days", range(0, 8))
def test_the_sentences_follow_the_core_rules_word_for_word(days: int) -> None:
    today = date(2026, 3, 15)  # a Sunday: the whole week counts
    monday = week_start(today)
    ticks = {monday + timedelta(days=n): frozenset({1}) for n in range(days)}
    summary = week_summary(ticks, today, today)
    assert week_sentence(summary, current=True) == describe_week(summary, today)
    past = week_summary(ticks, today, today + timedelta(days=7))
    assert week_sentence(past, current=False) == describe_week(past, today + timedelta(days=7))
    run = care_run(ticks, today)
    assert run_sentence(run) == describe_run(run)


def test_a_renamed_default_shows_the_persons_words(
    qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore
) -> None:
    checkins = store(session, clock)
    water = next(a for a in checkins.actions() if a.builtin == "water")
    checkins.rename_action(water.id, "Two glasses of water")
    page = CheckinPage(session, clock, prefs)
    qtbot.addWidget(page)
    assert page.boxes[water.id].text() == "Two glasses of water"


def test_locking_empties_the_page_and_unlocking_fills_it(
    page: CheckinPage, session: Session
) -> None:
    session.lock()
    assert page.boxes == {}
    assert page.week_label.text() == ""
    assert not page.choose_button.isEnabled()
    assert not [
        b
        for b in page.findChildren(QCheckBox)
        if b.isVisibleTo(page) and b.text() in DEFAULT_LABELS
    ]


def test_a_new_day_gets_a_fresh_list(page: CheckinPage, session: Session, clock: FakeClock) -> None:
    first = next(iter(page.boxes.values()))
    first.setChecked(True)
    clock.advance(24 * 3600)
    page.hide()
    page.show()
    assert not any(box.isChecked() for box in page.boxes.values())
    assert page._today == clock.now().date()


def test_every_control_is_named(page: CheckinPage, controls_of, checks) -> None:
    controls = controls_of(page)
    assert len(controls) >= 10
    assert [type(w).__name__ for w in controls if not checks.spoken_name(w).strip()] == []


def test_text_at_200_percent_is_not_clipped(
    qtbot: QtBot,
    session: Session,
    clock: FakeClock,
    prefs: PreferencesStore,
    big_font,
    controls_of,
    checks,
) -> None:
    page = CheckinPage(session, clock, prefs)
    qtbot.addWidget(page)
    page.resize(page.sizeHint().expandedTo(page.minimumSizeHint()))
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(50)  # the scroll area sizes its contents on the layout requests that follow
    first = next(iter(page.boxes.values()))
    assert first.font().pointSizeF() >= big_font.pointSizeF()
    assert checks.clipped(controls_of(page)) == []
