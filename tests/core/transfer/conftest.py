"""Shared fixtures for the transfer tests: fixtures folder, vaults, a fixed zone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path

import pytest

from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal import Journal
from companion.core.vault import Vault
from companion.core.vault.service import VaultService

IMPORTS = Path(__file__).resolve().parents[2] / "data" / "import"
PASSPHRASE = "transfer tests: amber kettle"
ZONE: tzinfo = timezone(timedelta(hours=1))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 5, 4, 12, 0, tzinfo=UTC))


@pytest.fixture
def service(clock: FakeClock) -> VaultService:
    return VaultService.fast_for_tests(FEATURE_SCHEMAS, clock)


@pytest.fixture
def vault(tmp_path: Path, service: VaultService) -> Iterator[Vault]:
    opened, _code = service.create(tmp_path / "vault", PASSPHRASE)
    yield opened
    opened.lock()


@pytest.fixture
def journal(vault: Vault, clock: FakeClock) -> Journal:
    return Journal(vault.connection, clock)
