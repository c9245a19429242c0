"""The plan in the vault: saved whole, read back in order, all or nothing."""

from __future__ import annotations

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.clock import FakeClock
from companion.core.safety_plan.errors import InvalidSafetyPlan
from companion.core.safety_plan.models import PlanItem, PlanStep, SafetyPlan, make_plan
from companion.core.safety_plan.store import SafetyPlanStore

ALLOWED = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters=[chr(c) for c in range(32) if chr(c) not in "\t\n\r"],
)


def test_an_unsaved_plan_is_empty(store: SafetyPlanStore) -> None:
    plan = store.load()
    assert plan.is_empty
    assert plan.updated_at is None


def test_a_saved_plan_reads_back_in_the_persons_order(
    store: SafetyPlanStore, clock: FakeClock
) -> None:
    plan = make_plan(
        {
            PlanStep.REASONS_TO_LIVE: [PlanItem("my niece"), PlanItem("the sea")],
            PlanStep.WARNING_SIGNS: [PlanItem("I stop eating"), PlanItem("I stay in bed")],
            PlanStep.PROFESSIONALS: [
                PlanItem("Samaritans", "116 123", "gb-samaritans"),
                PlanItem("Dr Okafor", "01632 960 000"),
            ],
        }
    )
    saved = store.save(plan)
    assert saved.updated_at == clock.now()
    loaded = store.load()
    assert loaded == saved
    assert loaded.lines(PlanStep.WARNING_SIGNS) == (
        PlanItem("I stop eating"),
        PlanItem("I stay in bed"),
    )
    assert loaded.lines(PlanStep.PROFESSIONALS)[0].service_id == "gb-samaritans"


def test_saving_one_step_keeps_the_others(store: SafetyPlanStore, clock: FakeClock) -> None:
    store.save(make_plan({PlanStep.ON_MY_OWN: [PlanItem("music")]}))
    clock.advance(60)
    plan = store.save_step(PlanStep.ASK_FOR_HELP, [PlanItem("Sam", "07700 900123")])
    assert plan.lines(PlanStep.ON_MY_OWN) == (PlanItem("music"),)
    assert store.load().lines(PlanStep.ASK_FOR_HELP) == (PlanItem("Sam", "07700 900123"),)
    assert store.load().updated_at == clock.now()


def test_a_rejected_save_leaves_the_saved_plan_as_it_was(store: SafetyPlanStore) -> None:
    before = store.save(make_plan({PlanStep.ON_MY_OWN: [PlanItem("music")]}))
    bad = SafetyPlan({PlanStep.ON_MY_OWN: (PlanItem("fine"), PlanItem("bad\x01"))})
    with pytest.raises(InvalidSafetyPlan):
        store.save(bad)
    assert store.load() == before


def test_clear_deletes_everything(store: SafetyPlanStore, conn: sqlcipher3.Connection) -> None:
    store.save(make_plan({PlanStep.ON_MY_OWN: [PlanItem("music")]}))
    store.clear()
    assert store.load() == SafetyPlan()
    assert conn.execute("SELECT count(*) FROM safety_plan_item").fetchone()[0] == 0


def test_a_step_from_a_later_version_is_skipped_on_reading(
    store: SafetyPlanStore, conn: sqlcipher3.Connection
) -> None:
    conn.execute(
        "INSERT INTO safety_plan_item (step, position, text) VALUES ('future_step', 0, 'x')"
    )
    conn.commit()
    assert store.load().is_empty


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lines=st.lists(
        st.tuples(st.text(ALLOWED, max_size=80), st.none() | st.text(ALLOWED, max_size=40)),
        max_size=6,
    )
)
def test_any_typed_text_round_trips_trimmed(
    store: SafetyPlanStore, lines: list[tuple[str, str | None]]
) -> None:
    items = [PlanItem(text, detail) for text, detail in lines]
    saved = store.save(SafetyPlan({PlanStep.DISTRACTIONS: tuple(items)}))
    expected = tuple(
        PlanItem(text.strip(), (detail or "").strip() or None)
        for text, detail in lines
        if text.strip() or (detail or "").strip()
    )
    assert saved.lines(PlanStep.DISTRACTIONS) == expected
    assert store.load().lines(PlanStep.DISTRACTIONS) == expected
