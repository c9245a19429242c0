"""Decide what of Qt goes into the frozen bundle.

The spec file imports this module so the rules live in plain, unit-tested Python
(``tests/packaging/test_qt_trim.py``) instead of inside ``companion.spec``.

Three decisions:

* **Qt modules** – QtCore, QtGui and QtWidgets always; QtSvg / QtSvgWidgets /
  QtPrintSupport / QtDBus only when ``companion/`` imports them (found by reading the source with
  :mod:`ast` at build time, so a new ``from PySide6.QtSvg import …`` is picked up without
  editing the spec). Every other PySide6 module is excluded from analysis.
* **Plugins** – an allow-list per plugin folder; everything else is dropped.
* **Translations** – Qt's own ``qtbase_<lang>.qm`` only for the languages we ship
  (``assets/translations/companion_<lang>.qm``); the rest of Qt's catalogue is dropped.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

#: Always needed by a QtWidgets program.
CORE_QT_MODULES = frozenset({"QtCore", "QtGui", "QtWidgets"})
#: Allowed only when the source imports them. QtDBus: the journal locks when the Linux
#: desktop locks (screen-saver and logind signals over the local D-Bus socket); its
#: library is in the bundle already, since Qt's xcb platform and accessibility use it.
OPTIONAL_QT_MODULES = frozenset({"QtSvg", "QtSvgWidgets", "QtPrintSupport", "QtDBus"})

#: Every PySide6 extension module in PySide6-Essentials 6.x (plus a few from the full
#: package, so an accidental install of ``pyside6`` cannot sneak them in).
ALL_QT_MODULES = frozenset(
    {
        "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
        "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtCore", "QtDBus",
        "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtGui", "QtHelp",
        "QtHttpServer", "QtLabsStyleKit", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
        "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf",
        "QtPdfWidgets", "QtPositioning", "QtPrintSupport", "QtQml", "QtQmlFeatures", "QtQuick",
        "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects",
        "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
        "QtStateMachine", "QtSvg", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools",
        "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
        "QtWebSockets", "QtWebView", "QtXml",
    }
)  # fmt: skip

#: Plugin folder -> allowed file stems (``libqxcb.so`` -> ``qxcb``; ``qxcb.dll`` ->
#: ``qxcb``). A folder missing here is dropped entirely.
PLUGIN_ALLOW: dict[str, frozenset[str]] = {
    # offscreen: self-test and CI; xcb: X11; wayland: native Wayland sessions; windows and
    # cocoa: the other two desktops. minimal/eglfs/linuxfb/vnc are kiosk back-ends we skip.
    "platforms": frozenset({"qoffscreen", "qxcb", "qwayland", "qwindows", "qcocoa"}),
    # The portal theme gives native file dialogs under Flatpak/Wayland without linking GTK
    # (the gtk3 theme would drag libgtk-3 and its stack into the bundle).
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # PNG is built into QtGui; SVG icons need these two; ICO lets Windows read our icon.
    "imageformats": frozenset({"qsvg", "qico"}),
    "iconengines": frozenset({"qsvgicon"}),
    # Compose keys (dead keys, accented letters) and IBus (CJK input) on Linux.
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    # OpenGL glue for xcb; tiny, and the GL libraries themselves stay the system's.
    "xcbglintegrations": frozenset({"qxcb-glx-integration", "qxcb-egl-integration"}),
    # Wayland client pieces the qwayland platform needs to draw decorated windows.
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"bradient"}),
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl"}),
    # Windows: the modern style; macOS: the native style.
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"}),
}

#: Plugin folders kept only while the Qt module that uses them is kept.
PLUGIN_NEEDS_MODULE: dict[str, tuple[str, frozenset[str]]] = {
    # Real printers (CUPS on Linux/macOS); without it Qt can still print to PDF.
    "printsupport": ("QtPrintSupport", frozenset({"cupsprintersupport"})),
}

#: Linux libraries taken from the system rather than bundled. Each is only reached through
#: an optional plugin that Qt loads lazily and skips quietly if the library is missing.
SYSTEM_LIBRARIES = (
    # CUPS (for the print plugin) would drag in GnuTLS, Kerberos, Avahi, p11-kit … about
    # 10 MB; every desktop distribution ships libcups2, and without it Qt still prints to
    # PDF. The .deb declares it as a Recommends. The rest of the list is what only libcups
    # needs: on Linux PyInstaller reads ldd(1), which lists transitive dependencies as if
    # they were direct, so excluding libcups alone would leave these behind as orphans.
    "libcups.so.2",
    "libgnutls.so.30", "libp11-kit.so.0", "libidn2.so.0", "libunistring.so.2",
    "libtasn1.so.6", "libnettle.so.8", "libhogweed.so.6", "libgmp.so.10",
    "libgssapi_krb5.so.2", "libkrb5.so.3", "libk5crypto.so.3", "libkrb5support.so.0",
    "libcom_err.so.2", "libkeyutils.so.1",
    "libavahi-client.so.3", "libavahi-common.so.3",
)  # fmt: skip

#: Qt's catalogue families that belong to tools we never ship.
_QT_TRANSLATION = re.compile(r"^(?P<family>[a-z]+)_(?P<lang>[A-Za-z_]+)\.qm$")

#: Files dropped on Windows regardless of the analysis: the 20 MB software OpenGL
#: renderer is only used by Qt Quick / OpenGL fallbacks, which QtWidgets never needs.
WINDOWS_DROP = frozenset({"opengl32sw.dll"})


def qt_modules_imported(source_root: Path) -> set[str]:
    """Names of ``PySide6.<Module>`` modules imported anywhere under ``source_root``.

    Args:
        source_root: a package folder, e.g. ``<repo>/companion``.

    Returns:
        Module names such as ``{"QtCore", "QtWidgets"}``.
    """
    found: set[str] = set()
    for path in sorted(source_root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
                if node.module == "PySide6":  # from PySide6 import QtSvg
                    names = [f"PySide6.{alias.name}" for alias in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                    found.add(parts[1])
    return found


def qt_modules_to_keep(imported: Iterable[str]) -> set[str]:
    """The Qt modules the bundle keeps, given what the source imports."""
    return set(CORE_QT_MODULES) | (set(imported) & OPTIONAL_QT_MODULES)


def unexpected_qt_modules(imported: Iterable[str]) -> set[str]:
    """Imported Qt modules outside the allowed set (e.g. QtNetwork: we never go online).

    The build stops on these instead of silently bundling them: adding one is a design
    decision (size, and for QtNetwork the no-network promise), not a packaging detail.
    """
    return set(imported) - CORE_QT_MODULES - OPTIONAL_QT_MODULES


def qt_excludes(keep: Iterable[str]) -> list[str]:
    """``Analysis(excludes=…)`` entries for every PySide6 module not in ``keep``."""
    kept = set(keep)
    return sorted(f"PySide6.{name}" for name in ALL_QT_MODULES - kept)


def _plugin_stem(filename: str) -> str:
    stem = filename.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_plugin(dest: str, qt_modules: Iterable[str] = CORE_QT_MODULES) -> bool:
    """Whether a collected file under ``…/Qt/plugins/<folder>/`` stays in the bundle.

    Args:
        dest: the file's destination path inside the bundle (either separator).
        qt_modules: the Qt modules being kept (enables e.g. the print plugins).

    Returns:
        True for files outside the plugin tree, and for allow-listed plugins.
    """
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" not in parts:
        return True
    index = parts.index("plugins")
    # Linux/macOS wheels: PySide6/Qt/plugins/…; Windows wheels: PySide6/plugins/….
    if index == 0 or parts[index - 1] not in ("Qt", "PySide6") or len(parts) < index + 3:
        return True
    folder, filename = parts[index + 1], parts[-1]
    allowed = PLUGIN_ALLOW.get(folder)
    if folder in PLUGIN_NEEDS_MODULE:
        module, stems = PLUGIN_NEEDS_MODULE[folder]
        allowed = stems if module in set(qt_modules) else None
    return allowed is not None and _plugin_stem(filename) in allowed


def keep_translation(dest: str, languages: Iterable[str]) -> bool:
    """Whether a Qt ``.qm`` catalogue stays: only ``qtbase_<lang>`` for shipped languages.

    Our own catalogues live under ``assets/translations`` and are never filtered.
    """
    path = PurePosixPath(dest.replace("\\", "/"))
    if path.suffix != ".qm" or "translations" not in path.parts or "PySide6" not in path.parts:
        return True
    match = _QT_TRANSLATION.match(path.name)
    if match is None:
        return False
    wanted = {lang.lower() for lang in languages}
    lang = match["lang"].lower()
    return match["family"] == "qtbase" and (lang in wanted or lang.split("_")[0] in wanted)


def shipped_languages(translations_dir: Path) -> list[str]:
    """Languages with a compiled catalogue of ours: ``companion_de.qm`` -> ``de``."""
    if not translations_dir.is_dir():
        return []
    return sorted(
        p.stem.removeprefix("companion_")
        for p in translations_dir.glob("companion_*.qm")
        if p.stem != "companion_"
    )


def keep_entry(
    dest: str,
    languages: Sequence[str],
    qt_modules: Iterable[str] = CORE_QT_MODULES,
    *,
    windows: bool = False,
) -> bool:
    """One rule for every TOC entry: plugins, translations and Windows-only drops."""
    name = PurePosixPath(dest.replace("\\", "/")).name.lower()
    if windows and name in WINDOWS_DROP:
        return False
    return keep_plugin(dest, qt_modules) and keep_translation(dest, languages)
