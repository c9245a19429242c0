"""Key derivation and unlock costs of the vault.

    python -m benchmarks.kdf_bench [--quick]

* calibration: how long ``calibrate_kdf`` takes and what it picks on this machine;
* one Argon2id derivation at the calibrated parameters (goal ~0.5 s), against the
  RFC 9106 floor (m=64 MiB, t=3, p=4);
* ``Vault.create`` / ``Vault.unlock`` / a wrong passphrase / ``change_passphrase`` with
  the calibrated parameters (what a user waits for), unlock against the bare KDF;
* the non-KDF part of unlocking (open, key, proof read, ``cipher_integrity_check``,
  migrate) on an empty vault and on a vault holding a few MB of rows, with tiny KDF
  parameters so only the database work is timed.

Everything lives in a temporary folder that is deleted afterwards.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import Measurement  # noqa: E402
from companion.core.errors import WrongPassphrase  # noqa: E402
from companion.core.features import FEATURE_SCHEMAS  # noqa: E402
from companion.core.vault import DATABASE_NAME, FLOOR_PARAMS, TEST_KDF_PARAMS, Vault  # noqa: E402
from companion.core.vault.crypto import calibrate_kdf, measure_params  # noqa: E402

PASSPHRASE = "benchmark passphrase only"
NEW_PASSPHRASE = "another benchmark passphrase"
FAST: dict[str, Any] = {"kdf_params": TEST_KDF_PARAMS, "allow_weak_for_tests": True}


def _median_seconds(action: Callable[[], object], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _wrong_unlock(folder: Path) -> None:
    try:
        Vault.unlock(folder, "not the passphrase", schemas=FEATURE_SCHEMAS)
    except WrongPassphrase:
        return
    raise AssertionError("a wrong passphrase unlocked the vault")


def _fill(folder: Path, megabytes: int) -> None:
    with Vault.unlock(folder, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST) as vault:
        conn = vault.connection
        conn.execute("CREATE TABLE filler (body TEXT)")
        row = "synthetic text for size only " * 34  # ~1 KB
        conn.executemany("INSERT INTO filler VALUES (?)", [(row,)] * (megabytes * 1000))
        conn.commit()


def run(quick: bool) -> list[Measurement]:
    """Measure calibration, derivation and unlock; returns one record per figure."""
    rounds = 1 if quick else 3
    folder = Path(tempfile.mkdtemp(prefix="kdf-bench-"))
    try:
        started = time.perf_counter()
        params = calibrate_kdf()
        calibration = time.perf_counter() - started
        floor_s = _median_seconds(lambda: measure_params(FLOOR_PARAMS), rounds)
        derive_s = _median_seconds(lambda: measure_params(params), rounds)

        real = folder / "real"
        started = time.perf_counter()
        vault, _code = Vault.create(real, PASSPHRASE, schemas=FEATURE_SCHEMAS, kdf_params=params)
        create_s = time.perf_counter() - started
        vault.lock()
        unlock_s = _median_seconds(
            lambda: Vault.unlock(real, PASSPHRASE, schemas=FEATURE_SCHEMAS).lock(), rounds
        )
        wrong_s = _median_seconds(lambda: _wrong_unlock(real), rounds)
        with Vault.unlock(real, PASSPHRASE, schemas=FEATURE_SCHEMAS) as vault:
            started = time.perf_counter()
            vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
            change_s = time.perf_counter() - started

        empty, filled = folder / "empty", folder / "filled"
        megabytes = 4 if quick else 32
        for target in (empty, filled):
            Vault.create(target, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)[0].lock()
        _fill(filled, megabytes)
        file_mb = (filled / DATABASE_NAME).stat().st_size / 1e6
        db_rounds = 5 if quick else 20
        open_empty = _median_seconds(
            lambda: Vault.unlock(empty, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST).lock(),
            db_rounds,
        )
        open_filled = _median_seconds(
            lambda: Vault.unlock(filled, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST).lock(),
            db_rounds,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    return [
        Measurement("kdf calibration (calibrate_kdf)", calibration, "s"),
        Measurement("kdf calibrated memory", params.memory_kib / 1024, "MiB"),
        Measurement("kdf calibrated iterations", params.iterations, "passes"),
        Measurement(
            "kdf Argon2id at calibrated params",
            derive_s,
            "s",
            "RFC 9106 floor m=64MiB t=3 p=4",
            floor_s,
            "~0.5 s",
        ),
        Measurement("vault create (calibrated, 2 derivations)", create_s, "s"),
        Measurement(
            "vault unlock (calibrated)", unlock_s, "s", "one Argon2id derivation", derive_s
        ),
        Measurement("vault wrong passphrase (calibrated)", wrong_s, "s", "unlock", unlock_s),
        Measurement("vault change passphrase (2 derivations)", change_s, "s"),
        Measurement(
            f"vault unlock without KDF, {file_mb:.0f} MB database",
            open_filled * 1000,
            "ms",
            "empty journal",
            open_empty * 1000,
        ),
        # Mostly cipher_integrity_check, which reads and HMACs every page on unlock.
        Measurement(
            "vault unlock without KDF, per MB of database",
            (open_filled - open_empty) * 1000 / file_mb,
            "ms/MB",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, smaller journal")
    args = parser.parse_args()
    for item in run(args.quick):
        print(item.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
