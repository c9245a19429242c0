"""Help-directory speed: loading the bundled file and searching it.

    python benchmarks/directory_bench.py [--quick]

* cold load in a fresh process: interpreter start excluded, imports of the resources
  package + read + JSON parse + validation + indexing (what the help panel waits for the
  first time), against plain ``json.loads`` of the same file as the baseline;
* in-process load (``Directory.load``, no cache), best and median of several runs;
* the help panel's first questions (``emergency`` + ``for_country``);
* search p50/p95 over 50 varied queries across the whole directory (goal p95 <= 5 ms),
  against a naive scan that normalises every field at query time, and with the
  ``open_now`` filter.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import Measurement, percentile  # noqa: E402

QUERIES = (
    "samaritans", "suicide", "youth", "lgbtq", "spanish", "french", "welsh", "988", "116 123",
    "text", "veterans", "eating", "domestic violence", "sexual", "alcohol", "drugs",
    "peer support", "online counselling", "employee assistance", "education", "japan",
    "deutschland", "germany", "télé", "tele accueil", "esperanza", "españa", "mexico",
    "brazil", "india", "kids", "children", "lifeline", "befrienders", "crisis", "emergency",
    "police", "ambulance", "mind", "depression", "anxiety", "nhs", "canada", "australia",
    "new zealand", "south africa", "ireland", "zz no match", "a", "mental health",
)  # fmt: skip

_CHILD = """
import sys, time, json
sys.path.insert(0, {root!r})
t0 = time.perf_counter()
from companion.core.resources.directory import load_bundled
d = load_bundled()
t1 = time.perf_counter()
d.emergency("GB"); d.for_country("GB")
t2 = time.perf_counter()
print(json.dumps({{"load": (t1 - t0) * 1000, "first": (t2 - t1) * 1000}}))
"""

_BASELINE_CHILD = """
import sys, time, json
t0 = time.perf_counter()
data = json.loads(open({path!r}, "rb").read())
print(json.dumps({{"load": (time.perf_counter() - t0) * 1000}}))
"""


def _child(code: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(out.stdout)
    return result


def _naive_search(services: tuple[object, ...], text: str) -> list[object]:
    """What search would cost without the precomputed index (the baseline)."""
    from companion.core.resources.directory import Directory, normalise

    words = normalise(text).split()
    # Rebuilding each haystack per query is exactly the work the load-time index saves.
    return [s for s in services if all(w in Directory._haystack(s) for w in words)]  # type: ignore[arg-type]


def run(quick: bool) -> list[Measurement]:
    """Measure load and search; see the module docstring."""
    from companion.core.assets import asset_path
    from companion.core.resources.directory import Directory
    from companion.core.resources.records import SearchQuery

    path = str(asset_path("resources", "directory.json"))
    rounds = 3 if quick else 7
    cold = [_child(_CHILD.format(root=str(ROOT))) for _ in range(rounds)]
    base = [_child(_BASELINE_CHILD.format(path=path)) for _ in range(rounds)]
    cold_load = statistics.median(c["load"] for c in cold)
    first_questions = statistics.median(c["first"] for c in cold)
    json_only = statistics.median(b["load"] for b in base)

    loads = []
    for _ in range(rounds * 2):
        started = time.perf_counter()
        directory = Directory.load(path)
        loads.append((time.perf_counter() - started) * 1000)

    repeats = 5 if quick else 20
    timings: list[float] = []
    naive: list[float] = []
    open_now: list[float] = []
    now = datetime(2026, 1, 5, 20, 0, tzinfo=UTC)
    for _ in range(repeats):
        for text in QUERIES:
            started = time.perf_counter()
            directory.search(SearchQuery(text=text))
            timings.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            directory.search(SearchQuery(text=text, open_now=True, now=now))
            open_now.append((time.perf_counter() - started) * 1000)
        for text in QUERIES[:10]:
            started = time.perf_counter()
            _naive_search(directory.services, text)
            naive.append((time.perf_counter() - started) * 1000)

    services = len(directory.services)
    return [
        Measurement(
            "directory cold load, fresh process (imports+parse+validate+index)",
            cold_load,
            "ms",
            "json.loads only",
            json_only,
            goal="well under 1 s (help on screen in under a second)",
        ),
        Measurement("directory load in process (best)", min(loads), "ms"),
        Measurement("directory load in process (median)", statistics.median(loads), "ms"),
        Measurement("emergency + for_country after load", first_questions, "ms"),
        Measurement(
            f"search p50 ({len(QUERIES)} queries, {services} services)",
            percentile(timings, 50),
            "ms",
            "naive scan p50",
            percentile(naive, 50),
        ),
        Measurement(
            f"search p95 ({len(QUERIES)} queries, {services} services)",
            percentile(timings, 95),
            "ms",
            "naive scan p95",
            percentile(naive, 95),
            goal="<= 5 ms",
        ),
        Measurement(
            "search p95 with open_now filter", percentile(open_now, 95), "ms", goal="<= 5 ms"
        ),
    ]


def main() -> int:
    quick = "--quick" in sys.argv[1:]
    for item in run(quick):
        print(item.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
