"""The tabular form of every insight: what the accessible table view and exports show.

Each result type has a ``table()`` giving a :class:`Table`: columns with stable ids and
English titles (the UI translates by id), and rows of plain values. :meth:`Table.text_rows`
gives the same rows as strings, for CSV and for the report's tables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

Cell = str | int | float | None


@dataclass(frozen=True)
class Column:
    """A column: a stable id, an English title, and whether its values are numbers."""

    id: str
    title: str
    numeric: bool = False


@dataclass(frozen=True)
class Table:
    """Rows of plain values under titled columns. ``None`` is a blank cell (no data)."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def text_rows(self, decimals: int = 2, blank: str = "") -> tuple[tuple[str, ...], ...]:
        """The rows as strings: numbers with ``decimals`` places (whole numbers as they
        are), ``None`` as ``blank``."""
        return tuple(tuple(format_cell(cell, decimals, blank) for cell in row) for row in self.rows)

    def headers(self, translate: Callable[[str], str] | None = None) -> tuple[str, ...]:
        """Column titles, translated when a function is given."""
        return tuple(translate(c.title) if translate else c.title for c in self.columns)


def format_cell(cell: Cell, decimals: int = 2, blank: str = "") -> str:
    """One cell as text."""
    if cell is None:
        return blank
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, float):
        return f"{cell:.{decimals}f}"
    return str(cell)


def iso(day: date) -> str:
    """Dates in tables are ISO 8601 (sortable, unambiguous in every language)."""
    return day.isoformat()
