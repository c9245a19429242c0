"""Each import format reads its fixture (written from the documented fields) correctly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.core.transfer.errors import ImportFileError, UnknownFormat
from companion.core.transfer.formats import FORMATS, detect_format, format_named, parse_file
from companion.core.transfer.moods import parse_assignments, parse_level, suggest_level
from companion.core.transfer.times import parse_clock, parse_iso

from .conftest import IMPORTS, ZONE


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("daylio.csv", "daylio-csv"),
        ("daylio-scales.csv", "daylio-csv"),
        ("backup.daylio", "daylio-backup"),
        ("dayone.zip", "dayone-json"),
        ("jrnl.json", "jrnl-json"),
        ("diarium.json", "diarium-json"),
        ("pixels.json", "pixels-json"),
        ("companion.json", "companion-json"),
    ],
)
def test_every_fixture_is_detected(name: str, expected: str) -> None:
    assert detect_format(IMPORTS / name).name == expected


def test_every_format_has_a_fixture() -> None:
    detected = {detect_format(p).name for p in IMPORTS.iterdir()}
    assert detected == {f.name for f in FORMATS}


def test_unknown_files_are_typed(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("just some words")
    with pytest.raises(UnknownFormat):
        detect_format(tmp_path / "notes.txt")
    with pytest.raises(UnknownFormat):
        format_named("lifeograph")
    with pytest.raises(ImportFileError):
        parse_file(tmp_path / "missing.csv", ZONE, "daylio-csv")
    with pytest.raises(ImportFileError):
        parse_file(tmp_path / "notes.txt", ZONE, "jrnl-json")


def test_daylio_csv() -> None:
    parsed = parse_file(IMPORTS / "daylio.csv", ZONE)
    assert parsed.problems == []
    assert [e.where for e in parsed.entries] == ["line 2", "line 3", "line 5", "line 6"]
    kids, band, long_day, early = parsed.entries
    assert kids.created_at == datetime(2021, 3, 27, 20, 39, tzinfo=ZONE)
    assert (kids.mood_label, kids.tags) == ("irritable", ("take care of kids",))
    assert band.title == "Band night"
    assert band.text == "Played two songs.\nEveryone sang along."
    assert band.tags == ("friends", "🎸 music", "walk")
    assert long_day.text == 'Long day, "fine" overall.'
    assert early.created_at.hour == 7
    assert set(parsed.mood_levels) == {"irritable", "rad", "meh", "awful"}


def test_daylio_csv_with_scales_and_12_hour_times() -> None:
    parsed = parse_file(IMPORTS / "daylio-scales.csv", ZONE)
    morning, evening = parsed.entries
    assert morning.created_at == datetime(2024, 11, 2, 8, 30, tzinfo=ZONE)
    assert evening.created_at == datetime(2024, 11, 1, 21, 45, tzinfo=ZONE)
    assert morning.text == "**Slow** morning.\nRead in bed."
    assert (evening.title, evening.mood_label) == ("Tired", "so so")


def test_daylio_backup() -> None:
    parsed = parse_file(IMPORTS / "backup.daylio", ZONE)
    assert parsed.problems == []
    assert parsed.mood_levels["rad"] == 5
    assert parsed.mood_levels["awful"] == 1
    assert parsed.mood_levels["Sleepy"] == 3  # a custom mood in the "meh" group
    monday, sleepy, hard = parsed.entries
    assert monday.created_at == datetime(2021, 3, 15, 18, 0, tzinfo=timezone(timedelta(hours=1)))
    assert (monday.title, monday.text, monday.tags) == (
        "A good Monday",
        "Dinner with _Mum_.",
        ("family", "gym"),
    )
    # No epoch time: year/month/day, with Daylio's 0-based month.
    assert sleepy.created_at == datetime(2021, 1, 31, 7, 30, tzinfo=ZONE)
    assert sleepy.mood_label == "Sleepy"
    assert hard.text == "Hard day & no sleep"
    assert hard.created_at.utcoffset() == timedelta(hours=-5)


def test_dayone_zip() -> None:
    parsed = parse_file(IMPORTS / "dayone.zip", ZONE)
    assert parsed.problems == []
    temple, standup, leap = parsed.entries
    assert temple.created_at == datetime(2021, 7, 4, 19, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert temple.zone == "Asia/Tokyo"
    assert standup.created_at == datetime(2019, 10, 18, 10, 7, 39, tzinfo=ZoneInfo("Europe/Paris"))
    assert standup.tags == ("work", "wins")
    assert "(photo)" in standup.text
    assert "dayone-moment" not in standup.text
    assert standup.edited_at is not None
    assert leap.text == "From rich text only"
    assert leap.created_at.date().isoformat() == "2020-02-29"
    assert standup.key != temple.key


def test_jrnl() -> None:
    parsed = parse_file(IMPORTS / "jrnl.json", ZONE)
    tomatoes, quiet, late = parsed.entries
    assert tomatoes.title == "Planted tomatoes."
    assert tomatoes.tags == ("garden",)
    assert tomatoes.created_at == datetime(2022, 5, 14, 17, 20, tzinfo=ZONE)
    assert quiet.key.startswith("uuid:")
    assert late.created_at.hour == 23


def test_diarium() -> None:
    parsed = parse_file(IMPORTS / "diarium.json", ZONE)
    autumn, rainy = parsed.entries
    assert autumn.title == "Autumn"
    assert autumn.text == "Leaves everywhere.\n\n- raking\n- cocoa"
    assert autumn.mood == 4
    assert autumn.created_at.microsecond == 488280
    assert (rainy.mood, rainy.text, rainy.title) == (None, "Rainy & grey.", None)


def test_pixels() -> None:
    parsed = parse_file(IMPORTS / "pixels.json", ZONE)
    grey, better, empty = parsed.entries
    assert (grey.mood, grey.tags, grey.emotions) == (2, ("work",), ("tired", "bored"))
    assert better.mood == 5  # 4.5, rounded half up
    assert better.text.endswith("Pixels scores: 4, 5")
    assert better.emotions == ("Grateful",)
    assert better.tags == (":3",)
    assert empty.mood is None
    assert grey.created_at.hour == 12


def test_companion_json() -> None:
    parsed = parse_file(IMPORTS / "companion.json", ZONE)
    eve, trashed = parsed.entries
    assert eve.uid == "0123456789abcdef0123456789abcdef"
    assert eve.zone == "Europe/Lisbon"
    assert dict(eve.tag_kinds) == {"Choir": 1}
    assert trashed.deleted_at is not None
    assert trashed.created_at.utcoffset() == timedelta(hours=-5)


def test_times_and_moods() -> None:
    assert parse_clock("8:30 am").hour == 8  # type: ignore[union-attr]
    assert parse_clock("12:05 AM").hour == 0  # type: ignore[union-attr]
    assert parse_clock("12:05 pm").hour == 12  # type: ignore[union-attr]
    assert parse_clock("13:00 pm") is None
    assert parse_clock("25:00") is None
    assert parse_iso("2010-10-26T15:47:53.48828") is None  # no zone, none given
    assert parse_iso("2019-10-18T08:07:39Z") == datetime(2019, 10, 18, 8, 7, 39, tzinfo=UTC)
    assert suggest_level("Rad") == 5
    assert suggest_level(" so-so ") == 3
    assert suggest_level("irritable") == 2
    assert suggest_level("zorp") is None
    assert parse_level("great") == 5
    assert parse_level("none") is None
    assert parse_assignments(["so so=3", "a=b=okay"]) == {"so so": 3, "a=b": 3}
    with pytest.raises(ValueError, match="LABEL=LEVEL"):
        parse_assignments(["novalue"])
    with pytest.raises(ValueError, match="not a mood level"):
        parse_level("7")
