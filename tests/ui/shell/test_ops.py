"""Operation: work on a worker thread; success, failure, progress and cancel on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from companion.ui.shell.ops import Operation, OperationCancelled, Progress, run_in_background


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


class _Resource:
    """Stands in for an unlocked vault: something that must be closed by someone."""

    def __init__(self) -> None:
        self.closed = False

    def close(self) -> None:
        self.closed = True


def test_result_nobody_can_receive_is_handed_to_on_abandoned(qtbot, qapp) -> None:
    """The owner (a lock screen) went away mid-unlock: the vault must not stay open."""
    import shiboken6

    from companion.ui.shell.ops import wait_for_background_tasks

    owner = QObject()
    release = threading.Event()
    resource = _Resource()
    delivered: list[object] = []

    def work() -> _Resource:
        release.wait(10)
        return resource

    task = run_in_background(
        work, delivered.append, delivered.append, owner, on_abandoned=_Resource.close
    )
    shiboken6.delete(owner)  # gone before the work finished
    release.set()
    assert wait_for_background_tasks(10000)
    qtbot.waitUntil(lambda: resource.closed, timeout=5000)
    assert delivered == []
    assert task.is_done()


def test_result_queued_when_the_owner_goes_is_abandoned_too(qtbot, qapp) -> None:
    import shiboken6

    from companion.ui.shell.ops import wait_for_background_tasks

    owner = QObject()
    resource = _Resource()
    delivered: list[object] = []
    task = run_in_background(
        lambda: resource, delivered.append, delivered.append, owner, on_abandoned=_Resource.close
    )
    assert wait_for_background_tasks(10000)  # finished; its delivery is queued
    shiboken6.delete(owner)
    qapp.processEvents()
    assert resource.closed
    assert delivered == []
    assert task.is_done()


def test_progress_arrives_on_the_gui_thread_and_ends_with_the_last_figure(qtbot, qapp) -> None:
    owner = QObject()
    gui = threading.get_ident()
    seen: list[tuple[int, int, int]] = []

    def work(progress: Progress) -> str:
        for done in range(1, 2001):
            progress.report(done, 2000)
        return "finished"

    results: list[str] = []
    operation = (
        Operation(owner, work)
        .on_progress(lambda done, total: seen.append((done, total, threading.get_ident())))
        .on_success(results.append)
        .start()
    )
    qtbot.waitUntil(operation.is_done, timeout=30000)
    assert results == ["finished"]
    assert seen, "no progress was delivered"
    assert all(thread == gui for _, _, thread in seen)
    # Throttled: far fewer deliveries than reports, and the final figure is never lost.
    assert len(seen) < 2000
    assert seen[-1][:2] == (2000, 2000)
    assert [done for done, _, _ in seen] == sorted(done for done, _, _ in seen)


def test_cancel_stops_the_work_at_its_next_check(qtbot, qapp) -> None:
    owner = QObject()
    started = threading.Event()
    steps: list[int] = []
    failures: list[BaseException] = []

    def work(progress: Progress) -> None:
        started.set()
        for step in range(10_000):
            progress.check()
            steps.append(step)
            threading.Event().wait(0.001)

    operation = Operation(owner, work).on_failure(failures.append).start()
    assert started.wait(10)
    operation.cancel()
    qtbot.waitUntil(operation.is_done, timeout=30000)
    assert [type(e) for e in failures] == [OperationCancelled]
    assert len(steps) < 10_000


def test_an_operation_runs_once(qtbot, qapp) -> None:
    owner = QObject()
    operation = Operation(owner, lambda _p: 1).start()
    with pytest.raises(RuntimeError, match="once"):
        operation.start()
    qtbot.waitUntil(operation.is_done, timeout=30000)


def test_finish_now_runs_queued_work_here_instead_of_waiting_behind_the_pool(qtbot, qapp) -> None:
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    owner = QObject()
    release = threading.Event()
    busy = Operation(owner, lambda _p: release.wait(10), pool=pool).start()
    ran_on: list[int] = []
    results: list[int] = []

    def work(_progress: Progress) -> int:
        ran_on.append(threading.get_ident())
        return 7

    queued = Operation(owner, work, pool=pool).on_success(results.append).start()
    assert queued.finish_now(timeout=5)  # the pool's only thread is still busy
    assert ran_on == [threading.get_ident()]  # so it ran right here
    assert results == [7]
    release.set()
    qtbot.waitUntil(busy.is_done, timeout=10000)
    qapp.processEvents()
    assert results == [7]  # delivered once, not again by the queued event


def test_finish_now_waits_for_running_work_and_delivers_once(qtbot, qapp) -> None:
    owner = QObject()
    started = threading.Event()
    results: list[str] = []

    def work(_progress: Progress) -> str:
        started.set()
        return "loaded"

    task = Operation(owner, work).on_success(results.append).start()
    started.wait(10)
    assert task.finish_now(timeout=10)
    assert results == ["loaded"]
    assert task.is_done()
    qapp.processEvents()
    assert results == ["loaded"]
