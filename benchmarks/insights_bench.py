"""Insights and check-in speed on a large, real (encrypted, on-disk) vault.

    python benchmarks/insights_bench.py [--quick] [--json FILE]

Builds a vault with every feature's schema through ``VaultService`` (test key-derivation
costs: the KDF is not what is measured here), then fills it with 100,000 entries over 30
years (``--quick``: 10,000) — moods, tags and emotions drawn at random, a short text each
(insights never read the text) — and 30 years of daily check-ins (8 actions, each ticked
on 40% of days). It then locks the vault and unlocks it again, as the app does, and
measures, wall clock and CPU, on the GUI thread's code path:

* every insight for the last year: mood over time by day, week and month, year in
  pixels, the calendar month, mood by weekday and by time of day, emotion frequencies,
  and the full correlation table (tags and check-in actions), goal <= 100 ms each;
* the same correlation table and a monthly series over all 30 years (for the record);
* ticking a check-in (one fsync'd WAL commit), goal <= 16 ms (a frame).

Baselines from the same run: for the insights, reading the year's raw ``(day, mood)``
rows (the least any mood insight must read); for the tick, saving one journal entry
(the journal's own write path, same vault, same fsync). Nothing passes or fails on
speed: the figures are printed with their goals. The data is synthetic and lives in a
temporary folder deleted afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import sqlcipher3  # noqa: E402

from benchmarks.common import Measurement, percentile  # noqa: E402
from companion.core.checkins.store import CheckinStore  # noqa: E402
from companion.core.clock import FakeClock  # noqa: E402
from companion.core.features import FEATURE_SCHEMAS  # noqa: E402
from companion.core.insights import DateRange, Granularity, Insights  # noqa: E402
from companion.core.journal import Journal  # noqa: E402
from companion.core.journal.models import EntryDraft, Mood  # noqa: E402
from companion.core.journal.rows import to_us  # noqa: E402
from companion.core.vault.service import VaultService  # noqa: E402

SEED = 20261205
YEARS = 30
END = date(2026, 11, 30)
PASSPHRASE = "insights benchmark passphrase"
TICK_PROBABILITY = 0.4


def _fill(conn: sqlcipher3.Connection, count: int) -> None:
    """Entries, their tags and emotions, and daily check-ins, in one transaction."""
    rng = random.Random(SEED)
    tags = [int(r[0]) for r in conn.execute("SELECT id FROM tag")]
    emotions = [int(r[0]) for r in conn.execute("SELECT id FROM emotion")]
    actions = [int(r[0]) for r in conn.execute("SELECT id FROM checkin_action")]
    start = datetime.combine(END, datetime.min.time(), UTC) - timedelta(days=365 * YEARS)
    span_us = YEARS * 365 * 86_400 * 1_000_000
    instants = sorted(rng.randrange(span_us) for _ in range(count))
    conn.execute("BEGIN")
    for entry_id, offset_us in enumerate(instants, start=1):
        hours = rng.choice((0, 1, 1, 2, -5, 9))
        moment = (start + timedelta(microseconds=offset_us)).astimezone(
            timezone(timedelta(hours=hours))
        )
        c_us = to_us(moment)
        conn.execute(
            "INSERT INTO entry (id, created_us, created_offset, local_date, edited_us,"
            " edited_offset, mood) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                entry_id,
                c_us,
                hours * 3600,
                moment.date().isoformat(),
                c_us,
                hours * 3600,
                rng.choice((None, 1, 2, 3, 3, 3, 4, 4, 4, 5)),
            ),
        )
        conn.execute("INSERT INTO entry_text (id, body) VALUES (?, ?)", (entry_id, "a short day"))
        conn.executemany(
            "INSERT INTO entry_tag VALUES (?, ?, ?)",
            [(entry_id, t, p) for p, t in enumerate(rng.sample(tags, rng.randint(0, 4)))],
        )
        conn.executemany(
            "INSERT INTO entry_emotion VALUES (?, ?, ?)",
            [(entry_id, e, p) for p, e in enumerate(rng.sample(emotions, rng.randint(0, 3)))],
        )
    day = END - timedelta(days=365 * YEARS)
    while day <= END:
        conn.executemany(
            "INSERT INTO checkin_tick (day, action_id) VALUES (?, ?)",
            [(day.isoformat(), a) for a in actions if rng.random() < TICK_PROBABILITY],
        )
        day += timedelta(days=1)
    conn.commit()


def _time(fn: Callable[[], object], rounds: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of ``rounds`` calls (after one warm-up call)."""
    fn()
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(rounds):
        w, c = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - w) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return wall, cpu


def run(quick: bool) -> list[Measurement]:
    """Build the vault, measure, clean up; the figures as Measurements."""
    count = 10_000 if quick else 100_000
    rounds = 5 if quick else 15
    label = f"insights {count // 1000}k"
    folder = Path(tempfile.mkdtemp(prefix="insights-bench-"))
    clock = FakeClock(datetime(2026, 11, 30, 20, 0, tzinfo=UTC))
    service = VaultService.fast_for_tests(FEATURE_SCHEMAS, clock)
    try:
        started = time.perf_counter()
        vault, _ = service.create(folder / "vault", PASSPHRASE)
        _fill(vault.connection, count)
        vault.lock()
        built = time.perf_counter() - started
        vault = service.unlock(folder / "vault", PASSPHRASE)
        conn = vault.connection
        journal = Journal(conn, clock)  # sets the page cache the app's connection has
        insights = Insights(conn)
        checkins = CheckinStore(conn, clock)
        year = DateRange(END - timedelta(days=364), END)
        ever = DateRange(insights.first_day() or year.start, END)

        def raw_year() -> object:
            return conn.execute(
                "SELECT local_date, mood FROM entry WHERE deleted_us IS NULL"
                " AND local_date BETWEEN ? AND ?",
                (year.start.isoformat(), year.end.isoformat()),
            ).fetchall()

        work: dict[str, Callable[[], object]] = {
            "mood over time, by day, a year": lambda: insights.mood_over_time(
                year, Granularity.DAY
            ),
            "mood over time, by week, a year": lambda: insights.mood_over_time(
                year, Granularity.WEEK
            ),
            "mood over time, by month, a year": lambda: insights.mood_over_time(
                year, Granularity.MONTH
            ),
            "year in pixels, a year": lambda: insights.year_in_pixels(END.year),
            "calendar month (a month)": lambda: insights.calendar_month(END.year, END.month),
            "mood by weekday, a year": lambda: insights.mood_by_weekday(year),
            "mood by time of day, a year": lambda: insights.mood_by_time_of_day(year),
            "emotion frequencies, a year": lambda: insights.emotion_frequencies(year),
            "full correlation table, a year": lambda: insights.correlations(year),
        }
        baseline_wall, _ = _time(raw_year, rounds)
        baseline = percentile(baseline_wall, 50)
        results = [Measurement(f"{label} build + lock (one transaction)", built, "s")]
        for name, fn in work.items():
            wall, cpu = _time(fn, rounds)
            results.append(
                Measurement(
                    f"{label} {name}, p95",
                    percentile(wall, 95),
                    "ms",
                    "raw (day, mood) rows of the year p50",
                    baseline,
                    "<= 100 ms",
                )
            )
            results.append(Measurement(f"{label} {name}, CPU p50", percentile(cpu, 50), "ms"))
        for name, fn in {
            "full correlation table, 30 years": lambda: insights.correlations(ever),
            "mood by month, 30 years": lambda: insights.mood_over_time(ever, Granularity.MONTH),
        }.items():
            wall, _ = _time(fn, max(3, rounds // 3))
            results.append(Measurement(f"{label} {name}, p50", percentile(wall, 50), "ms"))

        water = next(a.id for a in checkins.actions() if a.builtin == "water")
        today = checkins.today()
        state = {"done": True}

        def tick() -> None:
            checkins.set_done(today, water, state["done"])
            state["done"] = not state["done"]

        tick_wall, _ = _time(tick, 40 if quick else 200)
        save_wall, _ = _time(
            lambda: journal.create(EntryDraft(text="a benchmark day", mood=Mood.OKAY)),
            20 if quick else 100,
        )
        for pct in (50, 95):
            results.append(
                Measurement(
                    f"{label} check-in tick p{pct} (WAL, synchronous=FULL)",
                    percentile(tick_wall, pct),
                    "ms",
                    f"journal save p{pct}",
                    percentile(save_wall, pct),
                    "<= 16 ms",
                )
            )
        vault.lock()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 entries, fewer rounds")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args()
    results = run(args.quick)
    for item in results:
        print(item.line())
    print(json.dumps([m.as_dict() for m in results]))
    if args.json:
        Path(args.json).write_text(
            json.dumps([m.as_dict() for m in results], indent=2), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    os.umask(0o077)
    sys.exit(main())
