"""The calendar shows each day's mood: a face (shape, not colour alone) and the word."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.journal.models import EntryDraft, Mood
from companion.ui.journal.calendar_view import CalendarView, DayButton
from companion.ui.shell.session import Session

from .helpers import show_active


def _at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 1, day, hour, 0, tzinfo=UTC)


def _calendar(qtbot: QtBot, session: Session) -> CalendarView:
    view = CalendarView(session)
    qtbot.addWidget(view)
    view.resize(420, 360)
    show_active(qtbot, view)
    return view


def _button(view: CalendarView, day: int) -> DayButton:
    button = view.day_button(_at(day).date())
    assert button is not None
    return button


def _save(session: Session, day: int, mood: Mood | None, hour: int = 12) -> int:
    return session.save_entry(None, EntryDraft(text="x", mood=mood, created_at=_at(day, hour))).id


def test_each_day_has_its_mood_in_words_for_screen_readers_and_tooltips(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    _save(session, 3, Mood.GOOD)
    _save(session, 3, Mood.GOOD, hour=20)
    _save(session, 7, Mood.AWFUL)
    _save(session, 9, None)  # an entry without a mood
    view = _calendar(qtbot, session)
    good = _button(view, 3)
    assert good.mood is Mood.GOOD
    assert good.accessibleName() == "Saturday 3 January 2026, 2 entries, mood: Good"
    assert good.toolTip() == "2 entries. Mood: Good"
    awful = _button(view, 7)
    assert awful.mood is Mood.AWFUL
    assert awful.accessibleName().endswith("1 entry, mood: Awful")
    assert awful.toolTip() == "1 entry. Mood: Awful"
    plain = _button(view, 9)
    assert plain.mood is None
    assert plain.accessibleName().endswith("1 entry")
    assert plain.toolTip() == "1 entry"
    today = _button(view, clock.now().day)
    assert today.accessibleName().endswith("today, no entries")
    assert view.day_mood(_at(3).date()) is Mood.GOOD


def test_a_mixed_day_shows_the_rounded_mean(qtbot: QtBot, session: Session) -> None:
    _save(session, 4, Mood.AWFUL)
    _save(session, 4, Mood.GREAT)  # mean 3: Okay
    _save(session, 5, Mood.BAD)
    _save(session, 5, Mood.OKAY)  # mean 2.5 rounds up: Okay
    _save(session, 6, Mood.BAD)
    _save(session, 6, Mood.BAD)
    _save(session, 6, Mood.GOOD)  # mean 2.67: Okay
    _save(session, 8, Mood.GOOD)
    _save(session, 8, None)  # entries without a mood do not pull the mean
    view = _calendar(qtbot, session)
    assert _button(view, 4).mood is Mood.OKAY
    assert _button(view, 5).mood is Mood.OKAY
    assert _button(view, 6).mood is Mood.OKAY
    assert _button(view, 8).mood is Mood.GOOD
    assert _button(view, 8).count == 2


def test_the_mark_follows_saves_the_trash_and_lock(qtbot: QtBot, session: Session) -> None:
    view = _calendar(qtbot, session)
    assert _button(view, 10).mood is None
    entry_id = _save(session, 10, Mood.BAD)
    view.refresh()  # the window refreshes on entries_changed
    assert _button(view, 10).mood is Mood.BAD
    session.delete_entry(entry_id)
    view.refresh()
    assert _button(view, 10).mood is None
    assert _button(view, 10).count == 0
    _save(session, 11, Mood.GREAT)
    view.refresh()
    assert _button(view, 11).mood is Mood.GREAT
    view.clear()  # on lock
    assert _button(view, 11).mood is None
    assert "mood" not in _button(view, 11).accessibleName()


def test_other_months_show_their_own_moods(qtbot: QtBot, session: Session) -> None:
    session.save_entry(
        None, EntryDraft(text="y", mood=Mood.GREAT, created_at=_at(20) - timedelta(days=31))
    )
    view = _calendar(qtbot, session)
    view.show_month(2025, 12)
    button = view.day_button((_at(20) - timedelta(days=31)).date())
    assert button is not None
    assert button.mood is Mood.GREAT


def _grey(image: QImage) -> list[int]:
    return [
        QColor(image.pixel(x, y)).lightness()
        for y in range(image.height())
        for x in range(image.width())
    ]


def test_moods_differ_by_shape_without_colour(qtbot: QtBot, session: Session) -> None:
    for day, mood in ((12, Mood.AWFUL), (13, Mood.BAD), (14, Mood.GOOD), (16, Mood.GREAT)):
        _save(session, day, mood)
    _save(session, 17, Mood.OKAY)
    view = _calendar(qtbot, session)
    # The same day cell drawn with each mood: in greys only, every pair still differs.
    probe = _button(view, 20)
    faces = []
    for mood in Mood:
        probe.set_day(_at(20).date(), 1, False, mood)
        faces.append(_grey(probe.grab().toImage()))
    for i in range(len(faces)):
        for j in range(i + 1, len(faces)):
            # The mouth (and the eyes of "Awful") are drawn in the text colour: even
            # the closest pair, Bad and Okay, differ by a clearly darker curve.
            changed = sum(1 for a, b in zip(faces[i], faces[j], strict=True) if abs(a - b) > 40)
            assert changed >= 4, (list(Mood)[i], list(Mood)[j])
    # A day with a mood is marked differently from a day with entries but no mood.
    probe.set_day(_at(20).date(), 1, False, None)
    dot = _grey(probe.grab().toImage())
    assert sum(1 for a, b in zip(dot, faces[0], strict=True) if abs(a - b) > 40) > 8


def test_no_alarm_red_on_the_calendar(qtbot: QtBot, session: Session) -> None:
    for day, mood in enumerate(Mood, start=3):
        _save(session, day, mood)
        _save(session, day + 10, Mood.AWFUL)
    view = _calendar(qtbot, session)
    image = view.grab().toImage()
    reddish = 0
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            colour = QColor(image.pixel(x, y))
            if colour.hslSaturation() > 90 and (colour.hslHue() < 20 or colour.hslHue() > 340):
                reddish += 1
    assert reddish == 0


def test_weekday_headings_are_names_in_english_even_with_lang_c(
    qtbot: QtBot, session: Session
) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QLabel

    QLocale.setDefault(QLocale.c())  # LANG=C: no script named (restored after the test)
    view = _calendar(qtbot, session)
    headings = [
        label.text()
        for label in view.findChildren(QLabel)
        if label.accessibleName() in {QLocale.c().dayName(d) for d in range(1, 8)}
    ]
    assert len(headings) == 7
    assert all(text.isalpha() for text in headings), headings
