"""The panel on the real bundled directory, and real local packs (valid and broken)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.resources.directory import load_bundled
from companion.core.resources.loading import load_help_data
from companion.core.resources.packs import PackLocations
from companion.core.resources.records import Category
from companion.ui.help.panel import HelpPanel

CRISIS = "Crisis lines — someone to talk to now"


@pytest.mark.parametrize(
    ("country", "first_number"),
    [("GB", "999"), ("US", "911"), ("DE", "112"), ("JP", "119"), ("IN", "112")],
)
def test_bundled_countries_show_emergency_number_then_crisis_lines(
    qtbot: QtBot, noon_utc: FakeClock, country: str, first_number: str
) -> None:
    directory = load_bundled()
    panel = HelpPanel(directory, country=country, clock=noon_utc)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.emergency_text().split(" or ")[0] == first_number
    assert panel.section_titles()[0] == CRISIS
    first = panel.cards()[0].service
    assert first.category is Category.CRISIS_LINE
    assert first.country == country
    # Every card states where its facts came from.
    assert all(card.findChild(QLabel, "sourceLine") for card in panel.cards())


def test_every_bundled_country_opens_with_help(qtbot: QtBot, noon_utc: FakeClock) -> None:
    directory = load_bundled()
    panel = HelpPanel(directory, clock=noon_utc)
    qtbot.addWidget(panel)
    for entry in directory.countries():
        panel.show_country(entry.code)
        emergency = directory.emergency(entry.code)
        if emergency is not None and emergency.phones:
            assert panel.emergency_text().startswith(emergency.phones[0].display)
        assert panel.cards(), entry.code  # its own lines, or help from anywhere


def pack_doc(dial: str) -> dict[str, object]:
    return {
        "format": "companion-resources",
        "version": 1,
        "pack": {"organisation": "Leeds Central Library", "region": "Leeds"},
        "services": [
            {
                "id": "leeds-tuesday-group",
                "country": "GB",
                "name": "Tuesday peer support group",
                "category": "crisis-line",
                "phones": [{"display": "0113 000 0000", "dial": dial}],
                "sources": [{"reference": "https://library.example/groups"}],
            }
        ],
    }


def test_valid_local_pack_is_listed_first_and_marked(
    qtbot: QtBot, tmp_path: Path, noon_utc: FakeClock
) -> None:
    pack = tmp_path / "leeds.json"
    pack.write_text(json.dumps(pack_doc("01130000000")), encoding="utf-8")
    data = load_help_data([pack], discover=False)
    assert data.problems == ()
    panel = HelpPanel(data.directory, country="GB", clock=noon_utc, problems=data.problems)
    qtbot.addWidget(panel)
    panel.show()
    card = panel.cards()[0]
    assert card.service.id == "leeds-tuesday-group"
    assert card.findChild(QLabel, "addedBy").text() == "Added by Leeds Central Library · Leeds"
    assert not panel.notice.isVisible()


@pytest.mark.parametrize("content", ["{not json", json.dumps(pack_doc("call us!"))])
def test_broken_local_pack_keeps_bundled_help_and_says_why(
    qtbot: QtBot, tmp_path: Path, noon_utc: FakeClock, content: str
) -> None:
    pack = tmp_path / "broken.json"
    pack.write_text(content, encoding="utf-8")
    # Discovery on, but pointed at folders under our control.
    data = load_help_data(
        [], locations=PackLocations(explicit=(tmp_path,), exe_dir=None, system_dirs=())
    )
    assert len(data.problems) == 1
    panel = HelpPanel(data.directory, country="GB", clock=noon_utc, problems=data.problems)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.emergency_text().startswith("999")
    assert panel.cards()[0].service.id == "gb-samaritans"
    assert panel.notice.isVisible()
    assert str(pack) in panel.notice.message.text()
    assert panel.notice.details.text().startswith(f"{pack}:")
