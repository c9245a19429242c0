"""Readable exports: lossless JSON round trip, Markdown, CSV, and the plaintext rules."""

from __future__ import annotations

import csv
import json
import os
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.core.clock import FakeClock
from companion.core.journal import Journal
from companion.core.journal.models import EntryDraft, Mood, TagKind
from companion.core.reports.document import Heading, MarkdownBlock, as_text
from companion.core.transfer.errors import (
    ExportTargetExists,
    PlaintextForbidden,
    PlaintextNotConfirmed,
)
from companion.core.transfer.exporting import ExportFormat, export_plaintext
from companion.core.transfer.importing import preview_import, run_import
from companion.core.transfer.pdf import journal_document
from companion.core.vault import Vault
from companion.core.vault.errors import Cancelled
from companion.core.vault.service import VaultService

from .conftest import PASSPHRASE, ZONE

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)


def _fill(journal: Journal, clock: FakeClock) -> None:
    journal.add_tag("Choir", TagKind.ACTIVITY)
    journal.add_tag("=SUM(A1)", TagKind.SELF_CARE)
    journal.create(
        EntryDraft(
            title="New Year's Eve",
            text='# Last night\n\nWalked by the **river**, "quoted", comma, 東京 😴',
            mood=Mood.GOOD,
            emotions=("grateful", "nostalgic"),
            tags=("outdoors", "Choir"),
            created_at=datetime(2025, 12, 31, 23, 30, tzinfo=ZoneInfo("Europe/Lisbon")),
        )
    )
    clock.advance(60)
    edited = journal.create(EntryDraft(text="first words", tags=("=SUM(A1)",)))
    clock.advance(60)
    journal.update(edited.id, EntryDraft(text="-second words", tags=("=SUM(A1)",), mood=Mood.AWFUL))
    gone = journal.create(
        EntryDraft(
            text="trash me",
            created_at=datetime(2026, 1, 2, 9, 0, tzinfo=timezone(timedelta(hours=-5))),
        )
    )
    journal.delete(gone.id)


def _export(vault: Vault, target: Path, fmt: ExportFormat, **kw: object) -> object:
    return export_plaintext(
        vault.connection,
        target,
        fmt,
        confirm_plaintext=True,
        now=NOW,
        **kw,  # type: ignore[arg-type]
    )


def test_json_round_trip_is_lossless(
    tmp_path: Path, vault: Vault, journal: Journal, clock: FakeClock, service: VaultService
) -> None:
    _fill(journal, clock)
    first = tmp_path / "one.json"
    result = _export(vault, first, ExportFormat.JSON)
    assert result.entries == 3  # type: ignore[attr-defined]
    assert first.stat().st_mode & 0o777 == 0o600
    doc = json.loads(first.read_text(encoding="utf-8"))
    assert doc["format"] == "companion-journal-export"
    assert doc["version"] == 1
    assert isinstance(doc["entries"], list)
    edited = next(e for e in doc["entries"] if e["text"] == "-second words")
    assert len(edited["history"]) == 1
    assert {"name": "=SUM(A1)", "kind": "self-care"} in doc["tags"]

    other, _code = service.create(tmp_path / "other", PASSPHRASE)
    try:
        preview = preview_import(other.connection, first, zone=ZONE)
        assert preview.problems == []
        run_import(other, preview)
        second = tmp_path / "two.json"
        _export(other, second, ExportFormat.JSON)
        again = json.loads(second.read_text(encoding="utf-8"))
        assert again["entries"] == doc["entries"]
        kinds = {t.name: t.kind for t in Journal(other.connection, clock).tags()}
        assert kinds["=SUM(A1)"] is TagKind.SELF_CARE
    finally:
        other.lock()


def test_markdown_and_csv(tmp_path: Path, vault: Vault, journal: Journal, clock: FakeClock) -> None:
    _fill(journal, clock)
    md = tmp_path / "journal.md"
    _export(vault, md, ExportFormat.MARKDOWN)
    text = md.read_text(encoding="utf-8")
    assert "## 2025-12-31 (Wednesday)" in text
    assert "### 23:30 · New Year's Eve" in text
    assert "*Mood: good (4/5) · Emotions: grateful, nostalgic · Tags: outdoors, Choir*" in text
    assert "trash me" not in text

    days = tmp_path / "days"
    result = _export(vault, days, ExportFormat.MARKDOWN_DAYS)
    assert sorted(p.name for p in days.iterdir()) == ["2025-12-31.md", "2026-05-04.md"]
    assert result.files == 2  # type: ignore[attr-defined]

    table = tmp_path / "journal.csv"
    _export(vault, table, ExportFormat.CSV, include_trash=True)
    rows = list(csv.DictReader(table.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 3
    eve = next(r for r in rows if r["title"] == "New Year's Eve")
    assert eve["text"].startswith("# Last night")
    assert (eve["date"], eve["time"], eve["utc_offset"]) == ("2025-12-31", "23:30", "+00:00")
    assert eve["tags"] == "outdoors | Choir"
    formula = next(r for r in rows if r["mood"] == "1")
    assert formula["tags"] == "'=SUM(A1)"  # never a spreadsheet formula
    assert formula["text"] == "'-second words"
    assert next(r for r in rows if r["text"] == "trash me")["in_trash"] == "yes"


def test_plaintext_needs_confirmation_and_obeys_policy(
    tmp_path: Path, vault: Vault, journal: Journal, clock: FakeClock
) -> None:
    _fill(journal, clock)
    target = tmp_path / "out.json"
    with pytest.raises(PlaintextNotConfirmed):
        export_plaintext(vault.connection, target, ExportFormat.JSON, confirm_plaintext=False)
    with pytest.raises(PlaintextForbidden):
        export_plaintext(
            vault.connection,
            target,
            ExportFormat.JSON,
            confirm_plaintext=True,
            plaintext_allowed=False,
        )
    assert not target.exists()
    target.write_text("keep me")
    with pytest.raises(ExportTargetExists):
        _export(vault, target, ExportFormat.CSV)
    assert target.read_text() == "keep me"
    _export(vault, target, ExportFormat.CSV, overwrite=True)
    assert target.read_text(encoding="utf-8-sig").startswith("uid,")


def test_no_temporary_files_and_cancel_removes_the_partial_file(
    tmp_path: Path, vault: Vault, journal: Journal, clock: FakeClock
) -> None:
    for i in range(600):
        journal.create(EntryDraft(text=f"entry {i}"))
    folder = tmp_path / "out"
    folder.mkdir()
    calls = {"n": 0}

    def cancel_later() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    for fmt in (ExportFormat.JSON, ExportFormat.MARKDOWN, ExportFormat.CSV):
        with pytest.raises(Cancelled):
            export_plaintext(
                vault.connection,
                folder / f"x.{fmt.value}",
                fmt,
                confirm_plaintext=True,
                cancelled=cancel_later,
            )
        calls["n"] = 0
        assert list(folder.iterdir()) == []
    with pytest.raises(Cancelled):
        export_plaintext(
            vault.connection, folder / "days", ExportFormat.MARKDOWN_DAYS,
            confirm_plaintext=True, cancelled=cancel_later,
        )  # fmt: skip
    assert list((folder / "days").iterdir()) == []
    _export(vault, folder / "all.json", ExportFormat.JSON)
    assert os.listdir(folder) == ["all.json"] or sorted(os.listdir(folder)) == ["all.json", "days"]


def test_date_range_and_pdf_data(vault: Vault, journal: Journal, clock: FakeClock) -> None:
    _fill(journal, clock)
    doc = journal_document(vault.connection, date(2025, 12, 1), date(2025, 12, 31))
    assert doc.subtitle == "2025-12-01 to 2025-12-31"
    headings = [b.text for b in doc.blocks if isinstance(b, Heading)]
    assert headings == ["2025-12-31"]
    assert any(isinstance(b, MarkdownBlock) and "river" in b.text for b in doc.blocks)
    assert "1 entries" in as_text(doc)
    everything = journal_document(vault.connection)
    assert "trash me" not in as_text(everything)
    empty = journal_document(vault.connection, date(2000, 1, 1), date(2000, 1, 2))
    assert "No entries" in as_text(empty)
