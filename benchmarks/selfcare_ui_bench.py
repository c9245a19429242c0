"""Self-care screens' speed (figures named "insights UI …"): ticking and switching insight views.

    python benchmarks/selfcare_ui_bench.py [--quick] [--json FILE]

Builds the same vault as ``insights_bench`` (100,000 entries over 30 years and daily
check-ins; ``--quick``: 10,000), unlocks it, and drives the real widgets offscreen, events
processed (so layout and painting count):

* ticking a check-in on the check-in page (the write, the week's sentence and the
  days-in-a-row sentence), goal <= 16 ms (a frame); baseline: the store's tick alone;
* switching the insights page between "Last 7 days", "Last 30 days" and "Last 12 months"
  (the mood chart recomputed and drawn), goal <= 16 ms; baseline: the core's mood series
  for 30 days alone;
* switching insight tabs with their data recomputed (weekdays and times, what goes with
  mood, emotions, year in pixels), goal <= 16 ms for the cheap ones (the full correlation
  table is measured for the record).

Nothing passes or fails on speed: the figures are printed with their goals.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.common import Measurement, percentile  # noqa: E402
from benchmarks.insights_bench import END, PASSPHRASE, _fill  # noqa: E402
from companion.core.checkins.store import CheckinStore  # noqa: E402
from companion.core.clock import FakeClock  # noqa: E402
from companion.core.features import FEATURE_SCHEMAS  # noqa: E402
from companion.core.insights import DateRange, Granularity, Insights  # noqa: E402
from companion.core.vault.service import VaultService  # noqa: E402


def _time(fn: Callable[[], object], rounds: int) -> list[float]:
    """Wall-clock milliseconds of ``rounds`` calls (after one warm-up call)."""
    fn()
    found = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        found.append((time.perf_counter() - started) * 1000)
    return found


def run(quick: bool) -> list[Measurement]:
    """Build the vault, drive the screens, clean up; the figures as Measurements."""
    from companion.ui.checkins.page import CheckinPage
    from companion.ui.insights.page import InsightsPage
    from companion.ui.shell.preferences_store import PreferencesStore
    from companion.ui.shell.session import Session

    app = QApplication.instance() or QApplication(["selfcare-ui-bench"])
    count = 10_000 if quick else 100_000
    rounds = 20 if quick else 60
    label = f"insights UI {count // 1000}k"
    folder = Path(tempfile.mkdtemp(prefix="selfcare-ui-bench-"))
    clock = FakeClock(datetime(2026, 11, 30, 20, 0, tzinfo=UTC))
    service = VaultService.fast_for_tests(FEATURE_SCHEMAS, clock)
    results: list[Measurement] = []
    try:
        vault, _ = service.create(folder / "vault", PASSPHRASE)
        _fill(vault.connection, count)
        vault.lock()
        session = Session(clock)
        session.attach(service.unlock(folder / "vault", PASSPHRASE))
        conn = session.vault.connection

        def settle() -> None:
            app.processEvents()

        # -- ticking ---------------------------------------------------------------------
        page = CheckinPage(session, clock, PreferencesStore(None))
        page.resize(800, 900)
        page.show()
        settle()
        store = CheckinStore(conn, clock)
        water = next(a.id for a in store.actions() if a.builtin == "water")
        box = page.boxes[water]

        def tick_ui_once() -> None:
            box.click()
            settle()

        tick_ui = _time(tick_ui_once, rounds * 2)
        state = {"done": True}

        def tick_store() -> None:
            store.set_done(clock.now().date(), water, state["done"])
            state["done"] = not state["done"]

        tick_core = _time(tick_store, rounds * 2)
        for pct in (50, 95):
            results.append(
                Measurement(
                    f"{label} tick on the check-in page p{pct}",
                    percentile(tick_ui, pct),
                    "ms",
                    f"store tick alone p{pct}",
                    percentile(tick_core, pct),
                    "<= 16 ms",
                )
            )
        page.close()

        # -- switching insight views ----------------------------------------------------------
        insights_page = InsightsPage(session, clock)
        insights_page.resize(1000, 800)
        insights_page.show()
        settle()
        insights = Insights(conn)
        month = DateRange(END - timedelta(days=29), END)
        core_month = _time(lambda: insights.mood_over_time(month, Granularity.DAY), rounds)
        for key in ("week", "month", "year"):
            other = "month" if key != "month" else "week"

            def switch(key: str = key, other: str = other) -> None:
                insights_page.set_range(other)
                settle()
                insights_page.set_range(key)
                settle()

            # Each call switches twice; half of it is one switch.
            wall = [ms / 2 for ms in _time(switch, rounds)]
            results.append(
                Measurement(
                    f"{label} switch to '{key}' (mood over time), p95",
                    percentile(wall, 95),
                    "ms",
                    "core mood series, 30 days, p50",
                    percentile(core_month, 50),
                    "<= 16 ms",
                )
            )
        insights_page.set_range("month")
        for tab in ("when", "emotions", "pixels", "together"):
            timings: list[float] = []
            for _ in range(rounds):
                insights_page.invalidate()  # the data changed: the tab recomputes
                insights_page.show_tab("mood")
                settle()
                started = time.perf_counter()
                insights_page.show_tab(tab)
                settle()
                timings.append((time.perf_counter() - started) * 1000)
            results.append(
                Measurement(
                    f"{label} show tab '{tab}', last 30 days, recomputed, p95",
                    percentile(timings, 95),
                    "ms",
                    goal="<= 16 ms" if tab != "together" else None,
                )
            )
        insights_page.close()
        session.lock()
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
    if args.json:
        Path(args.json).write_text(
            json.dumps([m.as_dict() for m in results], indent=2), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    os.umask(0o077)
    sys.exit(main())
