"""The journal commands: passphrases from a descriptor, exit codes, nothing written by check.

Most tests run ``companion.cli.main`` in-process with a fast key derivation (the command
line otherwise calibrates Argon2id, as the app does); one runs the real ``python -m
companion`` to show the descriptor travels into a child process.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion.cli import context as cli_context
from companion.cli import main
from companion.cli.exits import Exit
from companion.core.features import FEATURE_SCHEMAS
from companion.core.vault.service import VaultService

PASSPHRASE = "command line: slate river owl"
IMPORTS = Path(__file__).resolve().parents[1] / "data" / "import"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        cli_context, "make_service", lambda: VaultService.fast_for_tests(FEATURE_SCHEMAS)
    )
    monkeypatch.setattr(cli_context, "plaintext_allowed", lambda: True)


class Runner:
    def __init__(self, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data = data
        self.capsys = capsys

    def __call__(self, *args: str, lines: tuple[str, ...] = (PASSPHRASE,)) -> tuple[int, str, str]:
        read, write = os.pipe()
        os.write(write, "".join(f"{line}\n" for line in lines).encode())
        os.close(write)
        try:
            code = main(["--data-dir", str(self.data), "--passphrase-fd", str(read), *args])
        finally:
            os.close(read)
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Runner:
    return Runner(tmp_path / "data", capsys)


@pytest.fixture
def journal(run: Runner) -> Runner:
    code, _out, _err = run("new")
    assert code == Exit.OK
    return run


def _files(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        str(p.relative_to(folder)): (
            hashlib.sha256(p.read_bytes()).hexdigest(),
            p.stat().st_mtime_ns,
        )
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_new_prints_the_recovery_code_once(run: Runner) -> None:
    code, out, err = run("new")
    assert code == Exit.OK
    codes = [
        line.strip()
        for line in out.splitlines()
        if line.count("-") == 4 and len(line.strip()) == 29
    ]
    assert len(codes) == 1
    assert err == ""
    again, _out, err = run("new")
    assert again == Exit.EXISTS
    assert err.startswith("companion: exists:")
    # The printed code opens the journal (and sets a new passphrase).
    code2, _out, _err = run("check", lines=(codes[0],))
    assert code2 == Exit.OK


def test_an_existing_data_dir_keeps_its_permissions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o775)
    runner = Runner(shared, capsys)
    assert runner("new")[0] == Exit.OK
    assert shared.stat().st_mode & 0o777 == 0o775
    assert (shared / "vault").stat().st_mode & 0o777 == 0o700


def test_import_asks_first_then_imports_once(journal: Runner) -> None:
    code, out, err = journal("import", str(IMPORTS / "daylio-scales.csv"))
    assert code == Exit.NEEDS_CONFIRMATION
    assert "mood 'so so'=none" in out
    assert "needs-confirmation" in err
    code, out, _ = journal(
        "import", str(IMPORTS / "daylio-scales.csv"), "--yes", "--mood-map", "so so=3"
    )
    assert code == Exit.OK
    assert "imported 2 already-there 0 left-out 0" in out
    code, out, _ = journal("import", str(IMPORTS / "daylio-scales.csv"), "--yes")
    assert "imported 0 already-there 2" in out
    bad, _out, err = journal("import", str(IMPORTS / "jrnl.json"), "--mood-map", "novalue")
    assert bad == Exit.BAD_INPUT


def test_exit_codes(journal: Runner, tmp_path: Path) -> None:
    assert journal("check", lines=("not the passphrase",))[0] == Exit.WRONG_PASSPHRASE
    (tmp_path / "notes.txt").write_text("hello")
    assert journal("import", str(tmp_path / "notes.txt"), "--yes")[0] == Exit.BAD_INPUT
    assert (
        journal("import", str(tmp_path / "notes.txt"), "--format", "jrnl-json", "--yes")[0]
        == Exit.BAD_INPUT
    )
    out = tmp_path / "out.json"
    assert journal("export", "--format", "json", "--out", str(out))[0] == Exit.NEEDS_CONFIRMATION
    assert not out.exists()
    assert journal("export", "--format", "json", "--out", str(out), "--yes")[0] == Exit.OK
    assert journal("export", "--format", "json", "--out", str(out), "--yes")[0] == Exit.EXISTS
    assert journal("restore", "--backup", "nope", "--yes")[0] == Exit.NOT_FOUND
    empty = Runner(tmp_path / "elsewhere", journal.capsys)
    code, _out, err = empty("backup")
    assert code == Exit.NOT_FOUND
    assert err.startswith("companion: not-found:")
    assert journal("merge", str(tmp_path / "notes.txt"))[0] == Exit.BAD_INPUT
    with pytest.raises(SystemExit) as usage:
        main(["export", "--format", "json", "--out", str(out), "--passphrase", PASSPHRASE])
    assert usage.value.code == Exit.USAGE


def test_plaintext_forbidden_by_policy(
    journal: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_context, "plaintext_allowed", lambda: False)
    from companion.cli import transfer_commands

    monkeypatch.setattr(transfer_commands, "plaintext_allowed", lambda: False)
    code, _out, err = journal(
        "export", "--format", "csv", "--out", str(tmp_path / "x.csv"), "--yes"
    )
    assert code == Exit.FORBIDDEN
    assert "forbidden" in err
    assert not (tmp_path / "x.csv").exists()
    assert (
        journal("export", "--format", "vault", "--out", str(tmp_path / "x.companion"))[0] == Exit.OK
    )


def test_backup_check_restore_and_check_writes_nothing(journal: Runner, tmp_path: Path) -> None:
    journal("import", str(IMPORTS / "jrnl.json"), "--yes")
    code, out, _ = journal("backup", "--second-folder", str(tmp_path / "usb"))
    assert code == Exit.OK
    assert "second-copy" in out
    vault = journal.data / "vault"
    before = _files(vault)
    code, out, _ = journal("check")
    assert code == Exit.OK
    assert "journal ok" in out
    assert "journal.entries 3" in out
    assert _files(vault) == before
    code, out, _ = journal("restore", "--list")
    assert code == Exit.OK
    assert "3 entries" in out
    journal("import", str(IMPORTS / "pixels.json"), "--yes")
    code, out, _err = journal("restore")
    assert code == Exit.NEEDS_CONFIRMATION
    code, out, _ = journal("restore", "--yes")
    assert code == Exit.OK
    assert "kept-aside" in out
    code, out, _ = journal("check")
    assert "journal.entries 3" in out
    # Damage: check reports it, exit code DAMAGED, and writes nothing.
    database = vault / "journal.db"
    data = bytearray(database.read_bytes())
    data[4 * 4096 + 7] ^= 1
    database.write_bytes(bytes(data))
    before = _files(vault)
    code, out, _err = journal("check")
    assert code == Exit.DAMAGED
    assert "DAMAGED" in out
    assert _files(vault) == before


def test_merge_with_the_other_copys_passphrase(
    journal: Runner, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = Runner(tmp_path / "other", capsys)
    other("new", lines=("another copy's passphrase",))
    other("import", str(IMPORTS / "diarium.json"), "--yes", lines=("another copy's passphrase",))
    carried = tmp_path / "other.companion"
    other(
        "export", "--format", "vault", "--out", str(carried), lines=("another copy's passphrase",)
    )
    read, write = os.pipe()
    os.write(write, b"another copy's passphrase\n")
    os.close(write)
    try:
        code, out, err = journal("merge", str(carried), "--other-passphrase-fd", str(read))
    finally:
        os.close(read)
    assert code == Exit.OK, err
    assert "added 2" in out
    assert journal("merge", str(carried))[0] == Exit.WRONG_PASSPHRASE


def test_export_formats(journal: Runner, tmp_path: Path) -> None:
    journal("import", str(IMPORTS / "companion.json"), "--yes")
    for fmt, name in (("json", "j.json"), ("md", "j.md"), ("csv", "j.csv"), ("md-days", "days")):
        code, _out, err = journal("export", "--format", fmt, "--out", str(tmp_path / name), "--yes")
        assert code == Exit.OK, err
    doc = json.loads((tmp_path / "j.json").read_text(encoding="utf-8"))
    assert len(doc["entries"]) == 2  # JSON keeps the trash
    assert "In the trash." not in (tmp_path / "j.md").read_text(encoding="utf-8")
    code, _out, _ = journal(
        "export", "--format", "json", "--out", str(tmp_path / "range.json"), "--yes",
        "--from", "2026-01-01", "--to", "2026-12-31",
    )  # fmt: skip
    assert len(json.loads((tmp_path / "range.json").read_text())["entries"]) == 1


def _child(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    read, write = os.pipe()
    os.write(write, f"{PASSPHRASE}\n".encode())
    os.close(write)
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "LANG": "C.UTF-8"}
    try:
        return subprocess.run(
            [sys.executable, "-m", "companion", "--data-dir", str(tmp_path / "d"), *args,
             "--passphrase-fd", str(read)],
            pass_fds=(read,), capture_output=True, text=True, env=env, timeout=180, check=False,
        )  # fmt: skip
    finally:
        os.close(read)


def test_the_real_command_reads_the_descriptor(tmp_path: Path) -> None:
    """A child process: the passphrase arrives on descriptor N, never in argv or env."""
    missing = _child(tmp_path, "check")
    assert missing.returncode == Exit.NOT_FOUND, missing.stderr
    assert missing.stderr.startswith("companion: not-found:")
    created = _child(tmp_path, "new")
    assert created.returncode == Exit.OK, created.stderr
    checked = _child(tmp_path, "check")
    assert checked.returncode == Exit.OK, checked.stderr
    assert "journal ok" in checked.stdout
    for done in (missing, created, checked):
        assert PASSPHRASE not in done.stdout + done.stderr
