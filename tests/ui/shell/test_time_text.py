"""Times of day as the locale writes them, from the one stored form."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from companion.ui.shell.time_text import shown_time, time_field_format

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
