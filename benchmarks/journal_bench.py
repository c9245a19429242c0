"""Journal speed on a large journal, encrypted (SQLCipher) against plain SQLite.

    python benchmarks/journal_bench.py [--quick] [--keep DIR]

Builds the same synthetic journal twice through the real schema (``schema.migrate``):
100,000 entries over 30 years (``--quick``: 10,000), 20-400 words each from a word list
made up in this script (Zipf-distributed, so some words are everywhere and most are
rare), with moods, tags and emotions. One copy is SQLCipher with a raw 256-bit key, the
other an unkeyed sqlcipher3 connection, i.e. plain SQLite with the same schema and
pragmas (WAL, synchronous=FULL, temp_store=MEMORY, foreign_keys, secure_delete, and the
32 MiB page cache that ``Journal`` sets on its connection).

Each copy is then measured in its own fresh process, so peak RSS belongs to one copy:

* open + first timeline page: connect, key, pragmas, ``Journal.timeline()``. It does NOT
  include Argon2id (the vault's key derivation, measured by ``kdf_bench``); the vault's
  own unlock beyond the KDF is measured by ``transfer_bench``. ``cipher_integrity_check``
  (the background check) is measured separately below, encrypted only.
* search p50/p95 over realistic queries through ``Journal.search`` (with snippets).
* filter queries (mood, tag, emotion, date range, combined) p50/p95 via ``Journal.timeline``.
* saving one entry through ``Journal.create`` (one fsync'd WAL commit) p95.

The data is synthetic and lives in a temporary folder that is deleted afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import sqlcipher3  # noqa: E402

from benchmarks.common import Measurement, peak_rss_mib, percentile  # noqa: E402
from companion.core.clock import SystemClock  # noqa: E402
from companion.core.journal import Journal  # noqa: E402
from companion.core.journal.models import EntryDraft, EntryFilter, Mood  # noqa: E402
from companion.core.journal.rows import to_us  # noqa: E402
from companion.core.journal.schema import JOURNAL_SCHEMA  # noqa: E402
from companion.core.journal.vocabulary import BUILTIN_EMOTIONS, BUILTIN_TAGS  # noqa: E402
from companion.core.vault.migrations import migrate  # noqa: E402

SEED = 20261121
KEY_HEX = "6a" * 16 + "c3" * 16  # a fixed raw key: the data is synthetic
YEARS = 30


def _words(text: str) -> list[str]:
    return text.split()


# Words a diary really uses; they are spread over the frequency ranks among made-up words.
FUNCTION_WORDS = _words(
    "i the and to a was my it of in that for me with on so but we had is at this day "
    "be not just all about out up feel felt today really after what from have got"
)
DIARY_WORDS = _words(
    "walk sister brother mother father friend work meeting coffee tea breakfast lunch "
    "dinner sleep tired headache garden rain sunny cold park dog cat bus train office "
    "boss project deadline email phone call message birthday party cake movie book "
    "music song guitar piano run gym swim bike yoga doctor appointment therapy "
    "medication pharmacy exam study class teacher homework library kitchen cooking soup "
    "bread laundry cleaning shopping market money rent bills holiday beach mountain trip "
    "flight hotel museum concert church neighbour baby wedding funeral hospital nurse "
    "grandma grandpa cousin partner argument apology hug laugh cry worry panic calm "
    "breathing meditation journal gratitude hope lonely proud scared anxious angry "
    "frustrated peaceful motivated nostalgic morning evening night weekend monday friday "
    "snow winter summer spring autumn storm sunset river lake forest painting drawing "
    "writing poem letter interview promotion salary colleague team presentation"
)
SYLLABLES = _words(
    "ka ri to mu sel an ver dor lin pa qua ze bo ni ra tel mon gri fa sho lu pe "
    "dan vik or el sa tum bri cor wen ha jo ye"
)

SEARCH_QUERIES = (
    "walk",
    "sister",
    "headache",
    "garden",
    "coffee",
    "birthday",
    "therapy",
    "work meeting",
    "rain walk",
    '"went for a walk"',
    "gard",
    "presen",
    "grandma hospital",
    "anxious",
    "felt tired",
    "beach holiday",
    "interview",
    "concert",
    "café",
    "today",
)


def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    made_up: set[str] = set()
    while len(made_up) < 8000:
        made_up.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    content = sorted(made_up - set(DIARY_WORDS)) + DIARY_WORDS
    rng.shuffle(content)
    words = FUNCTION_WORDS + content
    weights = [1.0 / (rank**1.05) for rank in range(1, len(words) + 1)]
    return words, weights


def _text(rng: random.Random, words: list[str], cum: list[float]) -> str:
    count = min(400, max(20, int(rng.lognormvariate(4.6, 0.6))))
    chosen = rng.choices(words, cum_weights=cum, k=count)
    sentences: list[str] = []
    i = 0
    while i < count:
        n = rng.randint(5, 16)
        sentence = " ".join(chosen[i : i + n])
        sentences.append(sentence[:1].upper() + sentence[1:] + rng.choice(".!.?."))
        i += n
    paragraphs = [" ".join(sentences[j : j + 4]) for j in range(0, len(sentences), 4)]
    return "\n\n".join(paragraphs)


def _rows(count: int) -> Iterator[tuple[object, ...]]:
    """Deterministic entries: (id, created_us, offset, date, mood, title, body, tags, emotions)."""
    rng = random.Random(SEED)
    words, weights = _vocabulary(rng)
    cum: list[float] = []
    total = 0.0
    for weight in weights:
        total += weight
        cum.append(total)
    start = datetime(2026, 11, 1, tzinfo=UTC) - timedelta(days=365 * YEARS)
    span_us = YEARS * 365 * 86_400 * 1_000_000
    instants = sorted(rng.randrange(span_us) for _ in range(count))
    tag_names = [name for name, _ in BUILTIN_TAGS] + [f"own tag {n}" for n in range(10)]
    for entry_id, offset_us in enumerate(instants, start=1):
        moment = start + timedelta(microseconds=offset_us)
        hours = rng.choice((1, 1, 1, 2, 2, -5, 9))  # home with summer time, some travel
        local = moment.astimezone(timezone(timedelta(hours=hours)))
        mood = rng.choice((None, 1, 2, 3, 3, 3, 4, 4, 4, 5))
        title = (
            " ".join(rng.choices(DIARY_WORDS, k=rng.randint(1, 4))) if rng.random() < 0.4 else None
        )
        tags = rng.sample(tag_names, rng.randint(0, 4))
        emotions = rng.sample(BUILTIN_EMOTIONS, rng.randint(0, 3))
        yield (
            entry_id,
            to_us(moment),
            hours * 3600,
            local.date().isoformat(),
            mood,
            title,
            _text(rng, words, cum),
            tags,
            emotions,
        )


def _connect(path: Path, encrypted: bool) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path))
    if encrypted:
        conn.execute(f"PRAGMA key = \"x'{KEY_HEX}'\"")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    return conn


def build(path: Path, encrypted: bool, count: int) -> float:
    """Create one copy of the journal; returns the seconds it took."""
    started = time.perf_counter()
    conn = _connect(path, encrypted)
    migrate(conn, (JOURNAL_SCHEMA,))
    tag_ids = dict(conn.execute("SELECT name, id FROM tag"))
    for n in range(10):
        cur = conn.execute(
            "INSERT INTO tag (name, name_key, kind, position) VALUES (?, ?, 1, ?)",
            (f"own tag {n}", f"own tag {n}", 100 + n),
        )
        tag_ids[f"own tag {n}"] = cur.lastrowid
    emotion_ids = dict(conn.execute("SELECT name, id FROM emotion"))
    conn.commit()
    conn.execute("BEGIN")
    for eid, c_us, off, day, mood, title, body, tags, emotions in _rows(count):
        conn.execute(
            "INSERT INTO entry (id, created_us, created_offset, created_zone, local_date,"
            " edited_us, edited_offset, mood) VALUES (?, ?, ?, NULL, ?, ?, ?, ?)",
            (eid, c_us, off, day, c_us, off, mood),
        )
        conn.execute(
            "INSERT INTO entry_text (id, title, body, tags_text, emotions_text)"
            " VALUES (?, ?, ?, ?, ?)",
            (eid, title, body, "\n".join(tags), "\n".join(emotions)),  # type: ignore[arg-type]
        )
        conn.executemany(
            "INSERT INTO entry_tag VALUES (?, ?, ?)",
            [(eid, tag_ids[t], p) for p, t in enumerate(tags)],  # type: ignore[arg-type]
        )
        conn.executemany(
            "INSERT INTO entry_emotion VALUES (?, ?, ?)",
            [(eid, emotion_ids[e], p) for p, e in enumerate(emotions)],  # type: ignore[arg-type]
        )
    conn.commit()
    # No ANALYZE: the app never runs it, so the planner works without statistics here too.
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    conn.close()
    return time.perf_counter() - started


def _ms(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def _both(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall-clock ms, CPU ms of this process): CPU time is what other load cannot inflate."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _filters(end: date) -> dict[str, EntryFilter]:
    return {
        "mood awful": EntryFilter(moods=frozenset({Mood.AWFUL})),
        "mood good|great": EntryFilter(moods=frozenset({Mood.GOOD, Mood.GREAT})),
        "tag exercise": EntryFilter(tags=frozenset({"exercise"})),
        "tag own|slept well": EntryFilter(tags=frozenset({"own tag 3", "slept well"})),
        "emotion lonely": EntryFilter(emotions=frozenset({"lonely"})),
        "last 30 days": EntryFilter(date_from=end - timedelta(days=30), date_to=end),
        "a 650-day range": EntryFilter(
            date_from=end - timedelta(days=3650), date_to=end - timedelta(days=3000)
        ),
        "bad+work+5 years": EntryFilter(
            moods=frozenset({Mood.BAD}),
            tags=frozenset({"work"}),
            date_from=end - timedelta(days=365 * 5),
        ),
        "awful+lonely+guilty": EntryFilter(
            moods=frozenset({Mood.AWFUL}), emotions=frozenset({"lonely", "guilty"})
        ),
        "1 year, own tag 7": EntryFilter(
            tags=frozenset({"own tag 7"}), date_from=end - timedelta(days=365)
        ),
    }


def _workload(journal: Journal, end: date) -> dict[str, Callable[[], object]]:
    """Every read the benchmark times, by name."""
    work: dict[str, Callable[[], object]] = {}
    for query in SEARCH_QUERIES:
        work[f"search[{query}]"] = lambda q=query: journal.search(q, limit=50)  # type: ignore[misc]
    for name, flt in _filters(end).items():
        work[f"filter[{name}]"] = lambda f=flt: journal.timeline(f, limit=50)  # type: ignore[misc]
    work["filter[search walk + mood good]"] = lambda: journal.search(
        "walk", EntryFilter(moods=frozenset({Mood.GOOD}))
    )
    work["calendar"] = lambda: journal.days_with_entries(end.year, end.month)
    return work


def measure(paths: dict[str, Path], quick: bool) -> dict[str, dict[str, float]]:
    """Time both copies in one process, alternating encrypted and plain on every call.

    The machine is shared, so its load changes from second to second; alternating call by
    call puts both copies under the same load and keeps the ratios honest.
    """
    names = list(paths)
    samples: dict[str, dict[str, list[float]]] = {n: {} for n in names}
    cpu: dict[str, dict[str, list[float]]] = {n: {} for n in names}

    def add(name: str, key: str, fn: Callable[[], object]) -> None:
        wall, used = _both(fn)
        samples[name].setdefault(key, []).append(wall)
        cpu[name].setdefault(key, []).append(used)

    def first_page(name: str) -> None:
        conn = _connect(paths[name], name == "encrypted")
        Journal(conn, SystemClock()).timeline(limit=50)
        conn.close()

    for _ in range(20):
        for name in names:
            add(name, "open_first_page", lambda n=name: first_page(n))  # type: ignore[misc]

    conns = {n: _connect(paths[n], n == "encrypted") for n in names}
    journals = {n: Journal(conns[n], SystemClock()) for n in names}
    end = date_of(conns[names[0]], "max")
    work = {n: _workload(journals[n], end) for n in names}
    for name in names:  # one warm-up pass: the app keeps its connection open
        for fn in work[name].values():
            fn()
    for _ in range(3 if quick else 7):
        for key in work[names[0]]:
            for name in names:
                add(name, key, work[name][key])

    rng = random.Random(SEED + 1)
    words = DIARY_WORDS + FUNCTION_WORDS
    for _ in range(30 if quick else 100):
        draft = EntryDraft(
            text=" ".join(rng.choices(words, k=rng.randint(20, 400))),
            mood=Mood(rng.randint(1, 5)),
            tags=("work", "slept well"),
            emotions=("calm",),
        )
        for name in names:
            add(name, "save", lambda n=name, d=draft: journals[n].create(d))  # type: ignore[misc]

    edit_rng = random.Random(SEED + 2)
    for _ in range(30 if quick else 100):
        entry_id = edit_rng.randint(1, 1000 if quick else 10_000)
        for name in names:
            old = journals[name].get(entry_id)
            draft = EntryDraft(text=old.text + " and a walk later", mood=old.mood)
            add(name, "edit", lambda n=name, i=entry_id, d=draft: journals[n].update(i, d))  # type: ignore[misc]

    for name in names:  # delete 20 entries for good: FTS5 secure-delete at work
        for entry_id in range(101, 121):
            journals[name].delete(entry_id)
        add(name, "empty_trash_20", journals[name].empty_trash)

    out: dict[str, dict[str, float]] = {}
    for name in names:
        figures: dict[str, float] = {}
        for kind, table in (("", samples[name]), ("cpu_", cpu[name])):
            every_search = [v for k, vs in table.items() if k.startswith("search[") for v in vs]
            every_filter = [v for k, vs in table.items() if k.startswith("filter[") for v in vs]
            for label, values in (
                ("open_first_page", table["open_first_page"]),
                ("search", every_search),
                ("filter", every_filter),
                ("save", table["save"]),
                ("edit", table["edit"]),
            ):
                figures[f"{kind}{label}_p50"] = percentile(values, 50)
                figures[f"{kind}{label}_p95"] = percentile(values, 95)
        figures["empty_trash_20"] = samples[name]["empty_trash_20"][0]
        for key, values in samples[name].items():
            if "[" in key or key == "calendar":
                figures[key] = percentile(values, 50)
        conns[name].close()
        figures["file_mib"] = paths[name].stat().st_size / (1024 * 1024)
        out[name] = figures
    return out


def measure_memory(path: Path, encrypted: bool) -> dict[str, float]:
    """Peak RSS of a fresh process that opens one copy and runs the whole workload once."""
    conn = _connect(path, encrypted)
    journal = Journal(conn, SystemClock())
    for fn in _workload(journal, date_of(conn, "max")).values():
        fn()
    figures = {"peak_rss_mib": peak_rss_mib()}
    if encrypted:
        # The full page check the vault runs in the background and with every backup
        # (it used to run at every unlock).
        figures["cipher_integrity_check"] = _ms(
            lambda: conn.execute("PRAGMA cipher_integrity_check").fetchall()
        )
    conn.close()
    return figures


def date_of(conn: sqlcipher3.Connection, which: str) -> date:
    """The newest (or oldest) local date in the journal."""
    row = conn.execute(f"SELECT {which}(local_date) FROM entry").fetchone()
    return date.fromisoformat(row[0])


def _child(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True, cwd=ROOT
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run(quick: bool, keep: Path | None = None) -> list[Measurement]:
    """Build both copies, measure them side by side in a fresh process, and compare.

    Args:
        quick: 10,000 entries instead of 100,000 and fewer rounds.
        keep: Build into (or reuse the copies already in) this folder and keep them,
            for experiments; by default a temporary folder is used and deleted.
    """
    count = 10_000 if quick else 100_000
    folder = keep or Path(tempfile.mkdtemp(prefix="journal-bench-"))
    load_before = os.getloadavg()[0]
    try:
        paths = {"encrypted": folder / "encrypted.db", "plain": folder / "plain.db"}
        built = {"encrypted": 0.0, "plain": 0.0}
        if not all(p.exists() for p in paths.values()):
            built = {name: build(path, name == "encrypted", count) for name, path in paths.items()}
        quick_flag = ["--quick"] if quick else []
        # The workload edits and deletes entries, so the memory-wiping run gets its own
        # copy of the journals as built.
        twin = Path(tempfile.mkdtemp(prefix="journal-bench-wiped-"))
        for item in folder.glob("*.db*"):
            shutil.copy2(item, twin / item.name)
        both = _child("--measure", str(folder), *quick_flag)
        try:
            wiped = _child("--measure", str(twin), *quick_flag, "--memory-security")
        finally:
            shutil.rmtree(twin, ignore_errors=True)
        memory = {
            name: _child("--memory", str(path), *(["--encrypted"] if name == "encrypted" else []))
            for name, path in paths.items()
        }
    finally:
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    enc = {**both["encrypted"], **memory["encrypted"]}
    plain = {**both["plain"], **memory["plain"]}
    label = f"{count // 1000}k"

    def pair(key: str, title: str, goal: str | None = None, unit: str = "ms") -> Measurement:
        return Measurement(
            f"journal {label} {title}", enc[key], unit, "plain SQLite", plain[key], goal
        )

    results = []
    if built["encrypted"]:
        results.append(
            Measurement(
                f"journal {label} build (one transaction)",
                built["encrypted"],
                "s",
                "plain SQLite",
                built["plain"],
            )
        )
    results += [
        pair("open_first_page_p50", "open + first page p50 (no KDF)", "<= 50 ms"),
        pair("open_first_page_p95", "open + first page p95 (no KDF)", "<= 50 ms"),
        pair("search_p50", "search p50", "ratio <= 1.3"),
        pair("search_p95", "search p95", "<= 15 ms, ratio <= 1.3"),
        pair("filter_p50", "filter p50", "ratio <= 1.3"),
        pair("filter_p95", "filter p95", "ratio <= 1.3"),
        pair("calendar", "calendar month p50"),
        pair("save_p50", "save one entry p50 (FULL, WAL)"),
        pair("save_p95", "save one entry p95 (FULL, WAL)", "<= 10 ms"),
        pair("edit_p50", "edit one entry p50"),
        pair("edit_p95", "edit one entry p95"),
        pair("empty_trash_20", "empty a trash of 20 (FTS secure-delete)"),
        pair("cpu_open_first_page_p50", "CPU: open + first page p50"),
        pair("cpu_search_p50", "CPU: search p50", "ratio <= 1.3"),
        pair("cpu_search_p95", "CPU: search p95", "ratio <= 1.3"),
        pair("cpu_filter_p50", "CPU: filter p50", "ratio <= 1.3"),
        pair("cpu_filter_p95", "CPU: filter p95", "ratio <= 1.3"),
        pair("cpu_save_p95", "CPU: save one entry p95"),
        pair("cpu_edit_p95", "CPU: edit one entry p95"),
        pair("peak_rss_mib", "peak RSS (fresh process, whole workload)", unit="MiB"),
        pair("file_mib", "database file size", unit="MiB"),
        Measurement(
            f"journal {label} cipher_integrity_check (background check, not at unlock)",
            enc["cipher_integrity_check"],
            "ms",
        ),
        Measurement(
            f"journal {label} machine load average before/after",
            load_before,
            "",
            "after",
            os.getloadavg()[0],
        ),
    ]
    results += [pair(key, key) for key in enc if key.startswith(("search[", "filter["))]
    # cipher_memory_security (on in guest and public sessions): the same encrypted
    # workload in a process with it on, against the run above without it.
    secure = wiped["encrypted"]
    for key, title in (
        ("open_first_page_p50", "open + first page p50"),
        ("search_p50", "search p50"),
        ("search_p95", "search p95"),
        ("filter_p50", "filter p50"),
        ("save_p95", "save one entry p95"),
        ("edit_p95", "edit one entry p95"),
    ):
        results.append(
            Measurement(
                f"journal {label} with cipher_memory_security: {title}",
                secure[key],
                "ms",
                "without it",
                enc[key],
            )
        )
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--keep", metavar="DIR", type=Path, help="build into / reuse DIR")
    parser.add_argument("--measure", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--memory", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--encrypted", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--memory-security", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_security:
        # Process-wide and permanent once on: this child measures with it, the others
        # without (guest and public sessions always run with it).
        from companion.core.vault.connection import enable_memory_security

        if not enable_memory_security():
            raise SystemExit("cipher_memory_security could not be turned on")
    if args.measure:
        folder = Path(args.measure)
        paths = {"encrypted": folder / "encrypted.db", "plain": folder / "plain.db"}
        print(json.dumps(measure(paths, args.quick)))
        return 0
    if args.memory:
        print(json.dumps(measure_memory(Path(args.memory), args.encrypted)))
        return 0
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    for item in run(args.quick, args.keep):
        print(item.line())
    return 0


if __name__ == "__main__":
    os.umask(0o077)
    sys.exit(main())
