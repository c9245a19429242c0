"""Built-in emotions and tags, the user's own tags, and their order."""

from __future__ import annotations

import pytest

from companion.core.errors import InvalidEntry
from companion.core.journal import BUILTIN_EMOTIONS, BUILTIN_TAGS, Journal
from companion.core.journal.models import EntryDraft, TagKind


def test_builtins(journal: Journal) -> None:
    assert journal.emotions() == list(BUILTIN_EMOTIONS)
    assert len(BUILTIN_EMOTIONS) == 30
    assert {"calm", "anxious", "lonely", "grateful", "numb"} <= set(BUILTIN_EMOTIONS)
    tags = journal.tags()
    assert [(t.name, t.kind) for t in tags] == list(BUILTIN_TAGS)
    assert all(t.builtin for t in tags)
    assert {t.name for t in journal.tags(TagKind.SELF_CARE)} >= {"slept well", "rested"}
    assert all(t.kind is TagKind.ACTIVITY for t in journal.tags(TagKind.ACTIVITY))


def test_add_tag_trims_and_is_unique_without_case(journal: Journal) -> None:
    tag = journal.add_tag("  Choir   practice ", TagKind.ACTIVITY)
    assert (tag.name, tag.kind, tag.builtin) == ("Choir practice", TagKind.ACTIVITY, False)
    assert journal.tags()[-1] == tag
    for duplicate in ("choir PRACTICE", "Work", "SLEPT WELL"):
        with pytest.raises(InvalidEntry) as info:
            journal.add_tag(duplicate, TagKind.SELF_CARE)
        assert info.value.field == "name"
    entry = journal.create(EntryDraft(tags=("CHOIR practice",)))
    assert entry.tags == ("Choir practice",)


def test_unicode_names_fold_case(journal: Journal) -> None:
    journal.add_tag("Straße", TagKind.ACTIVITY)
    with pytest.raises(InvalidEntry):
        journal.add_tag("STRASSE", TagKind.ACTIVITY)


@pytest.mark.parametrize("name", ["", "   ", "x" * 41, "tab\x07bell"])
def test_bad_tag_names(journal: Journal, name: str) -> None:
    with pytest.raises(InvalidEntry):
        journal.add_tag(name, TagKind.ACTIVITY)


def test_bad_tag_kind(journal: Journal) -> None:
    with pytest.raises(InvalidEntry) as info:
        journal.add_tag("x", 3)  # type: ignore[arg-type]
    assert info.value.field == "kind"


def test_set_tags_seq_moves_named_tags_first(journal: Journal) -> None:
    own = journal.add_tag("Choir", TagKind.ACTIVITY)
    journal.set_tags_seq(["choir", "Rested", "work"])
    names = [t.name for t in journal.tags()]
    assert names[:3] == ["Choir", "rested", "work"]
    assert sorted(names) == sorted([n for n, _ in BUILTIN_TAGS] + [own.name])
    assert journal.tags(TagKind.SELF_CARE)[0].name == "rested"
    with pytest.raises(InvalidEntry):
        journal.set_tags_seq(["no such tag"])
    assert [t.name for t in journal.tags()][:3] == ["Choir", "rested", "work"]
