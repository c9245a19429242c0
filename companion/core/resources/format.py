"""The names that define the help-directory file format (see ``assets/resources/FORMAT.md``).

Both the parser and the validator need them; keeping them here lets each import the
format without importing the other.
"""

from __future__ import annotations

FORMAT_NAME = "companion-resources"
FORMAT_VERSION = 1
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
