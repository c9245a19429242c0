"""kill -9 at random moments: during passphrase changes, and during journal writes.

Passphrase change: a child changes the passphrase P(k) -> P(k+1) -> ... in a loop and is
SIGKILLed after a random delay. Afterwards the header parses (never partial), exactly one
of P(last acknowledged) and P(last acknowledged + 1) opens the vault, every entry is there
and the recovery code still works.

Writes: a few rounds of ``benchmarks/stress_kill.py`` (the stress script runs >= 100):
every acknowledged save is present with its exact text and all integrity checks pass.
"""

from __future__ import annotations

import importlib.util
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest
import sec_helpers as sh

from companion.core.clock import FakeClock
from companion.core.errors import WrongPassphrase
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal import Journal
from companion.core.journal.models import EntryDraft
from companion.core.vault import Vault
from companion.core.vault.header import read_header

PREFIX = "rekey: patient harbour light"
REKEY_ROUNDS = 10
WRITE_ROUNDS = 4


def passphrase_for(i: int) -> str:
    # Same formula as child_session.passphrase_for.
    return f"{PREFIX} {i:05d}"


def _opens(folder: Path, passphrase: str) -> bool:
    try:
        Vault.unlock(folder, passphrase, schemas=FEATURE_SCHEMAS, **sh.vault_kwargs()).lock()
    except WrongPassphrase:
        return False
    return True


def _rekey_round(folder: Path, start: int, delay: float) -> tuple[int, str]:
    """Run the changer from P(start), kill it after ``delay``; (last acked index, stderr)."""
    proc = subprocess.Popen(
        sh.child_command("rekey", str(folder), PREFIX, str(start)),
        env=sh.child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    ready = proc.stdout.readline().strip()
    if ready != "READY":
        proc.kill()
        _out, err = proc.communicate(timeout=30)
        pytest.fail(f"changer did not start ({ready!r}): {err[-2000:]}")
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, err[-2000:]
    acked = start
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] == "CHANGED":
            acked = int(parts[1])
    return acked, err


def test_passphrase_change_survives_kill9(sandbox: sh.Sandbox) -> None:
    folder = sandbox.data_dir / "vault"
    vault, code = Vault.create(
        folder, passphrase_for(0), schemas=FEATURE_SCHEMAS, **sh.vault_kwargs()
    )
    journal = Journal(vault.connection, FakeClock())
    texts = {journal.create(EntryDraft(text=f"entry {i}")).id: f"entry {i}" for i in range(25)}
    vault.lock()
    _db, header_path = sh.vault_files(folder)

    rng = random.Random()
    current = 0
    changes = 0
    for round_no in range(REKEY_ROUNDS):
        acked, _err = _rekey_round(folder, current, rng.uniform(0.0, 0.3))
        changes += acked - current
        read_header(header_path)  # never partial: parses, or raises VaultDamaged here
        old_opens = _opens(folder, passphrase_for(acked))
        new_opens = _opens(folder, passphrase_for(acked + 1))
        assert old_opens != new_opens, (
            f"round {round_no}: after change {acked}, old opens={old_opens}, "
            f"new opens={new_opens}; exactly one must"
        )
        current = acked if old_opens else acked + 1
        # Nothing older opens any more.
        if current >= 1:
            assert not _opens(folder, passphrase_for(current - 1))
        vault = Vault.unlock(
            folder, passphrase_for(current), schemas=FEATURE_SCHEMAS, **sh.vault_kwargs()
        )
        try:
            journal = Journal(vault.connection, FakeClock())
            assert {i: journal.get(i).text for i in texts} == texts
            assert vault.check_integrity() == []
        finally:
            vault.lock()
        # The only thing a kill may leave is an unused temp copy of the header.
        extra = {p.name for p in sh.list_files(folder)} - {header_path.name, _db.name}
        assert all(n.startswith(f".{header_path.name}.") and n.endswith(".tmp") for n in extra)

    assert changes > 0, "the changer never completed a change"
    # The recovery slot survived every rewrite of the header.
    vault = Vault.unlock_with_recovery_code(
        folder,
        code.text,
        "after the storm, a new passphrase",
        schemas=FEATURE_SCHEMAS,
        **sh.vault_kwargs(),
    )
    try:
        journal = Journal(vault.connection, FakeClock())
        assert {i: journal.get(i).text for i in texts} == texts
    finally:
        vault.lock()


def _stress_module() -> ModuleType:
    name = "stress_kill_under_test"
    if name in sys.modules:
        return sys.modules[name]
    path = sh.REPO_ROOT / "benchmarks" / "stress_kill.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def test_acknowledged_writes_survive_kill9(sandbox: sh.Sandbox) -> None:
    stress = _stress_module()
    folder = sandbox.data_dir / "vault"
    stress.create_vault(folder)
    expected = stress.Expected()
    rng = random.Random()
    acked = 0
    for round_no in range(WRITE_ROUNDS):
        result = stress.run_round(folder, expected, rng, min_delay=0.05, max_delay=0.8)
        assert result.losses == [], f"round {round_no}: acknowledged saves lost"
        assert result.problems == [], f"round {round_no}: integrity problems"
        acked += result.acked
    assert acked > 0, "the writer never acknowledged a save"
    final = stress.verify(folder, expected)
    assert final.losses == []
    assert final.problems == []


def test_stress_checks_can_fail(sandbox: sh.Sandbox) -> None:
    """The stress verifier reports a lost save and a changed text (positive control)."""
    stress = _stress_module()
    folder = sandbox.data_dir / "vault"
    stress.create_vault(folder)
    expected = stress.Expected()
    vault = Vault.unlock(folder, stress.PASSPHRASE, schemas=FEATURE_SCHEMAS, **sh.vault_kwargs())
    entry = Journal(vault.connection, FakeClock()).create(EntryDraft(text="kept"))
    vault.lock()
    expected.texts[entry.id] = {"something else"}
    expected.texts[10**9] = {"never saved"}
    result = stress.verify(folder, expected)
    assert len(result.losses) == 2, result.losses
    assert result.problems == []
