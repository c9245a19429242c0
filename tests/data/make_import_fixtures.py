"""Write the import fixtures in ``tests/data/import/`` (run once; never edit them after).

    python tests/data/make_import_fixtures.py

One small file per format Companion imports, written from the fields documented in
``shared/reference/import-formats.md`` (not from any real person's export): Daylio CSV
(the old and the newer ``scales`` layout, 24- and 12-hour times, custom mood words,
activities with emoji, a note with line breaks), a ``.daylio`` backup (base64 JSON in a
ZIP, 0-based months, custom moods with their groups, HTML notes), a Day One JSON ZIP (two
journals, a photo reference, a time zone), jrnl JSON, Diarium JSON (5 fractional
digits, HTML, ratings), Pixels JSON (several scores in a day, emotion tags) and
Companion's own JSON. ``tests/core/transfer/test_importers.py`` states what each holds.
"""

from __future__ import annotations

import base64
import io
import json
import sys
import zipfile
from pathlib import Path

TARGET = Path(__file__).resolve().parent / "import"
FIXED = (2026, 1, 1, 0, 0, 0)  # ZIP member times, so the bytes never depend on today


def _zip(path: Path, members: dict[str, bytes]) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name, FIXED), data)
    path.write_bytes(buffer.getvalue())


def daylio_csv() -> None:
    rows = [
        "full_date,date,weekday,time,mood,activities,note_title,note",
        '2021-03-27,March 27,Saturday,20:39,irritable,"take care of kids","",""',
        '2021-03-27,March 27,Saturday,08:05,rad,"friends | 🎸 music | walk","Band night",'
        '"Played two songs.\nEveryone sang along."',
        '2021-03-26,March 26,Friday,23:59,meh,"work","","Long day, ""fine"" overall."',
        '2021-03-25,March 25,Thursday,7:15,awful,"","",""',
    ]
    (TARGET / "daylio.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    newer = [
        "full_date,date,weekday,time,mood,activities,scales,note_title,note",
        '2024-11-02,2 November,Saturday,8:30 am,good,"reading | tea","sleep: 4","",'
        '"<b>Slow</b> morning.<br>Read in bed."',
        '2024-11-01,1 November,Friday,9:45 PM,so so,"","","Tired",""',
    ]
    (TARGET / "daylio-scales.csv").write_text("\n".join(newer) + "\n", encoding="utf-8")


def daylio_backup() -> None:
    doc = {
        "version": 15,
        "customMoods": [
            {"id": 1, "custom_name": "", "predefined_name_id": 1, "mood_group_id": 1,
             "icon_id": 1, "state": 0},
            {"id": 2, "custom_name": "", "predefined_name_id": 2, "mood_group_id": 2,
             "icon_id": 2, "state": 0},
            {"id": 3, "custom_name": "", "predefined_name_id": 3, "mood_group_id": 3,
             "icon_id": 3, "state": 0},
            {"id": 4, "custom_name": "", "predefined_name_id": 4, "mood_group_id": 4,
             "icon_id": 4, "state": 0},
            {"id": 5, "custom_name": "", "predefined_name_id": 5, "mood_group_id": 5,
             "icon_id": 5, "state": 0},
            {"id": 6, "custom_name": "Sleepy", "predefined_name_id": -1, "mood_group_id": 3,
             "icon_id": 9, "state": 0},
        ],
        "tags": [
            {"id": 10, "name": "family", "createdAt": 1609459200000, "icon": 3, "order": 1,
             "state": 0, "id_tag_group": 1},
            {"id": 11, "name": "gym", "createdAt": 1609459200000, "icon": 4, "order": 2,
             "state": 0, "id_tag_group": 1},
        ],
        "tag_groups": [{"id": 1, "name": "Activities", "order": 1,
                        "is_displayed_in_reports": True, "is_expanded": True,
                        "id_predefined": 1}],
        "dayEntries": [
            {"id": 101, "datetime": 1615827600000, "year": 2021, "month": 2, "day": 15,
             "hour": 18, "minute": 0, "timeZoneOffset": 3600000, "mood": 1,
             "tags": [10, 11], "assets": [], "note": "<p>Dinner with <i>Mum</i>.</p>",
             "note_title": "A good Monday", "isFavorite": False},
            {"id": 102, "year": 2021, "month": 0, "day": 31, "hour": 7, "minute": 30,
             "mood": 6, "tags": [], "assets": [], "note": "", "note_title": "",
             "isFavorite": False},
            {"id": 103, "datetime": 1616000000000, "timeZoneOffset": -18000000, "mood": 5,
             "tags": [11], "assets": [7], "note": "Hard day &amp; no sleep", "note_title": ""},
        ],
        "goals": [], "goalEntries": [], "goalSuccessWeeks": [],
        "assets": [{"id": 7, "checksum": "0f3e", "type": 1, "createdAt": 1616000000000,
                    "createdAtOffset": -18000000}],
        "metadata": {"number_of_entries": 3, "created_at": 1616000000000},
    }  # fmt: skip
    payload = base64.b64encode(json.dumps(doc).encode("utf-8"))
    _zip(TARGET / "backup.daylio", {"backup.daylio": payload, "assets/0f3e": b"\x89PNG"})


def dayone() -> None:
    rich = json.dumps({"meta": {"version": 1}, "contents": [{"text": "From rich text only"}]})
    work = {
        "metadata": {"version": "1.0"},
        "entries": [
            {"uuid": "6E7A3C1B2D4F4A5B8C9D0E1F2A3B4C5D", "creationDate": "2019-10-18T08:07:39Z",
             "modifiedDate": "2019-10-18T09:00:00Z", "timeZone": "Europe/Paris",
             "text": "# Standup\n\nShipped the thing\\. Phew\\!\n\n"
                     "![](dayone-moment://ABCDEF0123456789)",
             "starred": True, "tags": ["work", "wins"], "isPinned": False,
             "photos": [{"identifier": "ABCDEF0123456789", "md5": "e249a0b0", "type": "jpeg"}],
             "location": {"latitude": 48.85, "longitude": 2.35, "placeName": "Office"},
             "weather": {"temperatureCelsius": 12, "conditionsDescription": "Cloudy"}},
            {"uuid": "0A1B2C3D4E5F60718293A4B5C6D7E8F9", "creationDate": "2020-02-29T23:30:00Z",
             "timeZone": "America/New_York", "richText": rich, "tags": []},
        ],
    }  # fmt: skip
    travel = {
        "metadata": {"version": "1.2"},
        "entries": [
            {"uuid": "FFEEDDCCBBAA99887766554433221100", "creationDate": "2021-07-04T10:00:00Z",
             "timeZone": "Asia/Tokyo", "text": "Temple visit. 静か。", "tags": ["travel"]},
        ],
    }  # fmt: skip
    _zip(
        TARGET / "dayone.zip",
        {
            "Work.json": json.dumps(work, indent=2).encode(),
            "Travel.json": json.dumps(travel, indent=2).encode(),
            "photos/e249a0b0.jpeg": b"\xff\xd8\xff",
        },
    )


def jrnl() -> None:
    doc = {
        "tags": {"@work": 1, "@garden": 1},
        "entries": [
            {"title": "Planted tomatoes.", "body": "Six plants by the fence.\nWatered twice.",
             "date": "2022-05-14", "time": "17:20", "tags": ["@garden"], "starred": False},
            {"title": "Quiet day", "body": "", "date": "2022-05-15", "time": "09:00",
             "tags": [], "starred": True, "uuid": "4f1c0d8e-1111-2222-3333-444455556666"},
            {"title": "Late", "body": "Meeting ran over.", "date": "2022-05-16",
             "time": "11:45 PM", "tags": ["@work"], "starred": False},
        ],
    }  # fmt: skip
    (TARGET / "jrnl.json").write_text(json.dumps(doc, indent=2), encoding="utf-8")


def diarium() -> None:
    doc = [
        {"date": "2010-10-26T15:47:53.48828", "heading": "<b>Autumn</b>",
         "html": "<p>Leaves everywhere.</p><ul><li>raking</li><li>cocoa</li></ul>",
         "rating": 4, "tags": ["outdoors"], "location": [52.52, 13.40],
         "sun": "☀️ Sunrise: 7:16 AM Sunset: 7:56 PM", "lunar": "Waning gibbous"},
        {"date": "2010-10-27T08:00:00", "heading": "", "html": "Rainy &amp; grey.",
         "rating": 0, "tags": []},
    ]  # fmt: skip
    (TARGET / "diarium.json").write_text(json.dumps(doc, indent=2), encoding="utf-8")


def pixels() -> None:
    doc = [
        {"date": "2025-01-30", "type": "Mood", "scores": [2], "notes": "Grey day.",
         "tags": [{"type": "Emotions", "entries": ["tired", "bored"]},
                  {"type": "Activities", "entries": ["work"]}]},
        {"date": "2025-01-31", "type": "Mood", "scores": [4, 5], "notes": "…and better.",
         "tags": [{"type": "Emotions", "entries": [":3", "Grateful"]}]},
        {"date": "2025-02-01", "type": "Mood", "scores": [], "notes": "", "tags": []},
    ]  # fmt: skip
    (TARGET / "pixels.json").write_text(json.dumps(doc, indent=2), encoding="utf-8")


def companion_json() -> None:
    doc = {
        "format": "companion-journal-export",
        "version": 1,
        "exported_at": "2026-05-04T12:00:00+00:00",
        "tags": [
            {"name": "Choir", "kind": "activity"},
            {"name": "Called Mum", "kind": "self-care"},
        ],
        "entries": [
            {"uid": "0123456789abcdef0123456789abcdef",
             "created_at": "2025-12-31T23:30:00+00:00", "zone": "Europe/Lisbon",
             "edited_at": "2026-01-01T10:00:00+00:00", "deleted_at": None,
             "title": "New Year's Eve", "text": "Walked by the **river**.", "mood": 4,
             "emotions": ["grateful"], "tags": ["Choir", "friends"],
             "rev": "", "history": []},
            {"uid": "fedcba9876543210fedcba9876543210",
             "created_at": "2026-01-02T09:00:00-05:00", "zone": None,
             "edited_at": "2026-01-02T09:00:00-05:00",
             "deleted_at": "2026-01-03T10:00:00+00:00",
             "title": None, "text": "In the trash.", "mood": None,
             "emotions": [], "tags": ["Called Mum"], "rev": "", "history": [],
             "unknown_future_key": True},
        ],
    }  # fmt: skip
    (TARGET / "companion.json").write_text(json.dumps(doc, indent=2), encoding="utf-8")


def main() -> int:
    if TARGET.exists() and any(TARGET.iterdir()):
        print(f"{TARGET} is not empty: fixtures are never rewritten", file=sys.stderr)
        return 1
    TARGET.mkdir(exist_ok=True)
    for make in (daylio_csv, daylio_backup, dayone, jrnl, diarium, pixels, companion_json):
        make()
    for path in sorted(TARGET.iterdir()):
        print(path.name, path.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
