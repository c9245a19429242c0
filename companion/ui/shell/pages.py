"""What other features add to the journal window: pages and menu commands.

The journal window hosts the pages the app hands it (check-in, insights, safety plan,
exercises, Learn…) beside its own journal page, and shows the commands it is given in
its "More" menu (backups, export, import…). It never imports those features: the app
builds these small descriptions, with the features' constructors inside ``build`` and
``run``, so the feature packages stay independent of each other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class PageSpec:
    """One page of the journal window.

    Attributes:
        key: A stable name (``"checkins"``), used as the page's object name.
        title: The translated tab text, with an ``&`` mnemonic if wanted.
        build: Makes the page widget under the given parent; called on first view.
    """

    key: str
    title: str
    build: Callable[[QWidget], QWidget]


@dataclass(frozen=True)
class MenuCommand:
    """One entry of the journal window's "More" menu.

    Attributes:
        key: A stable name, used as the action's object name.
        text: The translated menu text (``…`` when it asks something first).
        run: What choosing it does; receives the journal window as parent.
        section: Commands of one section are grouped between separators.
    """

    key: str
    text: str
    run: Callable[[QWidget], None]
    section: str = "data"
