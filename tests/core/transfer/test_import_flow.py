"""Preview first; one transaction; the same file twice adds nothing; problems reported."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from companion.core.journal import Journal
from companion.core.journal.models import Mood
from companion.core.transfer import importing as importing_module
from companion.core.transfer.errors import ImportHasProblems
from companion.core.transfer.importing import delete_source, preview_import, run_import
from companion.core.vault import Vault
from companion.core.vault.errors import Cancelled

from .conftest import IMPORTS, ZONE


def _all(journal: Journal) -> list:  # type: ignore[type-arg]
    return journal.timeline(limit=500) + journal.trash()


@pytest.mark.parametrize("name", sorted(p.name for p in IMPORTS.iterdir()))
def test_every_fixture_imports_once(name: str, vault: Vault, journal: Journal) -> None:
    before = journal.count() + len(journal.trash())
    preview = preview_import(vault.connection, IMPORTS / name, zone=ZONE)
    assert preview.problems == []
    assert preview.new == preview.readable > 0
    assert preview.first is not None
    assert preview.last is not None
    assert journal.count() + len(journal.trash()) == before  # a preview writes nothing
    result = run_import(vault, preview, accept_problems=False)
    assert result.added == preview.new
    assert journal.count() + len(journal.trash()) == before + result.added
    again = preview_import(vault.connection, IMPORTS / name, zone=ZONE)
    assert (again.new, again.already_there) == (0, preview.readable)
    assert run_import(vault, again).added == 0


def test_daylio_moods_are_mapped_and_editable(vault: Vault, journal: Journal) -> None:
    preview = preview_import(vault.connection, IMPORTS / "daylio.csv", zone=ZONE)
    assert preview.mood_map == {"irritable": 2, "rad": 5, "meh": 3, "awful": 1}
    assert preview.mood_counts == {"irritable": 1, "rad": 1, "meh": 1, "awful": 1}
    assert preview.unmapped == []
    assert preview.new_tags == ["take care of kids", "walk", "🎸 music"]
    run_import(vault, preview, mood_map={"IRRITABLE": None, "meh": 4})
    by_text = {e.text: e for e in _all(journal)}
    assert by_text['Long day, "fine" overall.'].mood is Mood.GOOD
    assert {e.mood for e in _all(journal)} == {None, Mood.GOOD, Mood.GREAT, Mood.AWFUL}
    tags = {t.name for t in journal.tags()}
    assert {"🎸 music", "take care of kids", "walk"} <= tags


def test_unknown_mood_words_are_shown_unmapped(vault: Vault) -> None:
    preview = preview_import(vault.connection, IMPORTS / "daylio-scales.csv", zone=ZONE)
    assert preview.mood_map == {"good": 4, "so so": None}
    assert preview.unmapped == ["so so"]
    chosen = preview_import(
        vault.connection, IMPORTS / "daylio-scales.csv", zone=ZONE, mood_map={"So So": 3}
    )
    assert chosen.unmapped == []


def _with_bad_rows(tmp_path: Path) -> Path:
    path = tmp_path / "daylio.csv"
    text = (IMPORTS / "daylio.csv").read_text(encoding="utf-8")
    text += '2021-13-40,x,x,10:00,rad,"","",""\n'
    text += '2021-03-20,x,x,25:61,rad,"","",""\n'
    text += '2021-03-19,x,x,10:00,rad,"' + "a" * 60 + '","",""\n'
    path.write_text(text, encoding="utf-8")
    return path


def test_bad_rows_are_reported_and_the_rest_imports_only_if_agreed(
    vault: Vault, journal: Journal, tmp_path: Path
) -> None:
    preview = preview_import(vault.connection, _with_bad_rows(tmp_path), zone=ZONE)
    assert [str(p) for p in preview.problems] == [
        "line 7: no valid date (full_date)",
        "line 8: the time is not understood",
    ]
    assert preview.new == 5  # the long activity is shortened to fit, not refused
    with pytest.raises(ImportHasProblems) as info:
        run_import(vault, preview)
    assert len(info.value.problems) == 2
    assert journal.count() == 0
    result = run_import(vault, preview, accept_problems=True)
    assert result.added == 5
    assert len(result.left_out) == 2


def test_an_import_is_all_or_nothing(
    vault: Vault, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview = preview_import(vault.connection, IMPORTS / "jrnl.json", zone=ZONE)
    calls = {"n": 0}
    real_add = importing_module.write_records

    class Boom(Exception):
        pass

    from contextlib import contextmanager

    @contextmanager
    def failing(conn):  # type: ignore[no-untyped-def]
        with real_add(conn) as writer:
            original = writer.add

            def add(record):  # type: ignore[no-untyped-def]
                calls["n"] += 1
                if calls["n"] == 3:
                    raise Boom
                return original(record)

            writer.add = add  # type: ignore[method-assign]
            yield writer

    monkeypatch.setattr(importing_module, "write_records", failing)
    with pytest.raises(Boom):
        run_import(vault, preview)
    assert journal.count() == 0
    assert not vault.connection.in_transaction
    with pytest.raises(Cancelled):
        run_import(vault, preview, cancelled=lambda: True)
    assert journal.count() == 0


def test_progress_is_reported(vault: Vault) -> None:
    seen: list[tuple[int, int]] = []
    preview = preview_import(vault.connection, IMPORTS / "daylio.csv", zone=ZONE)
    run_import(vault, preview, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (4, 4)


def test_the_source_can_be_deleted(tmp_path: Path) -> None:
    copy = tmp_path / "backup.daylio"
    shutil.copyfile(IMPORTS / "backup.daylio", copy)
    delete_source(copy)
    assert not copy.exists()
    delete_source(copy)  # already gone: fine
