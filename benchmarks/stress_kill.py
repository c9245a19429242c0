"""kill -9 during writes: every save acknowledged to the user must survive.

    python benchmarks/stress_kill.py --rounds 100 [--rekey-rounds 50] [--seed N]
                                     [--max-delay 1.5] [--keep DIR]

One vault is used for all rounds, so every round also replays the WAL left by the last
kill. Each round starts a writer process that unlocks the vault and saves entries in a
loop (creates, and every few saves an edit of an earlier entry), printing ``ACK`` only
after the journal call returned, which is when the UI would tell the user "saved". The
parent SIGKILLs it at a random moment, opens the vault and checks:

* every acknowledged entry is present with its exact text (an edit in flight may show
  either its old or its new text; anything else is a loss);
* ``PRAGMA integrity_check`` is ``ok`` and ``PRAGMA cipher_integrity_check`` is empty;
* the FTS5 ``integrity-check`` against its content table passes, and the index has one
  row per text row.

Then ``--rekey-rounds`` rounds kill a process that changes the passphrase in a loop:
the header must always parse, exactly one of the last acknowledged and the next
passphrase opens the vault, and every entry is still there.

It is a stress script, not a benchmark: it prints rounds, acknowledged commits, losses and
problems, and exits 1 on any loss or problem. ``tests/security/test_kill_during_writes.py``
runs a few rounds of the same code.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from companion.core.features import FEATURE_SCHEMAS

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PASSPHRASE = "stress: seven quiet lanterns"
WORDS = [
    "walk",
    "river",
    "tired",
    "hopeful",
    "tea",
    "sister",
    "rain",
    "sleep",
    "anxious",
    "calm",
    "garden",
    "bus",
    "work",
    "music",
    "friend",
    "headache",
    "laugh",
    "quiet",
    "ocean",
    "stairs",
    "letter",
    "bread",
    "morning",
    "evening",
]
UPDATE_EVERY = 5


def entry_text(tag: str, i: int) -> str:
    """The text of the i-th save of a round: deterministic, so the parent can check it."""
    rng = random.Random(f"{tag}:{i}")
    words = [rng.choice(WORDS) for _ in range(rng.randint(5, 400))]
    return f"{tag} save {i}: " + " ".join(words)


def edited_text(tag: str, i: int) -> str:
    """The text an edit (save i) gives to an earlier entry."""
    return entry_text(tag, i) + " (edited)"


def _tiny() -> dict[str, Any]:
    from companion.core.vault.crypto import TEST_KDF_PARAMS

    return {"kdf_params": TEST_KDF_PARAMS, "allow_weak_for_tests": True}


# ------------------------------------------------------------------------- the writer


def writer_main(folder: Path, tag: str) -> int:
    """Child process: save entries until killed, acknowledging each after it returned."""
    from companion.core.clock import SystemClock
    from companion.core.journal import Journal
    from companion.core.journal.models import EntryDraft, Mood
    from companion.core.vault import Vault

    vault = Vault.unlock(folder, PASSPHRASE, schemas=FEATURE_SCHEMAS, **_tiny())
    journal = Journal(vault.connection, SystemClock())
    mine: list[int] = []
    out = sys.stdout
    out.write("READY\n")
    out.flush()
    i = 0
    while True:
        mood = Mood(1 + i % 5)
        if mine and i % UPDATE_EVERY == UPDATE_EVERY - 1:
            target = mine[(i * 7) % len(mine)]
            # Announce first: if the kill lands inside the edit, both texts are valid.
            out.write(f"TRY {target} {i}\n")
            out.flush()
            journal.update(target, EntryDraft(text=edited_text(tag, i), mood=mood))
            out.write(f"UPD {target} {i}\n")
        else:
            entry = journal.create(EntryDraft(text=entry_text(tag, i), mood=mood))
            mine.append(entry.id)
            out.write(f"ACK {entry.id} {i}\n")
        out.flush()
        i += 1


def rekey_main(folder: Path, start: int) -> int:
    """Child process: change the passphrase P(i) -> P(i+1) until killed."""
    from companion.core.vault import Vault

    vault = Vault.unlock(folder, rekey_passphrase(start), schemas=FEATURE_SCHEMAS, **_tiny())
    print("READY", flush=True)
    i = start
    while True:
        vault.change_passphrase(rekey_passphrase(i), rekey_passphrase(i + 1), **_tiny())
        i += 1
        print(f"CHANGED {i}", flush=True)


def rekey_passphrase(i: int) -> str:
    """The i-th passphrase of the rekey rounds (P(0) is :data:`PASSPHRASE`)."""
    return PASSPHRASE if i == 0 else f"{PASSPHRASE} {i:05d}"


# ------------------------------------------------------------------------- the parent


@dataclass
class Expected:
    """What each acknowledged entry must hold: one text, or either of two mid-edit."""

    texts: dict[int, set[str]] = field(default_factory=dict)


@dataclass
class RoundResult:
    """Figures and findings of one round."""

    acked: int = 0
    edits: int = 0
    losses: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    killed_after: float = 0.0


def create_vault(folder: Path) -> None:
    """A fresh vault with tiny Argon2id parameters."""
    from companion.core.vault import Vault

    vault, _code = Vault.create(folder, PASSPHRASE, schemas=FEATURE_SCHEMAS, **_tiny())
    vault.lock()


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _apply(lines: list[str], tag: str, expected: Expected, result: RoundResult) -> list[int]:
    """Fold the child's acknowledgements into ``expected``; returns the ids touched."""
    touched: list[int] = []
    for line in lines:
        parts = line.split()
        if len(parts) != 3 or parts[0] not in ("ACK", "TRY", "UPD"):
            continue  # READY, or a line cut by the kill
        entry_id, i = int(parts[1]), int(parts[2])
        if parts[0] == "ACK":
            expected.texts[entry_id] = {entry_text(tag, i)}
            result.acked += 1
        elif parts[0] == "TRY":
            expected.texts[entry_id] = expected.texts[entry_id] | {edited_text(tag, i)}
        else:
            expected.texts[entry_id] = {edited_text(tag, i)}
            result.acked += 1
            result.edits += 1
        touched.append(entry_id)
    return touched


def integrity_problems(conn: Any) -> list[str]:
    """Everything the checks report, as lines; empty when healthy."""
    problems = [f"integrity_check: {r[0]}" for r in conn.execute("PRAGMA integrity_check")]
    problems = [p for p in problems if p != "integrity_check: ok"]
    problems += [
        f"cipher_integrity_check: {r}" for r in conn.execute("PRAGMA cipher_integrity_check")
    ]
    try:
        # rank = 1: compare the index with its external content table too (the plain
        # form only checks the index's own structure).
        conn.execute("INSERT INTO entry_fts (entry_fts, rank) VALUES ('integrity-check', 1)")
    except Exception as exc:
        problems.append(f"fts5 integrity-check: {exc}")
    fts_rows = conn.execute("SELECT count(*) FROM entry_fts_docsize").fetchone()[0]
    base_rows = conn.execute("SELECT count(*) FROM entry_text").fetchone()[0]
    entries = conn.execute("SELECT count(*) FROM entry").fetchone()[0]
    if not fts_rows == base_rows == entries:
        problems.append(f"rows: fts {fts_rows}, entry_text {base_rows}, entry {entries}")
    return problems


def verify(
    folder: Path,
    expected: Expected,
    ids: list[int] | None = None,
    *,
    passphrase: str = PASSPHRASE,
) -> RoundResult:
    """Open the vault and compare it with what was acknowledged (``ids``: only those)."""
    from companion.core.clock import SystemClock
    from companion.core.errors import CompanionError, EntryNotFound
    from companion.core.journal import Journal
    from companion.core.vault import Vault

    result = RoundResult()
    try:
        vault = Vault.unlock(folder, passphrase, schemas=FEATURE_SCHEMAS, **_tiny())
    except CompanionError as exc:
        result.problems.append(f"unlock failed: {type(exc).__name__}: {exc}")
        return result
    try:
        journal = Journal(vault.connection, SystemClock())
        for entry_id in sorted(set(expected.texts if ids is None else ids)):
            try:
                text = journal.get(entry_id).text
            except EntryNotFound:
                result.losses.append(f"entry {entry_id} is missing")
                continue
            if text not in expected.texts[entry_id]:
                result.losses.append(f"entry {entry_id} has other text ({len(text)} chars)")
            else:
                expected.texts[entry_id] = {text}  # an edit in flight has now settled
        result.problems += integrity_problems(vault.connection)
    finally:
        vault.lock()
    return result


def run_round(
    folder: Path,
    expected: Expected,
    rng: random.Random,
    *,
    min_delay: float = 0.0,
    max_delay: float = 1.5,
) -> RoundResult:
    """One writer, one SIGKILL at a random moment, then the checks."""
    tag = f"r{rng.getrandbits(32):08x}"
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(folder), tag],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_env(),
        text=True,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    if first.strip() != "READY":
        _out, err = proc.communicate(timeout=60)
        result = RoundResult()
        result.problems.append(f"writer did not start: {first.strip()!r} {err.strip()[-500:]}")
        return result
    started = time.monotonic()
    time.sleep(rng.uniform(min_delay, max_delay))
    proc.send_signal(signal.SIGKILL)
    out, _err = proc.communicate(timeout=60)
    killed_after = time.monotonic() - started
    collected = RoundResult(killed_after=killed_after)
    if proc.returncode != -signal.SIGKILL:
        collected.problems.append(f"writer ended by itself with {proc.returncode}: {_err[-500:]}")
    # The last line may be cut in half by the kill; _apply ignores malformed lines.
    touched = _apply(out.splitlines(), tag, expected, collected)
    checked = verify(folder, expected, touched)
    collected.losses += checked.losses
    collected.problems += checked.problems
    return collected


def _opens(folder: Path, passphrase: str) -> bool:
    from companion.core.errors import WrongPassphrase
    from companion.core.vault import Vault

    try:
        Vault.unlock(folder, passphrase, schemas=FEATURE_SCHEMAS, **_tiny()).lock()
    except WrongPassphrase:
        return False
    return True


def rekey_round(
    folder: Path, current: int, expected: Expected, rng: random.Random, max_delay: float = 0.3
) -> tuple[int, int, list[str]]:
    """Kill a passphrase changer at a random moment; (new current index, changes, problems)."""
    from companion.core.errors import CompanionError
    from companion.core.vault.header import read_header
    from companion.core.vault.layout import vault_files

    problems: list[str] = []
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--child-rekey", str(folder), str(current)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_env(),
        text=True,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    if first.strip() != "READY":
        _out, err = proc.communicate(timeout=60)
        return current, 0, [f"changer did not start: {first.strip()!r} {err.strip()[-500:]}"]
    time.sleep(rng.uniform(0.0, max_delay))
    proc.send_signal(signal.SIGKILL)
    out, _err = proc.communicate(timeout=60)
    acked = current
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] == "CHANGED":
            acked = int(parts[1])
    try:
        read_header(vault_files(folder)[0])
    except CompanionError as exc:
        return current, acked - current, [f"header unreadable after the kill: {exc}"]
    old_opens = _opens(folder, rekey_passphrase(acked))
    new_opens = _opens(folder, rekey_passphrase(acked + 1))
    if old_opens == new_opens:
        problems.append(f"after change {acked}: old opens {old_opens}, new opens {new_opens}")
        return current, acked - current, problems
    now = acked if old_opens else acked + 1
    # A sample per round (the header change cannot touch the pages; the full check of
    # every entry runs once after the last round).
    sample = rng.sample(sorted(expected.texts), min(300, len(expected.texts)))
    checked = verify(folder, expected, sample, passphrase=rekey_passphrase(now))
    problems += checked.losses + checked.problems
    return now, acked - current, problems


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "--child":
        return writer_main(Path(args[1]), args[2])
    if args and args[0] == "--child-rekey":
        return rekey_main(Path(args[1]), int(args[2]))
    parser = argparse.ArgumentParser(description="kill -9 during journal writes")
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--rekey-rounds", type=int, default=50)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--min-delay", type=float, default=0.0)
    parser.add_argument("--max-delay", type=float, default=1.5)
    parser.add_argument("--keep", metavar="DIR", help="keep the vault in DIR afterwards")
    opts = parser.parse_args(args)
    seed = opts.seed if opts.seed is not None else random.SystemRandom().getrandbits(32)
    rng = random.Random(seed)
    workdir = Path(opts.keep) if opts.keep else Path(tempfile.mkdtemp(prefix="stress-kill-"))
    folder = workdir / "vault"
    print(f"stress_kill: {opts.rounds} rounds, seed {seed}, vault in {folder}")
    create_vault(folder)
    expected = Expected()
    totals = RoundResult()
    started = time.monotonic()
    try:
        for n in range(1, opts.rounds + 1):
            res = run_round(
                folder, expected, rng, min_delay=opts.min_delay, max_delay=opts.max_delay
            )
            totals.acked += res.acked
            totals.edits += res.edits
            totals.losses += [f"round {n}: {x}" for x in res.losses]
            totals.problems += [f"round {n}: {x}" for x in res.problems]
            flag = (
                ""
                if not (res.losses or res.problems)
                else "  <-- " + "; ".join(res.losses + res.problems)
            )
            print(
                f"round {n:4d}: killed after {res.killed_after:5.2f} s, "
                f"{res.acked:5d} acknowledged ({res.edits} edits){flag}",
                flush=True,
            )
        final = verify(folder, expected)
        totals.losses += [f"final: {x}" for x in final.losses]
        totals.problems += [f"final: {x}" for x in final.problems]
        current, changes = 0, 0
        for n in range(1, opts.rekey_rounds + 1):
            current, done, found = rekey_round(folder, current, expected, rng)
            changes += done
            totals.problems += [f"rekey round {n}: {x}" for x in found]
            if found:
                print(f"rekey round {n}: " + "; ".join(found), flush=True)
        if opts.rekey_rounds:
            final = verify(folder, expected, passphrase=rekey_passphrase(current))
            totals.losses += [f"final after rekey: {x}" for x in final.losses]
            totals.problems += [f"final after rekey: {x}" for x in final.problems]
            print(
                f"rekey rounds: {opts.rekey_rounds}  passphrase changes: {changes}  "
                f"problems: {sum(1 for p in totals.problems if p.startswith('rekey'))}"
            )
    finally:
        if not opts.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print(
        f"rounds: {opts.rounds}  acknowledged commits: {totals.acked} "
        f"(edits {totals.edits})  entries checked at the end: {len(expected.texts)}  "
        f"losses: {len(totals.losses)}  problems: {len(totals.problems)}  "
        f"time: {time.monotonic() - started:.0f} s"
    )
    for line in totals.losses + totals.problems:
        print("  " + line)
    return 1 if totals.losses or totals.problems else 0


if __name__ == "__main__":
    sys.exit(main())
