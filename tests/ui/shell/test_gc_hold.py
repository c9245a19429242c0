"""Holding the garbage collector off while a window is first built."""

from __future__ import annotations

import gc
import weakref

from companion.ui.shell.gc_hold import hold_collection


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def test_no_collection_runs_while_held(gc_collections: list[int]) -> None:
    resume = hold_collection()
    try:
        assert not gc.isenabled()
        made = [[index] for index in range(5000)]  # far past the 700 that start one
        assert gc_collections == []
    finally:
        resume()
    assert gc.isenabled()
    assert len(made) == 5000


def test_resuming_runs_the_held_collection_once_and_only_once(gc_collections: list[int]) -> None:
    resume = hold_collection()
    first, second = Node(), Node()
    first.other, second.other = second, first  # a cycle: only the collector frees it
    gone = weakref.ref(first)
    del first, second
    assert gone() is not None
    resume()
    assert gone() is None  # freed by the collection resume() ran
    assert gc_collections[:1] == [0]
    count = len(gc_collections)
    resume()  # a second call changes nothing
    assert len(gc_collections) == count
    assert gc.isenabled()


def test_a_collector_the_program_turned_off_stays_off() -> None:
    gc.disable()
    try:
        resume = hold_collection()
        resume()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_holds_inside_each_other_end_with_the_outer_one() -> None:
    outer = hold_collection()
    inner = hold_collection()
    inner()
    assert not gc.isenabled()  # the outer hold still stands
    outer()
    assert gc.isenabled()
