"""Self-test checks for the self-care toolkit: safety plan, breathing, check-ins, insights.

Everything runs against an encrypted in-memory vault with every feature's tables, so the
checks prove the schemas migrate and the code paths work in the shipped build, and
leave nothing on disk except the plain-text-copy check's own scratch folder.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from companion.selftest.framework import SelfTest, expect

ORDER = 40


def run(test: SelfTest) -> None:
    """Save and read a plan, time a breath, tick a check-in, compute insights."""
    from companion.core.checkins.store import CheckinStore
    from companion.core.checkins.summary import care_run
    from companion.core.clock import FakeClock
    from companion.core.exercises.breathing import (
        BOX,
        FOUR_SEVEN_EIGHT,
        SLOW,
        Phase,
        phases,
        state_at,
    )
    from companion.core.features import FEATURE_SCHEMAS
    from companion.core.insights import DateRange, Granularity, Insights
    from companion.core.journal import Journal
    from companion.core.journal.models import EntryDraft, Mood
    from companion.core.learn.articles import load_articles
    from companion.core.resources.directory import load_bundled
    from companion.core.safety_plan.models import PlanItem, PlanStep, make_plan
    from companion.core.safety_plan.plaintext import (
        read_plaintext_copy,
        remove_plaintext_copy,
        write_plaintext_copy,
    )
    from companion.core.safety_plan.store import SafetyPlanStore
    from companion.core.safety_plan.suggest import suggest_professionals
    from companion.core.vault.service import VaultService

    clock = FakeClock(datetime(2026, 3, 14, 18, 0, tzinfo=UTC))
    vault = VaultService(schemas=FEATURE_SCHEMAS, clock=clock).in_memory()
    conn = vault.connection

    def safety_plan() -> None:
        store = SafetyPlanStore(conn, clock)
        plan = make_plan(
            {
                PlanStep.WARNING_SIGNS: [PlanItem("self-test: I stop answering")],
                PlanStep.REASONS_TO_LIVE: [PlanItem("self-test: the sea")],
            }
        )
        store.save(plan)
        loaded = store.load()
        expect(loaded.lines(PlanStep.WARNING_SIGNS) == plan.lines(PlanStep.WARNING_SIGNS), "lost")
        expect(loaded.updated_at == clock.now(), "the save time was not kept")
        suggestions = suggest_professionals(load_bundled(), "GB", plan=loaded)
        expect(suggestions and suggestions[0].item.service_id, "no step-5 suggestions for GB")

    def plaintext_copy() -> None:
        folder = test.scratch("safety-plan")
        write_plaintext_copy(SafetyPlanStore(conn, clock).load(), folder)
        text = read_plaintext_copy(folder)
        expect(text is not None and "not encrypted" in text, "the copy does not say so")
        expect(remove_plaintext_copy(folder), "the copy was not there to remove")
        expect(read_plaintext_copy(folder) is None, "turning the copy off left it behind")

    def breathing() -> None:
        for pattern, cycle in ((BOX, 16), (FOUR_SEVEN_EIGHT, 19), (SLOW, 10)):
            steps = list(phases(pattern, 3))
            expect(steps[-1].end == 3 * cycle, f"{pattern.id}: three breaths take {steps[-1].end}s")
        expect(state_at(BOX, 5).phase is Phase.HOLD_IN, "box: 5 s in is not the hold")
        expect(SLOW.breaths_per_minute == 6, "slow breathing is not 6 a minute")

    def checkins() -> None:
        store = CheckinStore(conn, clock)
        water = next(a for a in store.actions() if a.builtin == "water")
        today = store.today()
        for back in range(3):
            store.set_done(today - timedelta(days=back), water.id, True)
        store.set_done(today, water.id, False)
        store.set_done(today, water.id, True)
        ticks = store.done_between(today - timedelta(days=6), today)
        expect(care_run(ticks, today).current == 3, "three days in a row were not counted")

    def insights() -> None:
        journal = Journal(conn, clock)
        for day, mood in ((12, Mood.BAD), (13, Mood.GOOD), (13, Mood.GREAT)):
            journal.create(
                EntryDraft(
                    text="self-test",
                    mood=mood,
                    tags=("work",),
                    created_at=datetime(2026, 3, day, 9, tzinfo=UTC),
                )
            )
        span = DateRange(date(2026, 3, 8), date(2026, 3, 14))
        found = Insights(conn)
        week = found.mood_over_time(span, Granularity.WEEK).points
        expect(week[-1].average == (2 + 4.5) / 2, f"week average {week[-1].average}")
        work = next(r for r in found.correlations(span, 1).rows if r.name == "work")
        expect(work.days_with == 2, "the tag's days were not counted")
        expect(len(found.year_in_pixels(2026).days) == 365, "year in pixels is not a year")

    def learn() -> None:
        articles, problems = load_articles()
        expect(not problems, f"unreadable articles: {problems}")
        expect(len(articles) >= 6, "Learn articles are missing")

    try:
        test.check("safety plan: save, read back and suggest help for step 5", safety_plan)
        test.check("safety plan: the plain-text copy is written and removed", plaintext_copy)
        test.check("breathing: box, 4-7-8 and slow patterns keep time", breathing)
        test.check("check-ins: tick, untick and count days in a row", checkins)
        test.check("insights: weekly mood, correlations and year in pixels", insights)
        test.check("learn: every article loads", learn)
    finally:
        vault.lock()
