"""Lists whose rows wrap their text, laid out again whenever their width changes.

A row that wraps is taller in a narrow list than in a wide one. ``QListView`` lays its
rows out from top to bottom and, even in its ``Adjust`` resize mode, lays them out again
only when its height changes: a new width (the vertical scroll bar appearing once the
rows are known, a splitter moved, a window made narrower) leaves each row where the old
width put it. Each row is then painted at its new, taller size from its old place, over
the top of the next one, and the gap between them is gone.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView


def relayout_on_new_width(view: QAbstractItemView, event: QResizeEvent) -> None:
    """Call from a list's ``resizeEvent``: lays the rows out again if the width changed.

    The layout is scheduled (for the event loop, as Qt schedules its own), not done
    here: a layout that shows or hides the scroll bar resizes the list again, and doing
    it inside this event would start one layout inside another.
    """
    if event.size().width() != event.oldSize().width():
        view.scheduleDelayedItemsLayout()
