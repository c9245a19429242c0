"""Search ranks the chosen country first, and a channel word finds that channel."""

from __future__ import annotations

from companion.core.resources.directory import CHANNEL_WORDS, Directory
from companion.core.resources.records import (
    Category,
    Channel,
    Phone,
    SearchQuery,
    Service,
    Sms,
)


def service(sid: str, country: str, name: str, **kw: object) -> Service:
    return Service(id=sid, country=country, name=name, category=Category.CRISIS_LINE, **kw)  # type: ignore[arg-type]


def small_directory() -> Directory:
    return Directory(
        [
            service("us-line", "US", "Youth line", phones=(Phone("1", "1"),), topics=("youth",)),
            service("gb-line", "GB", "Youth text line", sms=(Sms("2", "2"),), topics=("youth",)),
            service("au-chat", "AU", "Youth chat", chat_url="https://c.example", topics=("youth",)),
            service("gb-call", "GB", "Crisis phone", phones=(Phone("3", "3"),), topics=("youth",)),
            service(
                "de-talk", "DE", "Talk", phones=(Phone("4", "4"),), description="No texting here"
            ),
        ]
    )


def ids(found: list[Service]) -> list[str]:
    return [s.id for s in found]


def test_the_chosen_country_comes_first_then_name_matches() -> None:
    directory = small_directory()
    found = ids(directory.search(SearchQuery(text="youth", prefer_country="GB")))
    assert found[:2] == ["gb-line", "gb-call"]  # GB first, name match before topic match
    assert set(found[2:]) == {"us-line", "au-chat"}
    # Without a preference, services whose name matches come first.
    plain = ids(directory.search(SearchQuery(text="youth")))
    assert plain.index("gb-call") == len(plain) - 1


def test_prefer_country_is_case_insensitive() -> None:
    found = ids(small_directory().search(SearchQuery(text="youth", prefer_country="au")))
    assert found[0] == "au-chat"


def test_a_channel_word_finds_the_services_with_that_channel() -> None:
    directory = small_directory()
    assert ids(directory.search(SearchQuery(text="text"))) == ["gb-line"]
    assert ids(directory.search(SearchQuery(text="chat"))) == ["au-chat"]
    called = set(ids(directory.search(SearchQuery(text="call"))))
    assert called == {"us-line", "gb-call", "de-talk"}
    # Other words still narrow: "youth call" keeps phone services about youth only.
    assert set(ids(directory.search(SearchQuery(text="youth call")))) == {"us-line", "gb-call"}


def test_channel_words_name_real_channels() -> None:
    assert CHANNEL_WORDS["text"] is Channel.SMS
    assert CHANNEL_WORDS["chat"] is Channel.CHAT
    assert CHANNEL_WORDS["call"] is Channel.PHONE
