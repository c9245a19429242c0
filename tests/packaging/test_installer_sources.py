"""Installer sources and generated files, checked without building anything big.

The real tools (desktop-file-validate, appstreamcli, makensis, wixl, dpkg-deb) run in
``packaging/build.py`` and ``packaging/ci_stage.sh``; these tests pin down the parts
other code relies on: ids, names, file layout, reproducibility of our own writers.
"""

from __future__ import annotations

import configparser
import importlib.util
import struct
import sys
import tarfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.companionapp.Companion"


def _load(name: str, folder: Path = PACKAGING) -> ModuleType:
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_app_id_matches_package() -> None:
    import companion

    assert companion.APP_ID == APP_ID


def test_desktop_file() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "companion"
    assert entry["Terminal"] == "false"


def test_metainfo() -> None:
    tree = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml")
    root = tree.getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.text == f"{APP_ID}.desktop"
    assert root.find("content_rating") is not None
    assert root.find("developer/name") is not None
    assert root.find("description/p") is not None
    import companion

    versions = [r.get("version") for r in root.iter("release")]
    assert versions[0] == companion.__version__
    assert root.find("screenshots") is None  # nothing remote to fetch


def test_rendered_icons_cover_every_size() -> None:
    render = _load("render_icons")
    icons = ROOT / "assets" / "icons"
    for size in render.HICOLOR_SIZES:
        png = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size)
    ico = (icons / "companion.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(render.ICO_SIZES))
    dims = [ico[6 + 16 * i] or 256 for i in range(count)]
    assert dims == list(render.ICO_SIZES)
    icns = (icons / "companion.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns
    assert b"icp4" in icns


def test_icns_and_ico_writers_round_trip() -> None:
    render = _load("render_icons")
    fake_png = b"\x89PNG\r\n\x1a\n" + b"x" * 10
    icns = render.make_icns({size: fake_png for _, size in render.ICNS_TYPES})
    offset, kinds = 8, []
    while offset < len(icns):
        kind, length = icns[offset : offset + 4], struct.unpack(">I", icns[offset + 4 : offset + 8])
        kinds.append(kind.decode())
        offset += length[0]
    assert offset == len(icns)
    assert kinds == [k for k, _ in render.ICNS_TYPES]


def test_wxs_fragment_is_stable_and_complete(tmp_path: Path) -> None:
    wxs_files = _load("wxs_files", PACKAGING / "windows")
    bundle = tmp_path / "companion"
    (bundle / "_internal" / "assets").mkdir(parents=True)
    (bundle / "companion.exe").write_bytes(b"MZ")
    (bundle / "_internal" / "assets" / "a b.json").write_bytes(b"{}")
    first = wxs_files.fragment(bundle)
    assert first == wxs_files.fragment(bundle)  # same input, same ids and GUIDs
    root = ET.fromstring(first.encode("utf-8"))
    ns = {"w": "http://schemas.microsoft.com/wix/2006/wi"}
    files = root.findall(".//w:File", ns)
    assert sorted(f.get("Name") for f in files) == ["a b.json", "companion.exe"]
    refs = root.findall(".//w:ComponentGroup[@Id='CompanionFiles']/w:ComponentRef", ns)
    assert len(refs) == len(files) == len(root.findall(".//w:Component", ns))


def test_wxs_main_source_is_per_machine_with_major_upgrade() -> None:
    ns = {"w": "http://schemas.microsoft.com/wix/2006/wi"}
    root = ET.parse(PACKAGING / "windows" / "companion.wxs").getroot()
    package = root.find(".//w:Package", ns)
    assert package is not None
    assert package.get("InstallScope") == "perMachine"
    assert root.find(".//w:MajorUpgrade", ns) is not None
    assert root.find(".//w:ComponentGroupRef[@Id='CompanionFiles']", ns) is not None
    assert root.find(".//w:CustomAction", ns) is None  # nothing runs at install time
    shortcuts = root.findall(".//w:Shortcut", ns)
    assert [s.get("Name") for s in shortcuts] == ["Companion"]  # Start menu only


def test_nsis_script_promises() -> None:
    text = (PACKAGING / "windows" / "companion.nsi").read_text(encoding="utf-8")
    assert "MULTIUSER_INSTALLMODE_COMMANDLINE" in text  # /AllUsers and /CurrentUser
    assert "/RemoveUserData" in text
    assert "$DESKTOP" not in text  # no desktop shortcut
    assert "MUI_FINISHPAGE_RUN" not in text  # no launch after install
    assert "CurrentVersion\\Run" not in text  # no autostart
    assert 'RMDir /r "$INSTDIR"' not in text  # never wipe a user-chosen folder


def test_portable_zip_layout_and_reproducibility(tmp_path: Path) -> None:
    pkg_windows = _load("pkg_windows")
    bundle = pkg_windows.make_standin_payload(tmp_path / "companion")
    one = pkg_windows.make_portable_zip(bundle, tmp_path / "one.zip", "Companion", 1_700_000_000)
    two = pkg_windows.make_portable_zip(bundle, tmp_path / "two.zip", "Companion", 1_700_000_000)
    assert one.read_bytes() == two.read_bytes()
    names = zipfile.ZipFile(one).namelist()
    assert f"Companion/{pkg_windows.PORTABLE_MARKER}" in names
    assert "Companion/companion.exe" in names
    assert any(n.startswith("Companion/_internal/assets/") for n in names)


def test_tarball_is_reproducible_and_owned_by_root(tmp_path: Path) -> None:
    pkg_linux = _load("pkg_linux")
    bundle = tmp_path / "companion"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / "companion"
    exe.write_bytes(b"\x7fELF stand-in")
    exe.chmod(0o700)
    (bundle / "_internal" / "data.txt").write_text("x", encoding="utf-8")
    one = pkg_linux.make_tarball(bundle, tmp_path / "one.tar.xz", "companion-1", 1_700_000_000, 1)
    two = pkg_linux.make_tarball(bundle, tmp_path / "two.tar.xz", "companion-1", 1_700_000_000, 1)
    assert one.read_bytes() == two.read_bytes()
    with tarfile.open(one) as archive:
        members = {m.name: m for m in archive.getmembers()}
    assert members["companion-1/companion"].mode == 0o755
    assert members["companion-1/_internal/data.txt"].mode == 0o644
    assert {(m.uid, m.gid, m.mtime) for m in members.values()} == {(0, 0, 1_700_000_000)}


def test_deb_tree_has_no_maintainer_scripts(tmp_path: Path) -> None:
    pkg_linux = _load("pkg_linux")
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "companion").write_bytes(b"\x7fELF")
    root = pkg_linux.stage_deb_root(
        bundle, tmp_path / "root", "1.2.3", "2.35", ROOT / "assets" / "icons"
    )
    assert sorted(p.name for p in (root / "DEBIAN").iterdir()) == ["control"]
    control = (root / "DEBIAN" / "control").read_text(encoding="utf-8")
    assert "Version: 1.2.3\n" in control
    assert "libc6 (>= 2.35)" in control
    link = root / "usr" / "bin" / "companion"
    assert link.is_symlink()
    assert str(link.readlink()) == "/opt/companion/companion"
    share = root / "usr" / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()


def test_spec_is_valid_python() -> None:
    # The spec only runs inside PyInstaller; at least make sure it parses.
    source = (PACKAGING / "companion.spec").read_text(encoding="utf-8")
    compile(source, "companion.spec", "exec")


def test_min_glibc_reads_symbol_versions(tmp_path: Path) -> None:
    pkg_linux = _load("pkg_linux")
    (tmp_path / "lib.so").write_bytes(b"\x7fELF....GLIBC_2.17\x00GLIBC_2.34\x00GLIBC_2.28\x00")
    (tmp_path / "notes.txt").write_bytes(b"GLIBC_2.99")  # not an ELF file: ignored
    assert pkg_linux.min_glibc(tmp_path) == "2.34"
