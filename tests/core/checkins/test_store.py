"""The check-in list and its ticks, in the vault."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.checkins.errors import ActionNotFound, InvalidCheckin
from companion.core.checkins.models import DEFAULT_ACTIONS, MAX_LABEL_LENGTH
from companion.core.checkins.store import CheckinStore

TODAY = date(2026, 3, 14)


def test_a_new_vault_has_the_default_actions_with_kind_labels(store: CheckinStore) -> None:
    actions = store.actions()
    assert [a.builtin for a in actions] == [d.key for d in DEFAULT_ACTIONS]
    assert {"sleep", "water", "food", "movement", "outdoors", "connect", "medication", "rest"} == {
        a.builtin for a in actions
    }
    outdoors = next(a for a in actions if a.builtin == "outdoors")
    assert outdoors.label == "Spent time outdoors"
    assert all(a.active and a.has_default_label for a in actions)


def test_tick_and_untick_a_day(store: CheckinStore) -> None:
    water = store.actions()[1].id
    rest = store.actions()[7].id
    store.set_done(TODAY, water, True)
    store.set_done(TODAY, water, True)  # idempotent
    store.set_done(TODAY, rest, True)
    assert store.day(TODAY).done == {water, rest}
    store.set_done(TODAY, water, False)
    store.set_done(TODAY, water, False)
    assert store.day(TODAY).done == {rest}
    assert store.day(date(2026, 3, 13)).done == frozenset()


def test_past_days_can_be_ticked_but_not_future_ones(store: CheckinStore) -> None:
    action = store.actions()[0].id
    store.set_done(date(2026, 3, 1), action, True)
    with pytest.raises(InvalidCheckin):
        store.set_done(date(2026, 3, 15), action, True)
    with pytest.raises(InvalidCheckin):
        store.set_done(datetime(2026, 3, 1, 8, 0), action, True)
    with pytest.raises(ActionNotFound):
        store.set_done(TODAY, 999, True)
    assert store.today() == TODAY


def test_done_between_groups_ticks_by_day(store: CheckinStore) -> None:
    a, b = store.actions()[0].id, store.actions()[1].id
    for day, action in [(date(2026, 3, 1), a), (date(2026, 3, 1), b), (date(2026, 3, 3), b)]:
        store.set_done(day, action, True)
    store.set_done(date(2026, 2, 28), a, True)
    assert store.done_between(date(2026, 3, 1), date(2026, 3, 31)) == {
        date(2026, 3, 1): frozenset({a, b}),
        date(2026, 3, 3): frozenset({b}),
    }
    with pytest.raises(InvalidCheckin):
        store.done_between(date(2026, 3, 2), date(2026, 3, 1))


def test_the_persons_own_actions(store: CheckinStore) -> None:
    own = store.add_action("  Called   my sister ")
    assert own.label == "Called my sister"
    assert own.builtin is None
    assert store.actions()[-1] == own
    with pytest.raises(InvalidCheckin):
        store.add_action("called MY sister")
    renamed = store.rename_action(own.id, "Called Mum")
    assert renamed.label == "Called Mum"
    with pytest.raises(InvalidCheckin):
        store.rename_action(own.id, "Drank some water")
    for bad in ("", "   ", "x" * (MAX_LABEL_LENGTH + 1), "tab\x00"):
        with pytest.raises(InvalidCheckin):
            store.add_action(bad)


def test_hiding_keeps_history_and_adding_the_same_label_shows_it_again(
    store: CheckinStore,
) -> None:
    medication = next(a for a in store.actions() if a.builtin == "medication")
    store.set_done(TODAY, medication.id, True)
    store.set_shown(medication.id, False)
    assert medication.id not in {a.id for a in store.actions()}
    assert medication.id in {a.id for a in store.actions(include_hidden=True)}
    assert store.day(TODAY).done == {medication.id}
    again = store.add_action("took my medication")
    assert again.id == medication.id
    assert again.active


def test_order_and_delete(store: CheckinStore, conn: sqlcipher3.Connection) -> None:
    ids = [a.id for a in store.actions()]
    store.set_order([ids[3], ids[0]])
    assert [a.id for a in store.actions()] == [ids[3], ids[0], ids[1], ids[2], *ids[4:]]
    with pytest.raises(ActionNotFound):
        store.set_order([999])
    store.set_done(TODAY, ids[3], True)
    store.delete_action(ids[3])
    assert ids[3] not in {a.id for a in store.actions(include_hidden=True)}
    assert conn.execute("SELECT count(*) FROM checkin_tick").fetchone()[0] == 0
    with pytest.raises(ActionNotFound):
        store.delete_action(ids[3])


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=80))
def test_any_label_is_either_added_cleanly_or_refused(store: CheckinStore, label: str) -> None:
    try:
        action = store.add_action(label)
    except InvalidCheckin:
        return
    assert action.label == action.label.strip()
    assert 0 < len(action.label) <= MAX_LABEL_LENGTH
    assert not any(ord(c) < 32 for c in action.label)
    store.delete_action(action.id)
