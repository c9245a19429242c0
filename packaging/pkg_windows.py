"""Windows artifacts: NSIS setup, WiX MSI, portable zip, and the stand-in script check.

Freezing for Windows only happens on Windows (PyInstaller does not cross-compile), but
``makensis`` and ``wixl`` run on Linux, so ``check_windows_scripts`` compiles both
installer sources against a stand-in payload laid out like the real bundle. That catches
script errors in this project's CI; the release workflow builds the real ones.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
WINDOWS_DIR = HERE / "windows"
NSI = WINDOWS_DIR / "companion.nsi"
WXS = WINDOWS_DIR / "companion.wxs"
sys.path.insert(0, str(WINDOWS_DIR))
import wxs_files  # noqa: E402

#: The file that switches Companion to portable mode when it sits next to companion.exe
#: (and the folder its data then goes to). The app reads the marker in a later feature;
#: the names are fixed here and in packaging/README.md.
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA_DIR = "CompanionData"
PORTABLE_MARKER_TEXT = (
    "This file puts Companion in portable mode.\r\n"
    "\r\n"
    f"While it sits next to companion.exe, Companion keeps your journal and settings in\r\n"
    f"the {PORTABLE_DATA_DIR} folder beside it (encrypted, as always) instead of in your\r\n"
    "user profile, so everything travels with this folder, e.g. on a USB stick.\r\n"
    "Delete this file to go back to the normal per-user folder.\r\n"
)


def make_standin_payload(root: Path) -> Path:
    """A folder laid out like the frozen Windows bundle, with placeholder files."""
    if root.exists():
        shutil.rmtree(root)
    internal = root / "_internal"
    (internal / "assets" / "resources").mkdir(parents=True)
    (internal / "PySide6" / "plugins" / "platforms").mkdir(parents=True)
    for name in ("companion.exe", "companion-cli.exe"):
        (root / name).write_bytes(b"MZ stand-in for " + name.encode())
    for rel in (
        "python311.dll",
        "base_library.zip",
        "PySide6/Qt6Core.dll",
        "PySide6/plugins/platforms/qwindows.dll",
        "assets/resources/directory.json",
    ):
        (internal / rel).write_bytes(b"stand-in\n")
    return root


def build_nsis(payload: Path, out: Path, version: str, icon: Path) -> Path:
    """Compile the NSIS setup for ``payload`` into ``out`` with makensis."""
    out.unlink(missing_ok=True)
    subprocess.run(
        [
            "makensis",
            "-V2",
            "-WX",  # warnings are errors: a sloppy script fails CI, not a library PC
            f"-DVERSION={version}",
            f"-DPAYLOAD={payload.resolve()}",
            f"-DICON={icon.resolve()}",
            f"-DOUTFILE={out.resolve()}",
            str(NSI),
        ],
        check=True,
    )
    return out


def build_msi_wixl(payload: Path, out: Path, version: str, icon: Path, work: Path) -> Path:
    """Build the per-machine MSI with wixl (msitools) for ``payload``.

    wixl only resolves relative source paths, so it runs from ``work`` with the payload
    and the icon copied (or linked) beside the generated file list.
    """
    work.mkdir(parents=True, exist_ok=True)
    local_payload = work / "payload"
    if local_payload.is_symlink() or local_payload.exists():
        local_payload.unlink() if local_payload.is_symlink() else shutil.rmtree(local_payload)
    local_payload.symlink_to(payload.resolve(), target_is_directory=True)
    shutil.copy2(icon, work / "companion.ico")
    (work / "files.wxs").write_text(wxs_files.fragment(payload), encoding="utf-8")
    out.unlink(missing_ok=True)
    subprocess.run(
        [
            "wixl",
            "-a",
            "x64",
            "-D",
            f"Version={version}",
            "-D",
            "PayloadDir=payload",
            "-D",
            "IconFile=companion.ico",
            "-o",
            str(out.resolve()),
            str(WXS),
            "files.wxs",
        ],
        check=True,
        cwd=work,
    )
    return out


def make_portable_zip(bundle: Path, out: Path, top: str, epoch: int) -> Path:
    """Zip ``bundle`` under ``top/`` with the portable marker, reproducibly."""
    stamp = time.gmtime(max(epoch, 315532800))[:6]  # zip dates start in 1980
    out.unlink(missing_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        entries = sorted(p for p in bundle.rglob("*") if p.is_file())
        for path in entries:
            info = zipfile.ZipInfo(f"{top}/{path.relative_to(bundle).as_posix()}", stamp)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes(), compresslevel=9)
        marker = zipfile.ZipInfo(f"{top}/{PORTABLE_MARKER}", stamp)
        marker.external_attr = 0o644 << 16
        zf.writestr(marker, PORTABLE_MARKER_TEXT.encode("utf-8"))
    return out


def check_windows_scripts(work: Path, version: str, icon: Path) -> dict[str, Path]:
    """Compile companion.nsi and companion.wxs against a stand-in payload.

    Returns:
        The artifacts built (setup, msi, portable zip), all under ``work``.
    """
    payload = make_standin_payload(work / "standin" / "companion")
    return {
        "nsis": build_nsis(payload, work / f"Companion-{version}-standin-setup.exe", version, icon),
        "msi": build_msi_wixl(
            payload, work / f"Companion-{version}-standin.msi", version, icon, work / "wixl"
        ),
        "zip": make_portable_zip(
            payload, work / f"Companion-{version}-standin-portable.zip", "Companion", 0
        ),
    }
