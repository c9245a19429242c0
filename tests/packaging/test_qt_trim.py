"""The rules that decide which parts of Qt go into the frozen bundle."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


qt_trim = _load("qt_trim")


def test_scan_finds_every_import_form(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "a.py").write_text("from PySide6.QtWidgets import QWidget\nimport PySide6.QtCore\n")
    (pkg / "b.py").write_text("def f():\n    from PySide6 import QtSvg, QtGui\n")
    (pkg / "c.py").write_text("import os\nfrom . import a\n")
    assert qt_trim.qt_modules_imported(pkg) == {"QtWidgets", "QtCore", "QtSvg", "QtGui"}


def test_real_source_imports_only_allowed_qt_modules() -> None:
    imported = qt_trim.qt_modules_imported(ROOT / "companion")
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported
    assert qt_trim.unexpected_qt_modules(imported) == set()


def test_keep_and_exclude_sets() -> None:
    keep = qt_trim.qt_modules_to_keep({"QtCore", "QtSvg"})
    assert keep == {"QtCore", "QtGui", "QtWidgets", "QtSvg"}
    excludes = qt_trim.qt_excludes(keep)
    assert "PySide6.QtNetwork" in excludes
    assert "PySide6.QtQml" in excludes
    assert "PySide6.QtSvg" not in excludes
    assert "PySide6.QtWidgets" not in excludes
    assert qt_trim.unexpected_qt_modules({"QtNetwork", "QtCore"}) == {"QtNetwork"}


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6/plugins/imageformats/qtiff.dll", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("libicudata.so.73", True),
    ],
)
def test_plugin_allow_list(dest: str, kept: bool) -> None:
    # Windows wheels keep plugins under PySide6/plugins (no Qt/ level), with backslashes.
    assert qt_trim.keep_plugin(dest) is kept


def test_print_plugin_follows_qtprintsupport() -> None:
    dest = "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"
    assert qt_trim.keep_plugin(dest, {"QtCore", "QtPrintSupport"}) is True
    assert qt_trim.keep_plugin(dest, {"QtCore"}) is False


def test_translations_only_qtbase_for_shipped_languages() -> None:
    langs = ["de", "pt_BR"]
    keep = qt_trim.keep_translation
    assert keep("PySide6/Qt/translations/qtbase_de.qm", langs)
    assert keep("PySide6/Qt/translations/qtbase_pt_BR.qm", langs)
    assert not keep("PySide6/Qt/translations/qtbase_fr.qm", langs)
    assert not keep("PySide6/Qt/translations/qt_de.qm", langs)  # meta-catalogue
    assert not keep("PySide6/Qt/translations/designer_de.qm", langs)
    assert not keep("PySide6/Qt/translations/qtbase_de.qm", [])
    assert not keep("PySide6\\translations\\qtbase_fr.qm", langs)  # Windows layout
    # Our own catalogues are never filtered.
    assert keep("assets/translations/companion_fr.qm", langs)


def test_shipped_languages(tmp_path: Path) -> None:
    assert qt_trim.shipped_languages(tmp_path / "missing") == []
    for name in ("companion_de.qm", "companion_pt_BR.qm", "other_fr.qm", "companion_de.ts"):
        (tmp_path / name).write_bytes(b"")
    assert qt_trim.shipped_languages(tmp_path) == ["de", "pt_BR"]


def test_windows_drops_software_opengl() -> None:
    dest = "PySide6/opengl32sw.dll"
    assert qt_trim.keep_entry(dest, [], windows=True) is False
    assert qt_trim.keep_entry(dest, [], windows=False) is True
    assert qt_trim.keep_entry("PySide6/Qt6Widgets.dll", [], windows=True) is True
