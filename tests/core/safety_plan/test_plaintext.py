"""The opt-in, UNENCRYPTED copy of the plan: written privately, removed completely."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.safety_plan.models import PlanItem, PlanStep, SafetyPlan, make_plan
from companion.core.safety_plan.plaintext import (
    MAX_COPY_BYTES,
    PLAINTEXT_NAME,
    plaintext_copy_path,
    plan_as_text,
    read_plaintext_copy,
    remove_plaintext_copy,
    sync_plaintext_copy,
    write_plaintext_copy,
)

PLAN = make_plan(
    {
        PlanStep.WARNING_SIGNS: [PlanItem("I stop answering messages")],
        PlanStep.ASK_FOR_HELP: [PlanItem("Sam", "07700 900123")],
        PlanStep.REASONS_TO_LIVE: [PlanItem("my niece\nand the sea")],
    },
    updated_at=datetime(2026, 3, 14, 9, 30, tzinfo=UTC),
)

EXPECTED = """My safety plan

1. Signs that a hard time is starting
  - I stop answering messages

2. Things I can do on my own
  (nothing written yet)

3. People and places that take my mind off things
  (nothing written yet)

4. People I can ask for help
  - Sam — 07700 900123

5. Professionals and services I can contact
  (nothing written yet)

6. Making my surroundings safer
  (nothing written yet)

What is worth living for
  - my niece
    and the sea

If you are in danger now, call your local emergency number.
Last updated: 2026-03-14
"""


def test_the_plan_as_text_lists_every_step_in_order() -> None:
    text = plan_as_text(PLAN)
    assert text.startswith(EXPECTED)
    assert "Safety Planning Intervention" in text  # the attribution travels with it


def test_fixed_phrases_are_translated_and_the_persons_words_are_not() -> None:
    text = plan_as_text(PLAN, translate=str.upper)
    assert "MY SAFETY PLAN" in text
    assert "1. SIGNS THAT A HARD TIME IS STARTING" in text
    assert "Sam — 07700 900123" in text


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_copy_is_private_says_it_is_not_encrypted_and_reads_back(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = write_plaintext_copy(PLAN, data)
    assert path == plaintext_copy_path(data) == data / PLAINTEXT_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    text = read_plaintext_copy(data)
    assert text is not None
    assert text.splitlines()[1].startswith("This copy is not encrypted")
    assert "I stop answering messages" in text
    assert [p.name for p in data.iterdir()] == [PLAINTEXT_NAME]  # no temp file left


def test_writing_again_replaces_the_copy(tmp_path: Path) -> None:
    write_plaintext_copy(PLAN, tmp_path)
    write_plaintext_copy(make_plan({PlanStep.ON_MY_OWN: [PlanItem("tea")]}), tmp_path)
    text = read_plaintext_copy(tmp_path)
    assert text is not None
    assert "tea" in text
    assert "Sam" not in text


def test_turning_the_copy_off_removes_it_and_any_half_written_temp_file(tmp_path: Path) -> None:
    write_plaintext_copy(PLAN, tmp_path)
    stray = tmp_path / f".{PLAINTEXT_NAME}.abc123.tmp"
    stray.write_text("half", encoding="utf-8")
    other = tmp_path / "preferences.json"
    other.write_text("{}", encoding="utf-8")
    assert remove_plaintext_copy(tmp_path) is True
    assert sorted(p.name for p in tmp_path.iterdir()) == ["preferences.json"]
    assert read_plaintext_copy(tmp_path) is None
    assert remove_plaintext_copy(tmp_path) is False
    assert remove_plaintext_copy(tmp_path / "never-made") is False


def test_sync_follows_the_persons_choice(tmp_path: Path) -> None:
    assert sync_plaintext_copy(PLAN, tmp_path, enabled=True) == tmp_path / PLAINTEXT_NAME
    assert read_plaintext_copy(tmp_path) is not None
    assert sync_plaintext_copy(PLAN, tmp_path, enabled=False) is None
    assert read_plaintext_copy(tmp_path) is None


def test_reading_never_fails_on_what_happens_to_be_on_the_disk(tmp_path: Path) -> None:
    path = tmp_path / PLAINTEXT_NAME
    path.write_bytes(b"caf\xe9 \xff")
    assert read_plaintext_copy(tmp_path) == "caf\ufffd \ufffd"
    path.write_bytes(b"x" * (MAX_COPY_BYTES + 1))
    assert read_plaintext_copy(tmp_path) is None
    path.unlink()
    path.mkdir()
    assert read_plaintext_copy(tmp_path) is None


@given(st.text(max_size=200).filter(lambda t: t.strip()))
def test_any_line_shows_up_in_the_text(line: str) -> None:
    plan = SafetyPlan({PlanStep.ON_MY_OWN: (PlanItem(line),)})
    text = plan_as_text(plan)
    for part in line.splitlines():
        assert part in text
