"""Short dates and times of day as the locale writes them, the same on every screen."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale

from companion.ui.shell.dates_and_times import short_date, short_time, shown_time, time_field_format

US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def test_time_fields_follow_the_locale_and_leave_seconds_out(qapp: object) -> None:
    assert time_field_format(UK) == "HH:mm"
    assert time_field_format(QLocale(QLocale.Language.German)) == "HH:mm"
    assert "AP" in time_field_format(US).upper()
    assert ":ss" not in time_field_format(QLocale.c())


def test_stored_times_are_shown_as_the_locale_writes_them(qapp: object) -> None:
    assert shown_time("20:00", UK) == "20:00"
    assert shown_time("20:00", US) == "8:00\u202fPM"
    assert shown_time("08:30", US) == "8:30\u202fAM"
    assert shown_time("not a time", US) == "not a time"  # never hidden or made up


def test_short_dates_always_carry_the_whole_year(qapp: object) -> None:
    day = date(2026, 12, 7)
    assert short_date(day, US) == "12/7/2026"
    assert short_date(day, UK) == "07/12/2026"
    assert short_date(day, QLocale.c()) == "7 Dec 2026"


def test_times_of_a_moment_follow_the_locale(qapp: object) -> None:
    moment = datetime(2026, 12, 7, 0, 17)
    assert short_time(moment, US) == "12:17\u202fAM"
    assert short_time(moment, UK) == "00:17"
