"""``companion resources validate FILE``: check a directory or pack before deploying it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from companion.core.resources.records import INTERNATIONAL
from companion.core.resources.validate import validate_document

MAX_BYTES = 50 * 1024 * 1024


def validate_command(path: str, out: TextIO) -> int:
    """Validate the JSON file at ``path`` and print the outcome to ``out``.

    Prints one OK line (number of services and countries) and returns 0 when the file is
    valid; otherwise prints one line per problem, naming the entry and the field, and
    returns 1. An unreadable file or invalid JSON is one clear line and exit code 1.
    """
    try:
        raw = Path(path).read_bytes()[: MAX_BYTES + 1]
    except OSError as exc:
        out.write(f"{path}: cannot be read ({exc.strerror or exc})\n")
        return 1
    if len(raw) > MAX_BYTES:
        out.write(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MiB, not a resource file\n")
        return 1
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        out.write(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})\n")
        return 1
    except json.JSONDecodeError as exc:
        out.write(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})\n")
        return 1
    except RecursionError:
        out.write(f"{path}: JSON nested too deeply\n")
        return 1
    problems = validate_document(doc)
    if problems:
        for line in problems:
            out.write(f"{path}: {line}\n")
        out.write(f"{path}: {len(problems)} problem(s)\n")
        return 1
    services = doc["services"]
    countries = {s["country"] for s in services} - {INTERNATIONAL}
    kind = "resource pack" if "pack" in doc else "directory"
    intl = " plus international" if any(s["country"] == INTERNATIONAL for s in services) else ""
    out.write(
        f"{path}: OK — {kind} with {len(services)} services in {len(countries)} countries{intl}\n"
    )
    return 0
