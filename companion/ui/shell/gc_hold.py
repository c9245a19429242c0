"""Hold Python's cyclic garbage collector off while a window is first built.

Building a window from Python makes tens of thousands of objects: module contents,
widget wrappers, the records shown. Each 700 new objects set off a collection of the
youngest ones, and every tenth of those a larger one, so the help panel's first build
ran ten to twelve collections before its first paint: 1.3 ms on a quiet machine, 3 ms
on a busy one, a third of it one collection of the older objects. Almost nothing made
on the way is garbage yet: all of them together freed 289 objects.

:func:`hold_collection` turns the collector off and gives back the function that turns
it on again, which the caller runs once the window is on screen. Reference counting
still frees everything that is not part of a cycle in the meantime; cycles wait until
then. Turning the collector back on also runs the collection that was held back (of
the youngest objects: everything made since), at once and from that caller: left to the
next allocation, it could run anywhere, for instance while Qt is delivering an event to
an object that the collection frees.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


def hold_collection() -> Callable[[], None]:
    """Stop cyclic garbage collection until the returned function is called.

    The returned function may be called any number of times: the first call restores
    the collector (only if this call turned it off: a program or test that had turned it
    off itself keeps it off), later calls do nothing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    resumed = False

    def resume() -> None:
        nonlocal resumed
        if resumed:
            return
        resumed = True
        if was_enabled:
            gc.enable()
            gc.collect(0)

    return resume
