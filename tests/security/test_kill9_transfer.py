"""kill -9 during a backup, an import, a merge and a re-key: everything stays valid.

After every kill: the journal opens (with exactly one of the passphrases when re-keying),
its full check passes, every entry that was there is still there, an import or a merge
is all there or not at all, and every backup that is listed verifies (a backup cut
short never gets its name).
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sec_helpers as sh

from companion.core.clock import FakeClock
from companion.core.errors import WrongPassphrase
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal import Journal
from companion.core.journal.models import EntryDraft
from companion.core.vault import Vault
from companion.core.vault.service import VaultService

CHILD = Path(__file__).resolve().with_name("transfer_child.py")
PASSPHRASE = "kill nine: transfer stays whole"
ROUNDS = 4


def _service() -> VaultService:
    return VaultService.fast_for_tests(FEATURE_SCHEMAS)


def _passphrase(i: int) -> str:
    return f"{PASSPHRASE} {i:05d}"


def _make(folder: Path, passphrase: str = PASSPHRASE, entries: int = 300) -> set[str]:
    vault, _code = _service().create(folder, passphrase)
    journal = Journal(vault.connection, FakeClock())
    texts = {
        journal.create(EntryDraft(text=f"{folder.name} entry {i} " * 30)).uid
        for i in range(entries)
    }
    vault.lock()
    return texts


def _run_and_kill(args: list[str], delay: float) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        env=sh.child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    ready = proc.stdout.readline().strip()
    if ready != "READY":
        proc.kill()
        _out, err = proc.communicate(timeout=60)
        pytest.fail(f"child did not start ({ready!r}): {err[-2000:]}")
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=60)
    return out.splitlines()


def _verify(folder: Path, passphrase: str, must_have: set[str]) -> set[str]:
    service = _service()
    with service.unlock(folder, passphrase) as vault:
        vault.verify()
        uids = {e.uid for e in Journal(vault.connection, FakeClock()).timeline(limit=500)}
        uids |= {str(r[0]) for r in vault.connection.execute("SELECT uid FROM entry").fetchall()}
    assert must_have <= uids, "entries were lost"
    for info in service.list_backups(folder):
        assert service.check_backup(info, passphrase) == [], f"backup {info.name} is damaged"
    return uids


def test_kill9_during_backups(sandbox: sh.Sandbox) -> None:
    folder = sandbox.data_dir / "vault"
    uids = _make(folder)
    rng = random.Random()
    made = 0
    for _ in range(ROUNDS):
        lines = _run_and_kill(["backup", str(folder)], rng.uniform(0.05, 0.6))
        made += lines.count("DONE")
        _verify(folder, PASSPHRASE, uids)
    assert made > 0, "no backup ever finished"


def _big_jrnl(path: Path, count: int) -> None:
    entries = [
        {"title": f"t{i}", "body": "words " * 50, "date": "2022-05-14",
         "time": f"{i % 24:02d}:{i % 60:02d}", "tags": ["@garden"], "starred": False,
         "uuid": f"u-{i}"}
        for i in range(count)
    ]  # fmt: skip
    path.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")


def test_kill9_during_an_import_is_all_or_nothing(sandbox: sh.Sandbox, tmp_path: Path) -> None:
    source = tmp_path / "big.json"
    _big_jrnl(source, 12000)
    rng = random.Random()
    outcomes = set()
    for round_no in range(ROUNDS):
        folder = sandbox.data_dir / f"vault{round_no}"
        uids = _make(folder, entries=50)
        lines = _run_and_kill(["import", str(folder), str(source)], rng.uniform(0.2, 2.5))
        after = _verify(folder, PASSPHRASE, uids)
        imported = len(after) - len(uids)
        assert imported in (0, 12000), f"a partial import: {imported} entries"
        if "DONE" in lines:
            assert imported == 12000, "an acknowledged import was lost"
        outcomes.add(imported)
    print(f"import outcomes after kill: {sorted(outcomes)}")


def test_kill9_during_a_merge_is_all_or_nothing(sandbox: sh.Sandbox, tmp_path: Path) -> None:
    other = tmp_path / "other"
    _make(other, entries=1500)
    carried = tmp_path / "other.companion"
    with _service().unlock(other, PASSPHRASE) as vault:
        _service().export_encrypted(vault, carried)
    rng = random.Random()
    for round_no in range(ROUNDS):
        folder = sandbox.data_dir / f"vault{round_no}"
        uids = _make(folder, entries=50)
        _run_and_kill(["merge", str(folder), str(carried)], rng.uniform(0.0, 1.5))
        after = _verify(folder, PASSPHRASE, uids)
        assert len(after) - len(uids) in (0, 1500), "a partial merge"
        # A scratch copy a kill left behind (encrypted) is removed at the next unlock.
        with _service().unlock(folder, PASSPHRASE):
            pass
        assert not list(folder.glob(".scratch-*")), "a scratch copy outlived the next unlock"


def test_kill9_during_rekeys_leaves_exactly_one_passphrase(sandbox: sh.Sandbox) -> None:
    folder = sandbox.data_dir / "vault"
    uids = _make(folder, passphrase=_passphrase(0))
    rng = random.Random()
    current, changes = 0, 0
    for round_no in range(ROUNDS + 2):
        lines = _run_and_kill(["rekey", str(folder), str(current)], rng.uniform(0.0, 0.8))
        acked = [line.split() for line in lines if line.startswith("REKEYED")]
        last = int(acked[-1][1]) if acked else current
        changes += last - current
        opens = []
        for candidate in (last, last + 1):
            try:
                Vault.unlock(
                    folder, _passphrase(candidate), schemas=FEATURE_SCHEMAS, **sh.vault_kwargs()
                ).lock()
                opens.append(candidate)
            except WrongPassphrase:
                pass
        assert len(opens) == 1, f"round {round_no}: after {last}, these open: {opens}"
        current = opens[0]
        _verify(folder, _passphrase(current), uids)
        if acked and current == last:
            code = acked[-1][2]
            vault = Vault.unlock_with_recovery_code(
                folder, code, _passphrase(current), schemas=FEATURE_SCHEMAS, **sh.vault_kwargs()
            )
            vault.lock()
        leftovers = {p.name for p in folder.iterdir()} - {
            "journal.db",
            "vault.header",
            "kept-aside",
        }
        assert all(n.startswith(".vault.header.") for n in leftovers), leftovers
    assert changes > 0, "no re-key ever finished"
