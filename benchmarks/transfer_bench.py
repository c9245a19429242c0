"""Backups, exports, merges, imports and unlock on a large journal, with peak memory.

    python benchmarks/transfer_bench.py [--quick] [--keep DIR]

Builds a real vault (``VaultService``, schema 2) holding 100,000 synthetic entries
(``--quick``: 2,000) from ``journal_bench``'s generator, and a second one with different
entries for the merge. Every figure is measured in a fresh process, so its peak RSS is
its own:

* backup (checkpoint, copy, verification, fsync, rename) against a plain copy of the same
  database file with fsync, in the same run (goal: at most 3x); medians of three
  interleaved rounds;
* the two halves of a backup: the copy, and the verification;
* export to JSON (streamed to the file);
* merge of the second 100k journal (its encrypted single-file copy) into the first;
* import of a 10,000-row Daylio CSV (``--quick``: 1,000), preview and import;
* unlock beyond the key derivation (the KDF is measured and subtracted; goal <= 50 ms),
  and the peak memory with the journal open and the first timeline page read.

Argon2id uses the tiny test costs here: the KDF is measured by ``kdf_bench``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import Measurement, peak_rss_mib  # noqa: E402

PASSPHRASE = "benchmark passphrase, synthetic data"
GOAL_MEMORY = "<= 300 MiB"
ROUNDS = 3


def _service() -> Any:
    from companion.core.features import FEATURE_SCHEMAS
    from companion.core.vault.service import VaultService

    return VaultService.fast_for_tests(FEATURE_SCHEMAS)


def build(folder: Path, count: int, tag: str) -> float:
    """A vault of ``count`` synthetic entries, written through raw SQL in one transaction."""
    from benchmarks.journal_bench import _rows
    from companion.core.journal.revisions import content_rev, new_uid

    started = time.perf_counter()
    vault, _code = _service().create(folder, PASSPHRASE)
    conn = vault.connection
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
    for eid, c_us, off, day, mood, title, text, tag_list, emotion_list in _rows(count):
        body = f"{tag} {text}"
        tags: list[str] = list(tag_list)  # type: ignore[call-overload]
        emotions: list[str] = list(emotion_list)  # type: ignore[call-overload]
        tags_text, emotions_text = "\n".join(tags), "\n".join(emotions)
        rev = content_rev(
            title=title,  # type: ignore[arg-type]
            body=body,
            mood=mood,  # type: ignore[arg-type]
            tags_text=tags_text,
            emotions_text=emotions_text,
            created_us=c_us,  # type: ignore[arg-type]
            created_offset=off,  # type: ignore[arg-type]
            in_trash=False,
        )
        conn.execute(
            "INSERT INTO entry (id, created_us, created_offset, created_zone, local_date,"
            " edited_us, edited_offset, mood, uid, rev) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)",
            (eid, c_us, off, day, c_us, off, mood, new_uid(), rev),
        )
        conn.execute(
            "INSERT INTO entry_text (id, title, body, tags_text, emotions_text)"
            " VALUES (?, ?, ?, ?, ?)",
            (eid, title, body, tags_text, emotions_text),
        )
        conn.executemany(
            "INSERT INTO entry_tag VALUES (?, ?, ?)",
            [(eid, tag_ids[t], p) for p, t in enumerate(tags)],
        )
        conn.executemany(
            "INSERT INTO entry_emotion VALUES (?, ?, ?)",
            [(eid, emotion_ids[e], p) for p, e in enumerate(emotions)],
        )
    conn.commit()
    vault.checkpoint()
    vault.lock()
    return time.perf_counter() - started


def daylio_csv(path: Path, rows: int) -> None:
    """A Daylio CSV export with ``rows`` rows and custom mood words."""
    rng = random.Random(7)
    moods = ["rad", "good", "meh", "bad", "awful", "sleepy", "so so"]
    activities = ["work", "friends", "gym", "reading", "family", "🎸 music", "walk", "tea"]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(
            ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]
        )
        for i in range(rows):
            day = f"{2000 + i % 25:04d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            out.writerow(
                [day, "x", "x", f"{i % 24:02d}:{i % 60:02d}", rng.choice(moods),
                 " | ".join(rng.sample(activities, rng.randint(0, 3))), "",
                 " ".join(rng.choice(["calm", "busy", "rain", "sun", "walked"]) for _ in range(40))]
            )  # fmt: skip


# -------------------------------------------------------------------- child measurements


def _timed(fn: Any) -> dict[str, float]:
    started = time.perf_counter()
    fn()
    return {"seconds": time.perf_counter() - started, "peak_rss_mib": peak_rss_mib()}


def child(op: str, args: list[str]) -> dict[str, float]:
    """One measurement, in this (fresh) process."""
    from companion.core.journal import Journal
    from companion.core.transfer.exporting import ExportFormat, export_plaintext
    from companion.core.transfer.importing import preview_import, run_import
    from companion.core.transfer.merge import merge_journal
    from companion.core.vault.copying import copy_database
    from companion.core.vault.progress import Ticker

    service = _service()
    folder = Path(args[0])
    if op == "copy":

        def plain_copy() -> None:
            target = Path(args[1])
            shutil.copyfile(folder / "journal.db", target)
            fd = os.open(target, os.O_RDONLY)
            os.fsync(fd)
            os.close(fd)

        return _timed(plain_copy)
    vault = service.unlock(folder, PASSPHRASE)
    try:
        if op == "backup":
            return _timed(lambda: service.backup(vault))
        if op == "backup-parts":
            from companion.core.vault.connection import structure_problems
            from companion.core.vault.copying import copy_main_file, table_counts, verify_copy
            from companion.core.vault.verify import immutable_connection

            target, api = Path(args[1]), Path(args[1] + ".api")
            key, ticker = vault._dek, Ticker(None, None)
            assert key is not None
            times: dict[str, float] = {}
            started = time.perf_counter()
            with vault._guard:
                vault.checkpoint()
                counts = table_counts(vault.connection)
                copy_main_file(folder / "journal.db", target, ticker)
            times["copy"] = time.perf_counter() - started
            started = time.perf_counter()
            verify_copy(target, key, counts, ticker)
            times["verify"] = time.perf_counter() - started
            started = time.perf_counter()
            with immutable_connection(target, key) as conn:
                structure_problems(conn)
            times["structure"] = time.perf_counter() - started
            started = time.perf_counter()
            copy_database(vault.connection, api, key, ticker)
            times["api"] = time.perf_counter() - started
            return times
        if op == "export-json":
            return _timed(
                lambda: export_plaintext(
                    vault.connection, Path(args[1]), ExportFormat.JSON, confirm_plaintext=True
                )
            )
        if op == "export-vault":
            return _timed(lambda: service.export_encrypted(vault, Path(args[1])))
        if op == "merge":
            return _timed(
                lambda: merge_journal(vault, Path(args[1]), PASSPHRASE, schemas=service.schemas)
            )
        if op == "import":

            def work() -> None:
                preview = preview_import(vault.connection, Path(args[1]))
                run_import(vault, preview, accept_problems=True)

            return _timed(work)
        if op == "open":
            return {
                "peak_rss_mib": peak_rss_mib(),
                "entries": Journal(vault.connection, service.clock).count(),
            }
    finally:
        vault.lock()
    raise SystemExit(f"unknown op {op}")


def unlock_beyond_kdf(folder: Path, rounds: int) -> dict[str, float]:
    """Unlock time minus one key derivation with the same (tiny) costs, median of rounds;
    then peak RSS with the journal open and its first timeline page read."""
    from companion.core.journal import Journal
    from companion.core.vault.crypto import TEST_KDF_PARAMS, derive_key, new_salt, wipe

    service = _service()
    samples, kdf = [], []
    for _ in range(rounds):
        started = time.perf_counter()
        wipe(derive_key(PASSPHRASE.encode(), new_salt(), TEST_KDF_PARAMS))
        kdf.append(time.perf_counter() - started)
        started = time.perf_counter()
        vault = service.unlock(folder, PASSPHRASE)
        unlocked = time.perf_counter() - started
        Journal(vault.connection, service.clock).timeline(limit=50)
        samples.append(unlocked)
        vault.lock()
    vault = service.unlock(folder, PASSPHRASE)
    Journal(vault.connection, service.clock).timeline(limit=50)
    rss = peak_rss_mib()
    vault.lock()
    return {
        "unlock_ms": (statistics.median(samples) - statistics.median(kdf)) * 1000,
        "kdf_ms": statistics.median(kdf) * 1000,
        "peak_rss_mib": rss,
    }


def _run_child(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run(quick: bool, keep: Path | None = None) -> list[Measurement]:
    """Build the journals and measure everything (see the module docstring)."""
    count = 2_000 if quick else 100_000
    rows = 1_000 if quick else 10_000
    label = f"{count // 1000}k"
    folder = keep or Path(tempfile.mkdtemp(prefix="transfer-bench-"))
    results: list[Measurement] = []
    try:
        main, other = folder / "main", folder / "other"
        built = 0.0
        if not (main / "vault.header").exists():
            built = build(main, count, "A")
            build(other, count, "B")
        if built:
            results.append(Measurement(f"transfer {label} build one journal", built, "s"))
        # Interleaved rounds, medians: one sample of a 250 MB copy swings threefold with
        # what the disk is still writing back (the journals were just built).
        copies, backups = [], []
        for _ in range(ROUNDS):
            plain = folder / "plain-copy.db"
            plain.unlink(missing_ok=True)
            copies.append(_run_child("copy", str(main), str(plain)))
            backups.append(_run_child("backup", str(main)))
        copy = {"seconds": statistics.median(c["seconds"] for c in copies)}
        backup = {
            "seconds": statistics.median(b["seconds"] for b in backups),
            "peak_rss_mib": max(b["peak_rss_mib"] for b in backups),
        }
        parts = _run_child("backup-parts", str(main), str(folder / "parts.db"))
        results += [
            Measurement(
                f"transfer {label} backup (copy, verify, fsync, rename; median of {ROUNDS})",
                backup["seconds"], "s", "plain file copy + fsync", copy["seconds"], "ratio <= 3",
            ),
            Measurement(
                f"transfer {label} backup part: checkpoint + copy of the file",
                parts["copy"], "s", "plain file copy + fsync", copy["seconds"],
            ),
            Measurement(
                f"transfer {label} backup part: verify (pages, counts, b-trees, SHA-256)",
                parts["verify"], "s",
            ),
            Measurement(
                f"transfer {label} full structure check with FTS5 (background check, not backup)",
                parts["structure"], "s",
            ),
            Measurement(
                f"transfer {label} SQLite backup API copy (re-key path)",
                parts["api"], "s", "plain file copy + fsync", copy["seconds"],
            ),
            Measurement(
                f"transfer {label} backup peak RSS", backup["peak_rss_mib"], "MiB", goal=GOAL_MEMORY
            ),
        ]  # fmt: skip
        exported = _run_child("export-json", str(main), str(folder / "export.json"))
        size = (folder / "export.json").stat().st_size / (1024 * 1024)
        results += [
            Measurement(f"transfer {label} export JSON", exported["seconds"], "s"),
            Measurement(
                f"transfer {label} export JSON peak RSS",
                exported["peak_rss_mib"], "MiB", goal=GOAL_MEMORY,
            ),
            Measurement(f"transfer {label} export JSON size", size, "MiB"),
        ]  # fmt: skip
        carried = folder / "other.companion"
        _run_child("export-vault", str(other), str(carried))
        merge_target = folder / "merge-target"
        shutil.copytree(main, merge_target, ignore=shutil.ignore_patterns("backups"))
        merged = _run_child("merge", str(merge_target), str(carried))
        results += [
            Measurement(f"transfer merge of two {label} journals", merged["seconds"], "s"),
            Measurement(
                f"transfer merge {label} peak RSS", merged["peak_rss_mib"], "MiB", goal=GOAL_MEMORY
            ),
        ]  # fmt: skip
        source = folder / "daylio.csv"
        daylio_csv(source, rows)
        import_target = folder / "import-target"
        shutil.copytree(main, import_target, ignore=shutil.ignore_patterns("backups"))
        imported = _run_child("import", str(import_target), str(source))
        results += [
            Measurement(
                f"transfer import {rows // 1000}k-row Daylio CSV", imported["seconds"], "s"
            ),
            Measurement(
                f"transfer import {rows // 1000}k peak RSS",
                imported["peak_rss_mib"], "MiB", goal=GOAL_MEMORY,
            ),
        ]  # fmt: skip
        unlock = _run_child("unlock", str(main), "5" if quick else "7")
        results += [
            Measurement(
                f"transfer {label} unlock beyond the KDF (median)",
                unlock["unlock_ms"], "ms", goal="<= 50 ms",
            ),
            Measurement(
                f"transfer {label} peak RSS open, first timeline page",
                unlock["peak_rss_mib"], "MiB", goal="<= 150 MiB",
            ),
        ]  # fmt: skip
    finally:
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="build into / reuse DIR")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        op, rest = args.child[0], args.child[1:]
        if op == "unlock":
            print(json.dumps(unlock_beyond_kdf(Path(rest[0]), int(rest[1]))))
        else:
            print(json.dumps(child(op, rest)))
        return 0
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    for item in run(args.quick, args.keep):
        print(item.line())
    return 0


if __name__ == "__main__":
    os.umask(0o077)
    sys.exit(main())
