"""Fixtures for the UI tests: a help object, a fake clock, tiny KDF params, a vault on disk."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget

from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.vault import Vault
from companion.core.vault.crypto import TEST_KDF_PARAMS, KdfParams
from companion.core.vault.service import VaultService
from companion.ui.help.access import HelpAccess
from companion.ui.shell.ops import wait_for_background_tasks

PASSPHRASE = "quiet river morning tea"


@pytest.fixture
def kdf() -> KdfParams:
    return TEST_KDF_PARAMS


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def vaults(clock: FakeClock) -> VaultService:
    """How the screens open vaults in tests: tiny Argon2id costs, the real schemas."""
    return VaultService.fast_for_tests(FEATURE_SCHEMAS, clock)


@pytest.fixture
def help_access(qapp: QApplication) -> Iterator[HelpAccess]:
    chosen: list[str] = []
    help_obj = HelpAccess(lambda: chosen[-1] if chosen else None, chosen.append)
    yield help_obj
    panel = help_obj.panel()
    if panel is not None:
        panel.close()
    wait_for_background_tasks()


@pytest.fixture
def vault_dir(data_dir: Path) -> Path:
    return data_dir / "vault"


@pytest.fixture
def existing_vault(vault_dir: Path, kdf: KdfParams) -> tuple[Path, str]:
    """A vault on disk, locked again; returns (folder, recovery code)."""
    vault, code = Vault.create(
        vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, kdf_params=kdf, allow_weak_for_tests=True
    )
    vault.lock()
    return vault_dir, code.text


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


def _controls(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue  # a spin box's own line edit: the spin box is the control
        reachable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if reachable and widget.isVisibleTo(root) and widget.isEnabled():
            found.append(widget)
    return found


@pytest.fixture
def controls_of() -> Callable[[QWidget], list[QWidget]]:
    """Every enabled, visible control under a widget that Tab can reach."""
    return _controls


@pytest.fixture
def gc_collections() -> Iterator[list[int]]:
    """The generation of every garbage collection that finishes during the test."""
    seen: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "stop":
            seen.append(info["generation"])

    gc.callbacks.append(record)
    yield seen
    gc.callbacks.remove(record)
