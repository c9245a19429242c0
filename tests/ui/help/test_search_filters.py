"""Search across every country, and the channel / open-now filters (with a fixed clock)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QStyle, QStyleOptionFrame
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.resources.directory import Directory
from companion.core.resources.records import Channel
from companion.ui.help.panel import HelpPanel

CLOSED_NOW = "○ Closed now"
OPEN_NOW = "● Open now"
HOURS_NOT_LISTED = "Hours not listed"


def panel_for(
    qtbot: QtBot, directory: Directory, clock: FakeClock, country: str = "GB"
) -> HelpPanel:
    panel = HelpPanel(directory, country=country, clock=clock)
    qtbot.addWidget(panel)
    panel.show()
    return panel


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("samaritans", {"gb-samaritans", "gb-samaritans-welsh"}),  # by name
        ("tele manas", {"in-tele-manas"}),  # another country, by name
        ("youth", {"gb-shout", "gb-papyrus", "gb-kooth"}),  # by topic
        ("japanese", {"jp-inochi"}),  # by language name
        ("welsh", {"gb-samaritans-welsh"}),
        ("spanish", {"us-988"}),
        ("tamil", {"in-tele-manas"}),
    ],
)
def test_search_finds_by_name_topic_and_language_in_every_country(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock, text: str, expected: set[str]
) -> None:
    panel = panel_for(qtbot, directory, noon_utc, country="DE")
    panel.set_search(text)
    assert set(panel.visible_service_ids()) == expected
    assert panel.section_titles()[0].endswith("in every country")
    # Results name their country, and the emergency number for *your* country stays on top.
    assert all(card.findChild(type(panel.banner_text), "countryName") for card in panel.cards())
    assert panel.emergency_text() == "112"


def test_typing_in_the_search_box_searches_after_a_pause(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = panel_for(qtbot, directory, noon_utc)
    qtbot.keyClicks(panel.controls.search, "lifeline")
    qtbot.waitUntil(lambda: panel.visible_service_ids() == ["us-988"])
    panel.controls.search.clear()
    qtbot.waitUntil(lambda: panel.visible_service_ids()[0] == "gb-samaritans")


def test_channel_filter_keeps_services_with_that_channel(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = panel_for(qtbot, directory, noon_utc)
    panel.set_channels({Channel.SMS})
    assert panel.visible_service_ids() == ["gb-shout"]
    panel.set_channels({Channel.CHAT})
    assert panel.visible_service_ids() == ["gb-kooth"]
    panel.set_channels({Channel.SMS, Channel.WEBSITE})
    assert set(panel.visible_service_ids()) >= {"gb-shout", "gb-mind", "gb-samaritans"}
    panel.set_channels(set())
    assert len(panel.visible_service_ids()) == 7
    # The checkboxes drive the same filter.
    panel.controls._channel_boxes[Channel.SMS].setChecked(True)
    assert panel.visible_service_ids() == ["gb-shout"]


def test_channel_filter_applies_to_search_results(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = panel_for(qtbot, directory, noon_utc)
    panel.set_channels({Channel.SMS})
    panel.set_search("suicide")
    assert panel.visible_service_ids() == ["us-988"]


def test_open_now_uses_each_services_own_time_zone(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    # Wednesday 12:00 UTC: London noon (PAPYRUS open, Welsh line closed), Tokyo 21:00 (open).
    panel = panel_for(qtbot, directory, noon_utc)
    panel.set_open_now(True)
    ids = panel.visible_service_ids()
    assert "gb-papyrus" in ids
    assert "gb-shout" in ids
    assert "gb-mind" not in ids  # no hours listed: not claimed to be open
    # The Welsh line is closed but stays beside its partner, which is open.
    assert ids.index("gb-samaritans-welsh") == ids.index("gb-samaritans") + 1
    status = {c.service.id: c.status_label.text() for c in panel.cards() if c.status_label}
    assert status["gb-papyrus"] == OPEN_NOW
    assert status["gb-samaritans-welsh"] == CLOSED_NOW
    panel.show_country("JP")
    assert panel.visible_service_ids() == ["jp-inochi"]


def test_open_now_at_night(qtbot: QtBot, directory: Directory) -> None:
    late = FakeClock(datetime(2026, 1, 14, 23, 30, tzinfo=UTC))  # Tokyo 08:30 Thursday
    panel = panel_for(qtbot, directory, late)
    panel.set_open_now(True)
    ids = panel.visible_service_ids()
    assert "gb-papyrus" not in ids
    assert "gb-samaritans" in ids
    panel.show_country("JP")
    assert panel.visible_service_ids() == []
    assert panel.results.findChild(type(panel.banner_text), "emptyMessage") is not None
    panel.set_open_now(False)
    card = panel.cards()[0]
    assert card.status_label.text() == CLOSED_NOW


def test_hours_not_listed_is_said_in_words(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = panel_for(qtbot, directory, noon_utc, country="IN")
    card = panel.cards()[0]
    assert card.status_label.text() == HOURS_NOT_LISTED
    # Plain words, no symbol that could be read as open (●) or closed (○).
    assert card.status_label.text() == "Hours not listed"


def test_search_puts_the_chosen_country_first_and_names_the_channel(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = panel_for(qtbot, directory, noon_utc, "GB")
    panel.set_search("text")
    ids = panel.visible_service_ids()
    # "text" is a way of getting in touch: it finds the services you can text, the
    # chosen country's first, and the heading says so in words.
    assert ids == ["gb-shout", "us-988"]
    heading = panel.section_titles()[0]
    assert "services you can text" in heading
    assert heading.endswith("United Kingdom first")
    panel.set_search("call suicide")
    ids = panel.visible_service_ids()
    assert ids[0].startswith("gb-")
    assert all(directory.get(i).phones for i in ids)  # type: ignore[union-attr]
    assert "services you can call" in panel.section_titles()[0]


@pytest.mark.parametrize("country", ["GB", None])
def test_the_search_hint_shows_whole_and_its_examples_are_offered(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock, country: str | None
) -> None:
    """The hint was cut to "Search every country: young peo…" in every window size."""
    panel = HelpPanel(directory, country=country, clock=noon_utc)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(panel.ready)
    search = panel.controls.search
    option = QStyleOptionFrame()
    search.initStyleOption(option)
    room = search.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, search)
    assert search.fontMetrics().horizontalAdvance(search.placeholderText()) <= room.width()
    examples = "For example: young people, text, Spanish"
    assert search.toolTip() == examples
    assert search.accessibleDescription() == examples
