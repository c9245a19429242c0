"""The standard library's date and time types, without the cost of ``import datetime``.

On Python 3.11, ``import datetime`` first defines a pure-Python version of every class
(some 2,500 lines run) and then replaces them all with the C implementation from
``_datetime``: about 1.5 ms, on the help panel's way to its first paint. Python 3.12
imports the C module first and falls back to the Python one only without it; this does
the same. The objects are the very same classes ``datetime`` exports, so code anywhere
else can keep importing ``datetime`` itself.

Modules on the way to the help panel's first paint import these types from here (a
test checks that ``datetime`` stays unimported until then).
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
else:
    try:
        from _datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
    except ImportError:  # a Python built without the C module
        from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

__all__ = ["UTC", "date", "datetime", "time", "timedelta", "timezone", "tzinfo"]
