"""Self-test checks for a guest session (``companion --self-test --guest``).

Run only when asked for a guest session: SQLCipher's memory wiping is on, and a real
guest session (journal window, help, an entry written and found) ends with nothing of it
left: the journal is gone and nothing was written under the self-test's folder.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from companion.selftest.framework import SelfTest, expect

ORDER = 95


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()} if root.exists() else set()


def check_memory_security() -> None:
    import sqlcipher3

    from companion.core.vault.connection import enable_memory_security

    expect(enable_memory_security(), "cipher_memory_security could not be turned on")
    conn = sqlcipher3.connect(":memory:")
    try:
        value = conn.execute("PRAGMA cipher_memory_security").fetchone()[0]
    finally:
        conn.close()
    expect(str(value) == "1", "cipher_memory_security is not on for new connections")


def check_guest_session(watched: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from companion.app import CompanionApp
    from companion.core.journal.models import EntryDraft
    from companion.core.policy import Mode
    from companion.ui.journal.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    before = _files(watched)
    companion = CompanionApp(None, mode=Mode.GUEST)
    try:
        companion.start()
        window = companion.windows.current_window()
        expect(isinstance(window, MainWindow), "a guest session did not open the journal")
        expect(companion.windows.in_guest_session, "the session is not a guest session")
        written = "self-test guest words"
        companion.session.save_entry(None, EntryDraft(text=written, created_at=datetime.now(UTC)))
        found = companion.session.journal.search("guest")
        expect(len(found) == 1, "search did not find the guest entry")
        companion.help.open()
        expect(companion.help.panel() is not None, "help did not open in a guest session")
        companion.windows.end_session(ask=False)
        expect(not companion.session.is_unlocked(), "the guest journal outlived its session")
    finally:
        companion.shutdown()
        app.processEvents()
    expect(_files(watched) == before, "a guest session wrote files")


def run(test: SelfTest) -> None:
    """Only for ``--self-test --guest``."""
    if not test.guest:
        return
    test.check("guest: SQLCipher wipes freed memory", check_memory_security)
    test.check("guest: a session leaves no file", lambda: check_guest_session(test.root))
