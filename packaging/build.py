"""Build Companion's frozen bundle and installers, smoke-test them, check the size budget.

Usage (from the repository root, with the project's venv)::

    python packaging/build.py                        # Linux: bundle, .tar.xz, .deb, tests
    python packaging/build.py --install-test         # + dpkg -i / self-test / dpkg -r (root)
    python packaging/build.py --check-windows-scripts  # + makensis and wixl on a stand-in
    python packaging/build.py --only-check-windows-scripts
    python packaging/build.py --skip-deb --skip-xvfb --skip-tar

On Windows it freezes and writes the portable zip, the NSIS setup (if makensis is on
PATH) and leaves the MSI to the workflow (WiX); on macOS it freezes Companion.app and
leaves the .dmg to packaging/macos/make_dmg.sh.

Reproducible: PYTHONHASHSEED=0 and SOURCE_DATE_EPOCH (the last commit's time) are set for
PyInstaller, tar, dpkg-deb and the zip. Everything lands in dist/.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import pkg_linux  # noqa: E402
import pkg_windows  # noqa: E402

DIST = ROOT / "dist"
WORK = ROOT / "build" / "packaging"
ICONS = ROOT / "assets" / "icons"
MB = 1_000_000
#: Size budget (bytes): Linux archives and the installed tree; the stretch goal is shown.
#: The installed tree went from 140 to 145 MB (the archives from 40 to 42) with five
#: languages (our catalogues and Qt's own for each) and QtDBus (locking when the desktop
#: locks): measured 141.4 MB installed, 39.4 MB per archive.
BUDGET = {"tar.xz": 42 * MB, "deb": 42 * MB, "installed": 145 * MB}
STRETCH_INSTALLED = 110 * MB
LINUX = sys.platform.startswith("linux")
WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"

_timings: list[tuple[str, float]] = []


def step(name: str, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run one build step, print and record how long it took."""
    print(f"==> {name}", flush=True)
    start = time.monotonic()
    result = func(*args, **kwargs)
    elapsed = time.monotonic() - start
    _timings.append((name, elapsed))
    print(f"    done in {elapsed:.1f} s", flush=True)
    return result


def version() -> str:
    """The package version, read from companion/__init__.py."""
    text = (ROOT / "companion" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit("companion/__init__.py has no __version__")
    return match.group(1)


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH from the environment, else the last commit's time."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    out = subprocess.run(
        ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True
    )
    return int(out.stdout.strip()) if out.returncode == 0 and out.stdout.strip() else 0


def freeze(epoch: int) -> Path:
    """Run PyInstaller on packaging/companion.spec; return the onedir bundle folder."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": str(epoch)}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK / "pyinstaller"),
            str(HERE / "companion.spec"),
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    return DIST / "companion"


def executable(bundle: Path) -> Path:
    """The command-line executable inside a bundle."""
    if WINDOWS:
        return bundle / "companion-cli.exe"
    if MACOS and (DIST / "Companion.app").is_dir():
        return DIST / "Companion.app" / "Contents" / "MacOS" / "companion"
    return bundle / "companion"


def verify_bundle(bundle: Path) -> None:
    """Check promises the bundle must keep, independent of the app's own self-test."""
    internal = bundle / "_internal"
    names = {p.name for p in internal.rglob("*")}
    forbidden = [n for n in names if re.match(r"(lib)?Qt6?Network", n) or n.startswith("_ssl")]
    # The stdlib's _sqlite3 (sqlcipher3 ships its own module of that name, which is fine).
    forbidden += [p.name for p in internal.rglob("_sqlite3.*") if p.parent.name != "sqlcipher3"]
    if forbidden:
        raise SystemExit(f"bundle contains forbidden modules: {sorted(forbidden)}")
    if LINUX:
        _check_core_libraries(internal)
    if not (internal / "assets").is_dir():
        raise SystemExit("bundle has no _internal/assets")
    if not (internal / "assets" / "resources").is_dir():
        print("    note: assets/resources is not in the repository yet; bundle has none")


#: Bundled files that must load on a plain desktop; ``ldd`` must resolve all they need.
#: (Optional plugins such as wayland or the CUPS print plugin may rely on host libraries
#: and are left out on purpose: Qt skips a plugin it cannot load.)
_CORE_ELF = (
    "PySide6/QtWidgets.abi3.so",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
)


def _check_core_libraries(internal: Path) -> None:
    missing = []
    for rel in _CORE_ELF:
        path = internal / rel
        if not path.is_file():
            missing.append(f"{rel} (not bundled)")
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
        missing += [f"{rel}: {line.strip()}" for line in out.splitlines() if "not found" in line]
    if missing:
        raise SystemExit("unresolved libraries:\n  " + "\n  ".join(missing))


def self_test_command() -> list[str]:
    """Arguments for the frozen smoke test."""
    return ["--self-test"]


def resource_packs(folder: Path) -> list[Path]:
    """The JSON files in *folder* that declare themselves help-directory packs."""
    packs = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("format") == "companion-resources":
            packs.append(path)
    return packs


def smoke(bundle: Path, platform: str, use_xvfb: bool = False) -> str:
    """Run the frozen program headless against a throwaway data folder."""
    exe = executable(bundle)
    ran = []
    with tempfile.TemporaryDirectory(prefix="companion-smoke-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": platform, "HOME": tmp}
        env.pop("COMPANION_DATA_DIR", None)
        prefix = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24"] if use_xvfb else []
        args = self_test_command()
        if args == ["--self-test"]:
            args = ["--data-dir", str(Path(tmp) / "data"), *args]
        commands = [[*prefix, str(exe), *args]]
        # Every bundled help-directory file must pass the same validator IT will use on
        # a local resource pack. The JSON Schema and the short-code allow-list beside
        # them are not packs; a pack says so in its "format" field.
        for pack in resource_packs(ROOT / "assets" / "resources"):
            commands.append([*prefix, str(exe), "resources", "validate", str(pack)])
        for command in commands:
            subprocess.run(command, check=True, env=env, cwd=tmp, timeout=300)
            ran.append(" ".join(command[len(prefix) :][1:]))
    return "; ".join(ran)


def check_workflow() -> None:
    """Parse .github/workflows/*.yml (needs PyYAML, from python3-yaml or pip)."""
    subprocess.run([_python_with_yaml(), str(HERE / "check_workflow.py")], check=True)


def _python_with_yaml() -> str:
    for candidate in (sys.executable, "/usr/bin/python3"):
        probe = subprocess.run([candidate, "-c", "import yaml"], capture_output=True)
        if probe.returncode == 0:
            return candidate
    raise SystemExit("PyYAML is needed to check the workflow: apt-get install python3-yaml")


def tree_size(root: Path) -> int:
    """Bytes of regular files under ``root`` (what an installation occupies, roughly)."""
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def summary(rows: list[tuple[str, int, int | None]]) -> bool:
    """Print the size table; return False if anything is over budget."""
    ok = True
    print("\n  artifact" + " " * 40 + "size        budget    status")
    print("  " + "-" * 74)
    for name, size, budget in rows:
        status = "-"
        if budget is not None:
            status = "ok" if size <= budget else "OVER"
            ok = ok and size <= budget
        limit = f"{budget / MB:7.1f} MB" if budget else "         "
        print(f"  {name:<46} {size / MB:7.1f} MB  {limit}   {status}")
    print("\n  step                                       time")
    print("  " + "-" * 50)
    for name, secs in _timings:
        print(f"  {name:<40} {secs:7.1f} s")
    print(f"  {'total':<40} {sum(s for _, s in _timings):7.1f} s\n")
    return ok


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Build and smoke-test Companion's bundles.")
    parser.add_argument("--skip-freeze", action="store_true", help="reuse dist/companion")
    parser.add_argument("--skip-tar", action="store_true", help="no .tar.xz")
    parser.add_argument("--skip-deb", action="store_true", help="no .deb")
    parser.add_argument("--skip-xvfb", action="store_true", help="no smoke test under Xvfb")
    parser.add_argument("--install-test", action="store_true", help="dpkg -i/-r test (root)")
    parser.add_argument(
        "--check-windows-scripts",
        action="store_true",
        help="also compile the NSIS and WiX sources against a stand-in payload",
    )
    parser.add_argument(
        "--only-check-windows-scripts", action="store_true", help="only that, then stop"
    )
    parser.add_argument("--check-workflow", action="store_true", help="parse release.yml")
    parser.add_argument("--no-budget", action="store_true", help="report sizes, never fail")
    parser.add_argument("--xz-level", type=int, default=9, help="xz preset (default 9)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the build; exit status 1 on a failed check or a blown size budget."""
    args = _parser().parse_args(argv)
    ver, epoch = version(), source_date_epoch()
    print(f"Companion {ver}, SOURCE_DATE_EPOCH={epoch}, PYTHONHASHSEED=0")
    DIST.mkdir(exist_ok=True)
    WORK.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, int, int | None]] = []
    icon = ICONS / "companion.ico"

    if args.check_workflow:
        step("parse .github/workflows", check_workflow)
    if args.check_windows_scripts or args.only_check_windows_scripts:
        built = step(
            "makensis + wixl (stand-in payload)",
            pkg_windows.check_windows_scripts,
            WORK / "windows-check",
            ver,
            icon,
        )
        rows += [(f"stand-in {p.name}", p.stat().st_size, None) for p in built.values()]
        if args.only_check_windows_scripts:
            return 0 if summary(rows) else 1

    bundle = DIST / "companion"
    if not args.skip_freeze:
        bundle = step("PyInstaller (onedir)", freeze, epoch)
    step("verify bundle contents", verify_bundle, bundle)
    step("self-test, offscreen", smoke, bundle, "offscreen")
    if LINUX and not args.skip_xvfb:
        step("self-test, xcb under xvfb-run", smoke, bundle, "xcb", use_xvfb=True)

    if WINDOWS:
        zipped = step(
            "portable zip",
            pkg_windows.make_portable_zip,
            bundle,
            DIST / f"Companion-{ver}-windows-x64-portable.zip",
            "Companion",
            epoch,
        )
        rows.append((zipped.name, zipped.stat().st_size, 30 * MB))
        if shutil.which("makensis"):
            setup = DIST / f"Companion-{ver}-windows-x64-setup.exe"
            step("NSIS setup", pkg_windows.build_nsis, bundle, setup, ver, icon)
            rows.append((setup.name, setup.stat().st_size, 25 * MB))
    # The installed-size budget was set for Linux (where Qt carries its own ICU); other
    # systems report the figure without a limit.
    installed_budget = BUDGET["installed"] if LINUX else None
    rows.append(("installed (onedir bundle)", tree_size(bundle), installed_budget))

    if LINUX:
        glibc = pkg_linux.min_glibc(bundle)
        print(f"    bundle needs glibc >= {glibc}")
        step("desktop-file-validate + appstreamcli", pkg_linux.validate_metadata)
        jobs: list[tuple[str, Callable[[], Path]]] = []
        if not args.skip_tar:
            tarball = DIST / f"companion-{ver}-linux-x86_64.tar.xz"
            jobs.append(
                (
                    "tar.xz",
                    lambda: pkg_linux.make_tarball(
                        bundle, tarball, f"companion-{ver}", epoch, args.xz_level
                    ),
                )
            )
        if not args.skip_deb:
            root = WORK / "deb-root"
            step("stage .deb tree", pkg_linux.stage_deb_root, bundle, root, ver, glibc, ICONS)
            step("validate staged metadata", pkg_linux.validate_metadata, root)
            deb = DIST / f"companion_{ver}_amd64.deb"
            jobs.append(("deb", lambda: pkg_linux.make_deb(root, deb, epoch, args.xz_level)))
        # xz -9 is single-threaded per stream; the two archives compress side by side.
        if jobs:
            from concurrent.futures import ThreadPoolExecutor

            def both() -> list[Path]:
                with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
                    return list(pool.map(lambda job: job[1](), jobs))

            label = " + ".join(name for name, _ in jobs)
            for (kind, _), path in zip(jobs, step(f"compress {label}", both), strict=True):
                rows.append((path.name, path.stat().st_size, BUDGET[kind]))
        if args.install_test and not args.skip_deb:
            step(
                "dpkg -i, /usr/bin/companion self-test, dpkg -r",
                pkg_linux.install_test,
                DIST / f"companion_{ver}_amd64.deb",
                self_test_command(),
            )

    ok = summary(rows)
    installed = next(size for name, size, _ in rows if name.startswith("installed"))
    stretch = "met" if installed <= STRETCH_INSTALLED else "not met"
    print(f"  stretch goal installed <= {STRETCH_INSTALLED / MB:.0f} MB: {stretch}")
    print(f"  artifacts in {DIST}")
    if not ok and not args.no_budget:
        print("  size budget exceeded", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
