"""Scripted sessions the security tests run in a separate process.

Usage: ``python child_session.py MODE ARGS...`` with the repository on ``PYTHONPATH``.
The canary comes from the ``COMPANION_TEST_CANARY`` environment variable so that no file
on disk (this script, an argument file) ever holds it. Each mode prints one JSON object
on its last stdout line; checkpoint modes print a marker and wait for a line on stdin so
the parent can scan the disk at that moment.

Modes:
  session FOLDER PASSPHRASE [--pause]   create, write, search, lock, unlock, search, lock
  spill FOLDER PASSPHRASE ROWS          force SQLite to sort/index/vacuum a big table
  rekey FOLDER PREFIX START             change the passphrase PREFIX+i forever
  network FOLDER PASSPHRASE             a session under a socket audit hook
  selftest DATA_DIR                     ``companion --self-test`` under the same hook
  diskfull MOUNTPOINT PASSPHRASE        mount a 1 MiB tmpfs (in a private namespace), fill it
  guest                                 the same session in an in-memory vault (guest mode)
  app DATA_DIR PASSPHRASE [--pause]     the real app offscreen: save, search, render, lock, quit
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

CANARY_ENV = "COMPANION_TEST_CANARY"

# --- audit hook first, so that even module imports are watched (network mode only) ---
_SOCKET_EVENTS: list[str] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.__new__":
        family = args[1] if len(args) > 1 else None
        _SOCKET_EVENTS.append(f"socket family={family!r}")
    elif event in ("socket.connect", "socket.bind", "socket.sendto", "socket.getaddrinfo"):
        _SOCKET_EVENTS.append(f"{event} {args[1:]!r}")


if len(sys.argv) > 1 and sys.argv[1] in ("network", "selftest"):
    sys.addaudithook(_audit)

from companion.core.clock import SystemClock  # noqa: E402
from companion.core.errors import StorageFull  # noqa: E402
from companion.core.features import FEATURE_SCHEMAS  # noqa: E402
from companion.core.journal import Journal  # noqa: E402
from companion.core.journal.models import EntryDraft, Mood, TagKind  # noqa: E402
from companion.core.vault import Vault  # noqa: E402
from companion.core.vault.crypto import TEST_KDF_PARAMS  # noqa: E402
from companion.core.vault.service import VaultService  # noqa: E402


def canary() -> str:
    value = os.environ.get(CANARY_ENV)
    if not value:
        raise SystemExit(f"{CANARY_ENV} is not set")
    return value


# Tiny Argon2id everywhere: unlock would otherwise calibrate and re-wrap the key.
TINY: dict[str, Any] = {"kdf_params": TEST_KDF_PARAMS, "allow_weak_for_tests": True}


def create_vault(folder: Path, passphrase: str) -> Vault:
    vault, _code = Vault.create(folder, passphrase, schemas=FEATURE_SCHEMAS, **TINY)
    return vault


def unlock(folder: Path, passphrase: str) -> Vault:
    return Vault.unlock(folder, passphrase, schemas=FEATURE_SCHEMAS, **TINY)


def checkpoint(marker: str, pause: bool) -> None:
    print(marker, flush=True)
    if pause:
        sys.stdin.readline()


def write_canary_entries(journal: Journal, secret: str) -> list[int]:
    """The canary in the text, the title, a custom tag, and (by update) an edited text."""
    journal.add_tag(secret, TagKind.ACTIVITY)
    first = journal.create(
        EntryDraft(
            text=f"Today I wrote {secret} in my journal, and {secret.lower()} too.",
            title=f"About {secret}",
            mood=Mood.OKAY,
            tags=(secret,),
        )
    )
    second = journal.create(EntryDraft(text="a plain first draft", mood=Mood.GOOD))
    journal.update(second.id, EntryDraft(text=f"edited to mention {secret}", mood=Mood.GOOD))
    return [first.id, second.id]


def search_counts(journal: Journal, secret: str) -> dict[str, int]:
    token = secret.split("-", 1)[1]
    return {
        "full": len(journal.search(secret)),
        "token": len(journal.search(token)),
        "prefix": len(journal.search(token[:10])),
    }


def mode_session(folder: Path, passphrase: str, pause: bool) -> dict[str, Any]:
    secret = canary()
    vault = create_vault(folder, passphrase)
    journal = Journal(vault.connection, SystemClock())
    ids = write_canary_entries(journal, secret)
    first = search_counts(journal, secret)
    checkpoint("OPEN", pause)
    vault.lock()
    checkpoint("LOCKED", pause)
    vault = unlock(folder, passphrase)
    journal = Journal(vault.connection, SystemClock())
    texts_ok = all(secret in journal.get(i).text for i in ids)
    again = search_counts(journal, secret)
    vault.lock()
    return {"ids": ids, "search_open": first, "search_reopened": again, "texts_ok": texts_ok}


def _suspicious_fds(temp_dir: str) -> list[str]:
    """Open descriptors that look like SQLite temp files (Linux /proc only)."""
    found = []
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.exists():
        return found
    for fd in fd_dir.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if "etilqs" in target or target.startswith(temp_dir) or target.endswith("(deleted)"):
            found.append(target)
    return found


def mode_spill(folder: Path, passphrase: str, rows: int) -> dict[str, Any]:
    secret = canary()
    temp_dir = os.environ.get("TMPDIR", "/tmp")
    vault = create_vault(folder, passphrase)
    conn = vault.connection
    seen: list[str] = []
    conn.execute("CREATE TABLE spill (id INTEGER PRIMARY KEY, a TEXT, b TEXT)")
    conn.executemany(
        "INSERT INTO spill (a, b) VALUES (?, ?)",
        (
            (f"{secret} row {i} " + "x" * 200, f"{(i * 7919) % rows:08d} {secret}")
            for i in range(rows)
        ),
    )
    conn.commit()
    if os.environ.get("COMPANION_TEST_FORCE_TEMP_FILE") == "1":
        # Positive control only (test_detectors): what the vault must never do.
        conn.execute("PRAGMA temp_store = FILE")
    # A tiny page cache makes every sort, index build and vacuum overflow to temp storage.
    conn.execute("PRAGMA cache_size = 8")
    statements = [
        "SELECT a, b FROM spill ORDER BY b DESC",
        "SELECT DISTINCT b FROM spill",
        "SELECT b, count(*) FROM spill GROUP BY b ORDER BY 2, 1",
        "SELECT a FROM spill ORDER BY random()",
        "SELECT s1.b FROM spill AS s1 JOIN spill AS s2 ON s2.b = s1.b LIMIT 5",
    ]
    produced = 0
    for sql in statements:
        cursor = conn.execute(sql)
        produced += len(cursor.fetchmany(3))  # the sorter is full and still open here
        seen += _suspicious_fds(temp_dir)
        produced += len(cursor.fetchall())
    conn.execute("CREATE TEMP TABLE spill_copy AS SELECT * FROM spill")
    conn.execute("CREATE INDEX spill_b ON spill (b)")
    conn.execute("CREATE INDEX spill_a ON spill (a, b)")
    conn.commit()
    seen += _suspicious_fds(temp_dir)
    conn.execute("DROP TABLE spill_copy")
    conn.execute("VACUUM")
    seen += _suspicious_fds(temp_dir)
    temp_store = conn.execute("PRAGMA temp_store").fetchone()[0]
    count = conn.execute("SELECT count(*) FROM spill WHERE a LIKE ?", (f"{secret}%",)).fetchone()
    vault.lock()
    return {
        "rows": int(count[0]),
        "produced": produced,
        "temp_store": int(temp_store),
        "suspicious_fds": seen,
    }


def passphrase_for(prefix: str, i: int) -> str:
    return f"{prefix} {i:05d}"


def mode_rekey(folder: Path, prefix: str, start: int) -> dict[str, Any]:
    vault = unlock(folder, passphrase_for(prefix, start))
    print("READY", flush=True)
    i = start
    while True:
        vault.change_passphrase(passphrase_for(prefix, i), passphrase_for(prefix, i + 1), **TINY)
        i += 1
        print(f"CHANGED {i}", flush=True)


def mode_network(folder: Path, passphrase: str) -> dict[str, Any]:
    secret = canary()
    vault = create_vault(folder, passphrase)
    journal = Journal(vault.connection, SystemClock())
    write_canary_entries(journal, secret)
    counts = search_counts(journal, secret)
    vault.lock()
    vault = unlock(folder, passphrase)
    vault.change_passphrase(passphrase, passphrase + " again", **TINY)
    counts_after = search_counts(Journal(vault.connection, SystemClock()), secret)
    vault.lock()
    return {"search": counts, "search_after": counts_after, "socket_events": _SOCKET_EVENTS}


def mode_guest() -> dict[str, Any]:
    secret = canary()
    vault = Vault.in_memory(schemas=FEATURE_SCHEMAS)
    journal = Journal(vault.connection, SystemClock())
    write_canary_entries(journal, secret)
    counts = search_counts(journal, secret)
    # Enough rows that a sort would spill if the temp store were not in memory.
    conn = vault.connection
    conn.execute("CREATE TABLE spill (a TEXT)")
    conn.executemany("INSERT INTO spill VALUES (?)", ((f"{secret} {i}",) for i in range(5000)))
    conn.execute("PRAGMA cache_size = 8")
    sorted_rows = len(conn.execute("SELECT a FROM spill ORDER BY a DESC").fetchall())
    temp_store = int(conn.execute("PRAGMA temp_store").fetchone()[0])
    vault.lock()
    return {"search": counts, "sorted": sorted_rows, "temp_store": temp_store}


_BALLAST: list[None] = []


def mode_app(data_dir: Path, passphrase: str, pause: bool) -> dict[str, Any]:
    """The composition root with its real windows, offscreen; the canary typed into search."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from companion.app import APP_NAME, CompanionApp
    from companion.core.paths import resolve_paths

    secret = canary()
    # PySide6 6.12.0 on Python 3.11 releases one reference to None on every call of a
    # method returning void (processEvents, setObjectName, ...), and the interpreter
    # aborts when None's count reaches zero (test_platform.py fails on that separately).
    # Extra references keep this session alive long enough to test what it is here for.
    _BALLAST.extend([None] * 5_000_000)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")
    qapp = QApplication([sys.argv[0]])

    def settle(ms: int = 300) -> None:
        # One event loop run per call, not a busy processEvents() loop (see the ballast).
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    paths = resolve_paths(str(data_dir))
    companion = CompanionApp(paths, vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS))
    companion.start()
    vault = create_vault(paths.vault_dir, passphrase)
    companion.session.attach(vault)
    window = companion.windows.show_main_window()
    companion.session.journal.add_tag(secret, TagKind.ACTIVITY)
    companion.session.save_entry(
        None, EntryDraft(text=f"typed {secret} today", title=f"About {secret}", tags=(secret,))
    )
    settle()
    searched = False
    for edit in window.findChildren(QLineEdit):
        if edit.accessibleName() == "Search your journal":
            edit.setFocus()
            QTest.keyClicks(edit, secret)
            QTest.keyClick(edit, Qt.Key.Key_Return)
            searched = True
    settle(800)
    window.grab()  # paint every visible widget with the canary on screen
    titles = [w.windowTitle() for w in qapp.topLevelWidgets()]
    companion.prefs.update(country="GB")  # make sure the preferences file is written
    checkpoint("OPEN", pause)
    companion.windows.lock()
    settle()
    checkpoint("LOCKED", pause)
    companion.shutdown()
    settle()
    qapp.quit()
    return {
        "searched": searched,
        "title_leak": any(secret.lower() in t.lower() for t in titles),
        "entries": 1,
    }


def mode_selftest(data_dir: Path) -> dict[str, Any]:
    from companion.cli import main

    try:
        code: object = main(["--self-test", "--data-dir", str(data_dir)])
    except SystemExit as exc:
        code = exc.code
    except Exception as exc:  # reported, not hidden: the network verdict still stands
        code = f"{type(exc).__name__}: {exc}"
    return {"exit": code, "socket_events": _SOCKET_EVENTS}


def mode_diskfull(mountpoint: Path, passphrase: str) -> dict[str, Any]:
    """Runs inside a private mount namespace: the tmpfs vanishes when the process exits."""
    result: dict[str, Any] = {}
    mount = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mountpoint)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mount.returncode != 0:
        return {"mount_error": mount.stderr.strip() or f"exit {mount.returncode}"}
    # Ballast the "user" can delete later to make room again.
    (mountpoint / "ballast").write_bytes(os.urandom(192 * 1024))
    folder = mountpoint / "vault"
    folder.mkdir(mode=0o700)
    vault = create_vault(folder, passphrase)
    journal = Journal(vault.connection, SystemClock())
    saved: dict[int, str] = {}
    error: BaseException | None = None
    for i in range(10_000):
        # Random-looking words so the text neither compresses nor repeats in the index.
        text = f"entry {i} " + " ".join(os.urandom(6).hex() for _ in range(300))
        try:
            entry = journal.create(EntryDraft(text=text))
        except BaseException as exc:  # the type is the finding
            error = exc
            break
        saved[entry.id] = text
    result["saved"] = len(saved)
    result["error_type"] = type(error).__name__ if error else None
    result["error_is_storage_full"] = isinstance(error, StorageFull)
    conn = vault.connection
    # Still full: the journal must keep answering, a second save must fail the same way.
    try:
        journal.create(EntryDraft(text="one more " + os.urandom(4000).hex()))
        result["second_error"] = None
    except BaseException as exc:
        result["second_error"] = type(exc).__name__
    result["readable_while_full"] = all(journal.get(i).text == t for i, t in saved.items())
    result["checks_while_full"] = integrity_report(conn)
    # Changing the passphrase on a full disk: typed error, header untouched.
    header = folder / "vault.header"
    header_before = header.read_bytes()
    try:
        vault.change_passphrase(passphrase, passphrase + " but longer", **TINY)
        result["rekey_error"] = None
    except BaseException as exc:
        result["rekey_error"] = type(exc).__name__
    result["header_unchanged"] = header.read_bytes() == header_before
    result["leftover_temp"] = sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))
    # Quit on a full disk: the lock must not lose anything either.
    try:
        vault.lock()
        result["lock_error"] = None
    except BaseException as exc:
        result["lock_error"] = type(exc).__name__
    files = sorted(p.name for p in folder.iterdir())
    result["files_after_lock"] = files
    # Make room (the user deletes something), then everything saved must be there.
    (mountpoint / "ballast").unlink(missing_ok=True)
    vault = unlock(folder, passphrase)
    journal = Journal(vault.connection, SystemClock())
    result["intact_after_reopen"] = all(journal.get(i).text == t for i, t in saved.items())
    result["count_after_reopen"] = journal.count()
    result["checks_after_reopen"] = integrity_report(vault.connection)
    vault.lock()
    return result


def integrity_report(conn: Any) -> dict[str, Any]:
    """integrity_check, cipher_integrity_check, the FTS5 check against its content."""
    report: dict[str, Any] = {}
    report["integrity"] = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    report["cipher"] = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    try:
        # rank = 1 also compares the index with its external content table.
        conn.execute("INSERT INTO entry_fts (entry_fts, rank) VALUES ('integrity-check', 1)")
        report["fts"] = "ok"
    except Exception as exc:
        report["fts"] = f"{type(exc).__name__}: {exc}"
    fts_rows = conn.execute("SELECT count(*) FROM entry_fts_docsize").fetchone()[0]
    base_rows = conn.execute("SELECT count(*) FROM entry_text").fetchone()[0]
    report["fts_rows"] = int(fts_rows)
    report["base_rows"] = int(base_rows)
    return report


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "session":
        result = mode_session(Path(argv[1]), argv[2], "--pause" in argv)
    elif mode == "spill":
        result = mode_spill(Path(argv[1]), argv[2], int(argv[3]))
    elif mode == "rekey":
        result = mode_rekey(Path(argv[1]), argv[2], int(argv[3]))
    elif mode == "network":
        result = mode_network(Path(argv[1]), argv[2])
    elif mode == "selftest":
        result = mode_selftest(Path(argv[1]))
    elif mode == "app":
        result = mode_app(Path(argv[1]), argv[2], "--pause" in argv)
    elif mode == "guest":
        result = mode_guest()
    elif mode == "diskfull":
        result = mode_diskfull(Path(argv[1]), argv[2])
    else:
        raise SystemExit(f"unknown mode {mode}")
    print(json.dumps(result), flush=True)
    if _BALLAST:
        # Freeing the ballast at interpreter exit would hit the PySide6 bug described in
        # mode_app; the vault is locked and everything is flushed by now.
        sys.stderr.flush()
        os._exit(0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
