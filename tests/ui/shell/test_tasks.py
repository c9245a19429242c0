"""run_in_background: work on a worker thread, callbacks on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from companion.ui.tasks import run_in_background


def test_success_runs_callback_on_gui_thread(qtbot, qapp) -> None:
    owner = QObject()
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback"] = threading.get_ident()

    task = run_in_background(work, done, lambda exc: None, owner)
    qtbot.waitUntil(task.is_done, timeout=30000)
    assert seen["value"] == 42
    assert seen["callback"] == gui
    assert seen["worker"] != gui


def test_failure_and_none_results(qtbot, qapp) -> None:
    owner = QObject()
    failures: list[BaseException] = []
    results: list[object] = []

    def broken() -> None:
        raise ValueError("no")

    task = run_in_background(broken, results.append, failures.append, owner)
    qtbot.waitUntil(task.is_done, timeout=30000)
    assert [type(e) for e in failures] == [ValueError]
    assert results == []
    for _ in range(10):  # None results used to be the fragile case for queued signals
        task = run_in_background(lambda: None, results.append, failures.append, owner)
        qtbot.waitUntil(task.is_done, timeout=30000)
    assert results == [None] * 10
