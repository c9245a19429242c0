"""The three ways Companion finds its runtime data: checkout, wheel, frozen bundle.

``companion.core.assets`` promises one lookup for all three. These tests check each
without running PyInstaller: the checkout directly, the wheel by building one and
reading its file list, the frozen bundle by simulating ``sys._MEIPASS`` and by checking
that the spec puts ``assets/`` where that lookup expects it.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
ASSETS_PY = ROOT / "companion" / "core" / "assets.py"


def _fresh_assets_module(path: Path = ASSETS_PY) -> ModuleType:
    """Load assets.py as a new module, so its cached answer starts empty."""
    spec = importlib.util.spec_from_file_location("_assets_under_test", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def assets_module() -> Iterator[ModuleType]:
    module = _fresh_assets_module()
    yield module
    module.assets_root.cache_clear()


def test_checkout_lookup_finds_repository_assets(assets_module: ModuleType) -> None:
    root = assets_module.assets_root()
    assert root == ROOT / "assets"
    assert (root / "resources").is_dir()
    assert assets_module.asset_path("icons", "companion.svg").is_file()


def test_frozen_lookup_prefers_meipass(
    assets_module: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "_internal"
    (bundle / "assets" / "resources").mkdir(parents=True)
    (bundle / "assets" / "resources" / "directory.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert assets_module.assets_root() == bundle / "assets"
    assert assets_module.asset_path("resources", "directory.json").read_text() == "{}"


def test_frozen_lookup_without_assets_falls_through(
    assets_module: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An empty _MEIPASS (a broken bundle) must not shadow a real copy elsewhere.
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert assets_module.assets_root() == ROOT / "assets"


def test_installed_lookup_uses_package_folder(tmp_path: Path) -> None:
    # Lay out site-packages/companion/{core/assets.py, assets/resources} as a wheel does,
    # with no repository above it.
    site = tmp_path / "site-packages"
    core = site / "companion" / "core"
    core.mkdir(parents=True)
    (core / "assets.py").write_bytes(ASSETS_PY.read_bytes())
    (site / "companion" / "assets" / "resources").mkdir(parents=True)
    module = _fresh_assets_module(core / "assets.py")
    assert module.assets_root() == site / "companion" / "assets"


def test_spec_puts_assets_at_meipass_assets() -> None:
    text = (ROOT / "packaging" / "companion.spec").read_text(encoding="utf-8")
    # datas destination "assets/<subfolder>" is what sys._MEIPASS/assets resolves to.
    assert 'str(Path("assets") / rel.parent)' in text
    assert 'rglob("*")' in text


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # pip builds in an isolated environment (setuptools from the index, as pyproject asks).
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=240,
    )
    (found,) = out.glob("companion-*.whl")
    return found


def test_wheel_contains_assets_under_package(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "companion/core/assets.py" in names
    assert "companion/assets/icons/companion.svg" in names
    for path in sorted((ROOT / "assets" / "resources").glob("*.json")):
        assert f"companion/assets/resources/{path.name}" in names
    # Build inputs and installer-only files stay out.
    assert not any(n.startswith("companion/assets/resources/tools/") for n in names)
    assert not any(n.endswith((".icns", ".ico")) for n in names)
    assert not any(n.startswith(("assets/", "packaging/")) for n in names)
