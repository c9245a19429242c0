"""Linux artifacts: the reproducible .tar.xz, the .deb, metadata checks, install test.

Used by ``packaging/build.py``; every function takes explicit paths so it can also be
called from a test or by hand.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

APP_ID = "org.companionapp.Companion"
HERE = Path(__file__).resolve().parent
LINUX_DIR = HERE / "linux"
DESKTOP_FILE = LINUX_DIR / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX_DIR / f"{APP_ID}.metainfo.xml"
#: Where the .deb puts the bundle, and the command it links into PATH.
DEB_PREFIX = "opt/companion"
DEB_LINK = "usr/bin/companion"

_GLIBC = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")


def _elf_files(root: Path) -> list[Path]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def min_glibc(bundle: Path) -> str:
    """The newest ``GLIBC_x.y`` symbol version any bundled ELF file asks for."""
    best = (2, 17, 0)
    for path in _elf_files(bundle):
        for match in _GLIBC.finditer(path.read_bytes()):
            version = tuple(int(g or 0) for g in match.groups())
            best = max(best, version)  # type: ignore[assignment]
    major, minor, patch = best
    return f"{major}.{minor}" + (f".{patch}" if patch else "")


def _normalise_tarinfo(info: tarfile.TarInfo, epoch: int) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.mtime = epoch
    if info.isdir():
        info.mode = 0o755
    elif info.isfile():
        info.mode = 0o755 if info.mode & 0o111 else 0o644
    return info


def make_tarball(bundle: Path, out: Path, top: str, epoch: int, level: int = 9) -> Path:
    """Write ``out`` (.tar.xz) holding ``bundle`` under ``top/``, reproducibly.

    Entries are sorted, owned by root, dated ``epoch`` and normalised to 0755/0644; xz
    runs single-block (-9's 192 MiB block covers the whole bundle), so the bytes do not
    depend on the number of CPUs.
    """
    tar_path = out.with_suffix("")  # .tar
    with tarfile.open(tar_path, "w", format=tarfile.GNU_FORMAT) as archive:
        paths = [bundle, *sorted(bundle.rglob("*"))]
        for path in paths:
            arcname = top if path == bundle else f"{top}/{path.relative_to(bundle).as_posix()}"
            info = archive.gettarinfo(str(path), arcname)
            info = _normalise_tarinfo(info, epoch)
            if info.isfile():
                with path.open("rb") as handle:
                    archive.addfile(info, handle)
            else:
                archive.addfile(info)
    out.unlink(missing_ok=True)
    subprocess.run(["xz", f"-{level}", "--threads=1", "--force", str(tar_path)], check=True)
    tar_path.with_suffix(".tar.xz").replace(out)
    return out


def _dir_size_kib(root: Path) -> int:
    total = 0
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += (path.stat().st_size + 1023) // 1024
    return total


def stage_deb_root(bundle: Path, root: Path, version: str, glibc: str, icons: Path) -> Path:
    """Lay out the .deb file system tree under ``root`` (control file included)."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / DEB_PREFIX, symlinks=True)
    link = root / DEB_LINK
    link.parent.mkdir(parents=True)
    link.symlink_to(f"/{DEB_PREFIX}/companion")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(DESKTOP_FILE, share / "applications" / DESKTOP_FILE.name)
    (share / "metainfo").mkdir(parents=True)
    shutil.copy2(METAINFO_FILE, share / "metainfo" / METAINFO_FILE.name)
    for png in sorted((icons / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        target = share / "icons" / "hicolor" / png.relative_to(icons / "hicolor")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / "companion.svg", scalable / f"{APP_ID}.svg")
    doc = share / "doc" / "companion"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Companion\n\n"
        "Files: *\nCopyright: Companion developers\nLicense: GPL-3.0-or-later\n"
        " On Debian systems the full text is in /usr/share/common-licenses/GPL-3.\n",
        encoding="utf-8",
    )
    control_dir = root / "DEBIAN"
    control_dir.mkdir()
    # No maintainer scripts at all: nothing runs as root at install or removal, and
    # nothing can touch a user's data folder. dpkg's own triggers refresh the icon
    # cache and desktop database.
    (control_dir / "control").write_text(
        "Package: companion\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        "Maintainer: Companion developers <companion@companionapp.org>\n"
        f"Installed-Size: {_dir_size_kib(root)}\n"
        f"Depends: libc6 (>= {glibc}), libgl1, libegl1, fontconfig-config\n"
        "Recommends: libcups2, fonts-dejavu-core | fonts-noto-core\n"
        "Section: utils\n"
        "Priority: optional\n"
        "Homepage: https://companionapp.org/\n"
        "Description: private, encrypted self-care journal with offline crisis help\n"
        " Companion keeps an encrypted mood and self-care journal on this computer and\n"
        " an offline directory of crisis lines one keystroke away. It opens no network\n"
        " connection and has no account, cloud or telemetry.\n",
        encoding="utf-8",
    )
    return root


def clamp_mtimes(root: Path, epoch: int) -> None:
    """Set every mtime under ``root`` to ``epoch`` (links too) for byte-identical output."""
    for path in [root, *root.rglob("*")]:
        os.utime(path, (epoch, epoch), follow_symlinks=False)


def make_deb(root: Path, out: Path, epoch: int, level: int = 9) -> Path:
    """Build ``out`` from a staged tree with ``dpkg-deb --root-owner-group``."""
    clamp_mtimes(root, epoch)
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    out.unlink(missing_ok=True)
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", f"-z{level}", "--build", str(root), str(out)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    return out


def validate_metadata(root: Path | None = None) -> list[str]:
    """Run desktop-file-validate and appstreamcli on the (staged or source) metadata.

    Returns:
        The commands run; raises ``CalledProcessError`` on a validation failure.
    """
    desktop = DESKTOP_FILE
    metainfo = METAINFO_FILE
    if root is not None:
        desktop = root / "usr/share/applications" / DESKTOP_FILE.name
        metainfo = root / "usr/share/metainfo" / METAINFO_FILE.name
    commands = [
        ["desktop-file-validate", str(desktop)],
        ["appstreamcli", "validate", "--no-net", str(metainfo)],
    ]
    for command in commands:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0 or "error:" in result.stdout:
            raise subprocess.CalledProcessError(
                result.returncode or 1, command, result.stdout, result.stderr
            )
    return [" ".join([*c[:-1], Path(c[-1]).name]) for c in commands]


def install_test(deb: Path, self_test: list[str]) -> None:
    """``dpkg -i`` the package, run ``/usr/bin/companion`` + ``self_test``, ``dpkg -r`` it.

    Needs root. The self-test runs offscreen against a throwaway data folder.
    """
    subprocess.run(["dpkg", "-i", str(deb)], check=True, stdout=subprocess.DEVNULL)
    try:
        with tempfile.TemporaryDirectory(prefix="companion-deb-") as data:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": data}
            subprocess.run(
                ["/usr/bin/companion", *self_test], check=True, env=env, cwd=data, timeout=300
            )
        for path in (f"/{DEB_PREFIX}/companion", f"/usr/share/applications/{APP_ID}.desktop"):
            if not Path(path).exists():
                raise FileNotFoundError(f"{path} missing after dpkg -i")
    finally:
        subprocess.run(["dpkg", "-r", "companion"], check=True, stdout=subprocess.DEVNULL)
    for path in (f"/{DEB_PREFIX}", "/usr/bin/companion"):
        if Path(path).exists():
            raise RuntimeError(f"{path} still present after dpkg -r")
