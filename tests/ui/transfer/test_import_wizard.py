"""The import wizard on real export files, into a real journal."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from companion.core.journal.records import iter_records
from companion.ui.shell.session import Session
from companion.ui.transfer.common import Pickers
from companion.ui.transfer.import_wizard import CHOOSE, PREVIEW, SUMMARY, ImportWizard
from tests.ui.transfer.transfer_helpers import click, message_box, plain

IMPORTS = Path(__file__).resolve().parents[2] / "data" / "import"


def _wizard(qtbot: QtBot, session: Session, source: Path) -> ImportWizard:
    wizard = ImportWizard(session, pickers=Pickers(open=lambda _p, _t, _s, _f: source))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _wait(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: not wizard.is_busy(), timeout=20000)


def test_daylio_csv_with_moods_remapped(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    source = tmp_path / "daylio.csv"
    shutil.copy(IMPORTS / "daylio.csv", source)
    wizard = _wizard(qtbot, session, source)
    changed: list[int] = []
    session.entries_changed.connect(lambda: changed.append(1))
    assert not wizard.next_button.isEnabled()
    wizard.choose_button.click()
    assert wizard.next_button.isEnabled()
    wizard.next_button.click()
    _wait(qtbot, wizard)

    assert wizard.step() == PREVIEW
    summary = plain(wizard.summary_label.text())
    assert "Daylio (CSV export)" in summary
    assert "New entries to import: 4." in summary
    assert "27 March 2021" in summary or "March 27, 2021" in summary
    assert wizard.samples_box.isVisible()
    assert "Band night" in wizard.samples.text()
    assert set(wizard.mood_boxes) == {"irritable", "rad", "meh", "awful"}
    assert wizard.mood_boxes["rad"].currentData() == 5
    assert wizard.mood_boxes["irritable"].currentData() == 2
    box = wizard.mood_boxes["irritable"]
    box.setCurrentIndex(box.findData(1))
    assert not wizard.problems_box.isVisible()
    assert wizard.next_button.text().replace("&", "") == "Import"

    wizard.next_button.click()
    _wait(qtbot, wizard)
    assert wizard.step() == SUMMARY
    assert "Imported: 4 entries." in plain(wizard.result_label.text())
    assert changed  # the journal views refresh
    records = list(iter_records(session.vault.connection))
    assert len(records) == 7
    moods = sorted(int(r.mood) for r in records if r.created_at.year == 2021 and r.mood)
    assert moods == [1, 1, 3, 5]  # irritable became 1 as chosen


def test_the_same_file_twice_adds_nothing(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    source = tmp_path / "jrnl.json"
    shutil.copy(IMPORTS / "jrnl.json", source)
    first = _wizard(qtbot, session, source)
    first.choose_file()
    first.next()
    _wait(qtbot, first)
    assert not first.moods_box.isVisible()  # jrnl has no moods
    first.next()
    _wait(qtbot, first)
    added = first.result_value.added  # type: ignore[union-attr]
    assert added > 0

    again = _wizard(qtbot, session, source)
    again.choose_file()
    again.next()
    _wait(qtbot, again)
    text = plain(again.summary_label.text())
    assert "New entries to import: 0." in text
    assert f"Already in your journal, so skipped: {added}." in text
    assert "nothing new" in text
    assert not again.next_button.isEnabled()


def test_rows_that_cannot_be_read_are_listed_and_left_out_only_if_agreed(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    source = tmp_path / "daylio.csv"
    text = (IMPORTS / "daylio.csv").read_text(encoding="utf-8")
    text += '2021-13-40,x,x,10:00,rad,"","",""\n'
    source.write_text(text, encoding="utf-8")
    wizard = _wizard(qtbot, session, source)
    wizard.choose_file()
    wizard.next()
    _wait(qtbot, wizard)
    assert wizard.problems_box.isVisible()
    assert wizard.problem_list.count() == 1
    assert wizard.problem_list.item(0).text().startswith("line 7")
    assert not wizard.next_button.isEnabled()
    wizard.accept_box.setChecked(True)
    assert wizard.next_button.isEnabled()
    wizard.next()
    _wait(qtbot, wizard)
    result = plain(wizard.result_label.text())
    assert "Imported: 4 entries." in result
    assert "Left out because they couldn't be read: 1 entry." in result


def test_an_unknown_file_asks_for_its_type(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("just some words\n", encoding="utf-8")
    wizard = _wizard(qtbot, session, source)
    wizard.choose_file()
    wizard.next()
    _wait(qtbot, wizard)
    assert wizard.step() == CHOOSE
    assert "doesn't recognise" in wizard.message.text()
    wizard.format_box.setCurrentIndex(wizard.format_box.findData("jrnl-json"))
    wizard.next()
    _wait(qtbot, wizard)
    assert wizard.step() == CHOOSE
    assert "can't be read as" in wizard.message.text()
    assert len(list(iter_records(session.vault.connection))) == 3


def test_offer_to_delete_the_source(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    source = tmp_path / "pixels.json"
    shutil.copy(IMPORTS / "pixels.json", source)
    wizard = _wizard(qtbot, session, source)
    wizard.choose_file()
    wizard.next()
    _wait(qtbot, wizard)
    wizard.next()
    _wait(qtbot, wizard)
    assert wizard.step() == SUMMARY
    wizard.delete_button.click()
    click(message_box("deleteSourceConfirm"), "no")
    assert source.exists()
    wizard.delete_button.click()
    click(message_box("deleteSourceConfirm"), "yes")
    assert not source.exists()
    assert "deleted" in wizard.message.text()


def test_cancel_imports_nothing(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    source = tmp_path / "big.csv"
    rows = ["full_date,date,weekday,time,mood,activities,note_title,note"]
    for number in range(4000):
        day = 1 + number % 28
        rows.append(
            f'2020-01-{day:02d},x,x,{number % 24:02d}:{number % 60:02d},good,"","",n{number}'
        )
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    wizard = _wizard(qtbot, session, source)
    wizard.choose_file()
    wizard.next()
    _wait(qtbot, wizard)
    assert "New entries to import: 4000." in plain(wizard.summary_label.text())
    wizard.next()
    assert wizard.is_busy()
    wizard.cancel()  # asked at once; the import checks between batches of rows
    _wait(qtbot, wizard)
    assert wizard.step() == PREVIEW
    assert "Stopped. Nothing was changed." in wizard.message.text()
    assert len(list(iter_records(session.vault.connection))) == 3
