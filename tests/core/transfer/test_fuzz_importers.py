"""Every importer takes arbitrary input without crashing: only typed errors come out.

Raw bytes rarely get past the first check, so each format is also fed documents of its
own shape filled with arbitrary values (any JSON value where a field is expected, random
cells in a Daylio CSV, random members in the ZIP formats). Whatever is read must then
turn into records or typed row problems, never anything else.
"""

from __future__ import annotations

import base64
import contextlib
import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.errors import CompanionError, InvalidEntry
from companion.core.transfer.formats import FORMATS, parse_file
from companion.core.transfer.importing import to_record

from .conftest import ZONE

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
NAMES = [f.name for f in FORMATS]

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**64), max_value=2**64)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
    | st.sampled_from(
        ["2021-03-27", "20:39", "8:30 pm", "2019-10-18T08:07:39Z", "2010-10-26T15:47:53.48828",
         "Europe/Paris", "../../etc/zone", "rad", "@tag", "<b>x</b>", "\x00\x0b", "\ud800"]
    )
)  # fmt: skip
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=10,
)


def _check(path: Path, name: str) -> None:
    """Parse as ``name``; every readable entry must become a record or InvalidEntry."""
    try:
        parsed = parse_file(path, ZONE, name)
    except CompanionError:
        return
    for entry in parsed.entries:
        with contextlib.suppress(InvalidEntry):
            to_record(entry, parsed.format, dict.fromkeys(parsed.mood_levels))


@FUZZ
@given(data=st.binary(max_size=2048), name=st.sampled_from(NAMES))
def test_arbitrary_bytes(tmp_path: Path, data: bytes, name: str) -> None:
    path = tmp_path / "input"
    path.write_bytes(data)
    _check(path, name)


def _entry(fields: list[str], draw: Any) -> dict[str, Any]:
    return {field: draw(values) for field in fields if draw(st.booleans())}


SHAPES: dict[str, list[str]] = {
    "jrnl-json": ["title", "body", "date", "time", "tags", "starred", "uuid"],
    "diarium-json": ["date", "heading", "html", "rating", "tags", "location"],
    "pixels-json": ["date", "type", "scores", "notes", "tags"],
    "companion-json": [
        "uid", "created_at", "zone", "edited_at", "deleted_at", "title", "text", "mood",
        "emotions", "tags", "rev", "history",
    ],
    "dayone-json": ["uuid", "creationDate", "modifiedDate", "timeZone", "text", "richText", "tags"],
}  # fmt: skip


@FUZZ
@given(data=st.data(), name=st.sampled_from(sorted(SHAPES)))
def test_documents_of_the_right_shape(tmp_path: Path, data: st.DataObject, name: str) -> None:
    entries = data.draw(st.lists(st.builds(lambda: None), max_size=5))
    items = [_entry(SHAPES[name], data.draw) for _ in entries]
    if data.draw(st.booleans()):
        items.append(data.draw(values))
    doc: Any
    if name == "jrnl-json":
        doc = {"tags": {}, "entries": items}
    elif name == "companion-json":
        version = data.draw(st.sampled_from([1, 1, 2, "1"]))
        doc = {"format": "companion-journal-export", "version": version,
               "tags": data.draw(values), "entries": items}  # fmt: skip
    elif name == "dayone-json":
        doc = {"metadata": {"version": "1.0"}, "entries": items}
    else:
        doc = items
    path = tmp_path / "input.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    _check(path, name)


@FUZZ
@given(rows=st.lists(st.lists(st.text(max_size=30) | scalars.map(str), max_size=10), max_size=6))
def test_daylio_csv_cells(tmp_path: Path, rows: list[list[str]]) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]
    )
    writer.writerows(rows)
    path = tmp_path / "daylio.csv"
    path.write_text(out.getvalue(), encoding="utf-8", errors="surrogatepass")
    _check(path, "daylio-csv")


@FUZZ
@given(
    moods=st.lists(values, max_size=4),
    tags=st.lists(values, max_size=4),
    entries=st.lists(values, max_size=5),
    mangle=st.booleans(),
)
def test_daylio_backup_documents(
    tmp_path: Path, moods: list[Any], tags: list[Any], entries: list[Any], mangle: bool
) -> None:
    doc = {"customMoods": moods, "tags": tags, "dayEntries": entries}
    payload = base64.b64encode(json.dumps(doc).encode())
    if mangle:
        payload = payload[: len(payload) // 2] + b"*"
    path = tmp_path / "x.daylio"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("backup.daylio", payload)
    _check(path, "daylio-backup")


@FUZZ
@given(
    members=st.dictionaries(
        st.sampled_from(["Journal.json", "a/b.json", "x.txt", "backup.daylio"]),
        st.binary(max_size=200),
        max_size=3,
    )
)
def test_zip_members(tmp_path: Path, members: dict[str, bytes]) -> None:
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    for name in ("dayone-json", "daylio-backup"):
        _check(path, name)


@pytest.mark.parametrize("name", NAMES)
def test_a_truncated_fixture_is_typed(tmp_path: Path, name: str) -> None:
    from .conftest import IMPORTS

    for source in IMPORTS.iterdir():
        data = source.read_bytes()
        for cut in (1, len(data) // 3, len(data) - 1):
            path = tmp_path / source.name
            path.write_bytes(data[:cut])
            _check(path, name)
