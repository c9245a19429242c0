"""Journal speed on a large journal, encrypted (SQLCipher) against plain SQLite.

    python benchmarks/journal_bench.py [--quick] [--keep DIR]

Builds the same synthetic journal twice through the real schema (``schema.migrate``):
100,000 entries over 30 years (``--quick``: 10,000), 20-400 words each from a word list
made up in this script (Zipf-distributed, so some words are everywhere and most are
rare), with moods, tags and emotions. One copy is SQLCipher with a raw 256-bit key, the
other an unkeyed sqlcipher3 connection, i.e. plain SQLite with the same schema and
pragmas (WAL, synchronous=FULL, temp_store=MEMORY, foreign_keys, secure_delete).

Each copy is then measured in its own fresh process, so peak RSS belongs to one copy:

* open + first timeline page: connect, key, pragmas, ``Journal.timeline()``. It does NOT
  include Argon2id (the vault's key derivation, measured by ``kdf_bench``) nor the vault's
  ``cipher_integrity_check`` on unlock (measured separately below, encrypted only).
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

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import sqlcipher3  # noqa: E402

from benchmarks.common import Measurement, peak_rss_mib, percentile  # noqa: E402
from companion.core.clock import SystemClock  # noqa: E402
from companion.core.journal import Journal  # noqa: E402
from companion.core.journal.rows import to_us  # noqa: E402
from companion.core.models import EntryDraft, EntryFilter, Mood  # noqa: E402
from companion.core.schema import migrate  # noqa: E402
from companion.core.vocabulary import BUILTIN_EMOTIONS, BUILTIN_TAGS  # noqa: E402

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
    migrate(conn)
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
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    conn.close()
    return time.perf_counter() - started


def _timed(fn: Callable[[], object], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def measure(path: Path, encrypted: bool, quick: bool) -> dict[str, float]:
    """All figures for one copy (run in a fresh process)."""
    out: dict[str, float] = {}
    rounds = 3 if quick else 5

    def first_page() -> None:
        conn = _connect(path, encrypted)
        Journal(conn, SystemClock()).timeline(limit=50)
        conn.close()

    samples = _timed(first_page, 20)
    out["open_first_page_p50"] = percentile(samples, 50)
    out["open_first_page_p95"] = percentile(samples, 95)

    if encrypted:
        conn = _connect(path, encrypted)
        started = time.perf_counter()
        conn.execute("PRAGMA cipher_integrity_check").fetchall()
        out["cipher_integrity_check"] = (time.perf_counter() - started) * 1000
        conn.close()

    conn = _connect(path, encrypted)
    journal = Journal(conn, SystemClock())
    journal.timeline(limit=50)
    search: list[float] = []
    for _ in range(rounds):
        for query in SEARCH_QUERIES:
            search += _timed(lambda q=query: journal.search(q, limit=50), 1)  # type: ignore[misc]
    out["search_p50"] = percentile(search, 50)
    out["search_p95"] = percentile(search, 95)
    for query in SEARCH_QUERIES:
        out[f"search[{query}]"] = percentile(_timed(lambda q=query: journal.search(q), 3), 50)  # type: ignore[misc]

    end = date_of(conn, "max")
    filters = {
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
    filt: list[float] = []
    for _ in range(rounds):
        for flt in filters.values():
            filt += _timed(lambda f=flt: journal.timeline(f, limit=50), 1)  # type: ignore[misc]
    for name, flt in filters.items():
        out[f"filter[{name}]"] = percentile(
            _timed(lambda f=flt: journal.timeline(f, limit=50), 3),  # type: ignore[misc]
            50,
        )
    # A filtered search too: words and a filter together.
    filt += _timed(
        lambda: journal.search("walk", EntryFilter(moods=frozenset({Mood.GOOD}))), rounds
    )
    out["filter_p50"] = percentile(filt, 50)
    out["filter_p95"] = percentile(filt, 95)
    out["calendar_month"] = percentile(
        _timed(lambda: journal.days_with_entries(end.year, end.month), 10), 50
    )

    rng = random.Random(SEED + 1)
    words = DIARY_WORDS + FUNCTION_WORDS
    drafts = [
        EntryDraft(
            text=" ".join(rng.choices(words, k=rng.randint(20, 400))),
            mood=Mood(rng.randint(1, 5)),
            tags=("work", "slept well"),
            emotions=("calm",),
        )
        for _ in range(30 if quick else 100)
    ]
    saves = []
    for draft in drafts:
        saves += _timed(lambda d=draft: journal.create(d), 1)  # type: ignore[misc]
    out["save_p50"] = percentile(saves, 50)
    out["save_p95"] = percentile(saves, 95)
    conn.close()
    out["peak_rss_mib"] = peak_rss_mib()
    out["file_mib"] = path.stat().st_size / (1024 * 1024)
    return out


def date_of(conn: sqlcipher3.Connection, which: str) -> date:
    """The newest (or oldest) local date in the journal."""
    row = conn.execute(f"SELECT {which}(local_date) FROM entry").fetchone()
    return date.fromisoformat(row[0])


def _measure_in_child(path: Path, encrypted: bool, quick: bool) -> dict[str, float]:
    args = [sys.executable, __file__, "--measure", str(path)]
    args += ["--encrypted"] if encrypted else []
    args += ["--quick"] if quick else []
    done = subprocess.run(args, check=True, capture_output=True, text=True, cwd=ROOT)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run(quick: bool, keep: Path | None = None) -> list[Measurement]:
    """Build both copies, measure each in its own process, and compare.

    Args:
        quick: 10,000 entries instead of 100,000 and fewer rounds.
        keep: Build into (or reuse the copies already in) this folder and keep them,
            for experiments; by default a temporary folder is used and deleted.
    """
    count = 10_000 if quick else 100_000
    folder = keep or Path(tempfile.mkdtemp(prefix="journal-bench-"))
    try:
        enc_path, plain_path = folder / "encrypted.db", folder / "plain.db"
        built = {"encrypted": 0.0, "plain": 0.0}
        if not (enc_path.exists() and plain_path.exists()):
            built = {
                "encrypted": build(enc_path, True, count),
                "plain": build(plain_path, False, count),
            }
        enc = _measure_in_child(enc_path, True, quick)
        plain = _measure_in_child(plain_path, False, quick)
    finally:
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    label = f"{count // 1000}k"

    def pair(key: str, title: str, goal: str | None = None, unit: str = "ms") -> Measurement:
        return Measurement(
            f"journal {label} {title}", enc[key], unit, "plain SQLite", plain[key], goal
        )

    results = [
        Measurement(
            f"journal {label} build (one transaction)",
            built["encrypted"],
            "s",
            "plain SQLite",
            built["plain"],
        ),
        pair("open_first_page_p50", "open + first page p50 (no KDF)", "<= 50 ms"),
        pair("open_first_page_p95", "open + first page p95 (no KDF)", "<= 50 ms"),
        pair("search_p50", "search p50", "ratio <= 1.3"),
        pair("search_p95", "search p95", "<= 15 ms, ratio <= 1.3"),
        pair("filter_p50", "filter p50", "ratio <= 1.3"),
        pair("filter_p95", "filter p95", "ratio <= 1.3"),
        pair("calendar_month", "calendar month p50"),
        pair("save_p50", "save one entry p50 (FULL, WAL)"),
        pair("save_p95", "save one entry p95 (FULL, WAL)", "<= 10 ms"),
        pair("peak_rss_mib", "peak RSS (measuring process)", unit="MiB"),
        pair("file_mib", "database file size", unit="MiB"),
        Measurement(
            f"journal {label} cipher_integrity_check (vault unlock)",
            enc["cipher_integrity_check"],
            "ms",
        ),
    ]
    results += [pair(key, key) for key in enc if key.startswith(("search[", "filter["))]
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--keep", metavar="DIR", type=Path, help="build into / reuse DIR")
    parser.add_argument("--measure", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--encrypted", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure), args.encrypted, args.quick)))
        return 0
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    for item in run(args.quick, args.keep):
        print(item.line())
    return 0


if __name__ == "__main__":
    os.umask(0o077)
    sys.exit(main())
