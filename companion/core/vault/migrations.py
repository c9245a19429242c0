"""Run the schema migrations that each feature registers; know nothing of their tables.

A vault holds the tables of several features (the journal, check-ins, the safety plan…).
Each feature describes its own tables as a :class:`FeatureSchema`: a name and one upgrade
step per version. The vault runs whatever list it is given (the app passes
:data:`companion.core.features.FEATURE_SCHEMAS`), one transaction per step, so a crash
mid-upgrade leaves each feature at its last completed version.

The version of every feature is kept in one small table, ``schema_version``. Databases
written before this table existed are recognised by each feature's own
``legacy_version`` hook (the journal read ``PRAGMA user_version``), so no feature's
knowledge leaks into the vault.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sqlcipher3

from companion.core.errors import UnsupportedVersion

Step = Callable[[sqlcipher3.Connection], None]

VERSIONS_TABLE = "schema_version"
_CREATE_VERSIONS = (
    f"CREATE TABLE IF NOT EXISTS {VERSIONS_TABLE} "
    "(feature TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID"
)


@dataclass(frozen=True)
class FeatureSchema:
    """One feature's tables: its name and one upgrade step per version.

    Attributes:
        feature: A short, stable name (``"journal"``); it is stored in the database.
        steps: ``steps[n]`` upgrades the feature from version ``n`` to ``n + 1``.
        legacy_version: For a database written before versions were recorded per
            feature: the version it holds (0 when the feature's tables are absent).
        summary: Counts worth showing beside a backup (``{"entries": 120}``), read from
            an up-to-date database; they are stored, prefixed with the feature's name,
            in the backup's manifest (numbers only, never content).
    """

    feature: str
    steps: tuple[Step, ...]
    legacy_version: Callable[[sqlcipher3.Connection], int] | None = None
    summary: Callable[[sqlcipher3.Connection], dict[str, int]] | None = None

    @property
    def version(self) -> int:
        """The version this program writes."""
        return len(self.steps)


def _has_versions_table(conn: sqlcipher3.Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSIONS_TABLE,)
    ).fetchone()
    return row is not None


def stored_versions(
    conn: sqlcipher3.Connection, schemas: Sequence[FeatureSchema] = ()
) -> dict[str, int]:
    """Each feature's version as stored in the file (absent features are left out).

    For a file from before the ``schema_version`` table, the features' legacy hooks
    answer instead.
    """
    if _has_versions_table(conn):
        rows = conn.execute(f"SELECT feature, version FROM {VERSIONS_TABLE}").fetchall()  # noqa: S608
        return {str(name): int(version) for name, version in rows}
    legacy: dict[str, int] = {}
    for schema in schemas:
        if schema.legacy_version is not None:
            found = schema.legacy_version(conn)
            if found:
                legacy[schema.feature] = found
    return legacy


def pending_steps(conn: sqlcipher3.Connection, schemas: Sequence[FeatureSchema]) -> int:
    """How many upgrade steps :func:`migrate` would run (0: the file is up to date).

    Raises:
        UnsupportedVersion: A feature's stored version is newer than this program's.
    """
    stored = stored_versions(conn, schemas)
    count = 0
    for schema in schemas:
        found = stored.get(schema.feature, 0)
        if found > schema.version:
            raise UnsupportedVersion(f"{schema.feature} schema", found, schema.version)
        count += schema.version - found
    return count


def migrate(conn: sqlcipher3.Connection, schemas: Sequence[FeatureSchema]) -> None:
    """Create or upgrade every feature's tables, one transaction per step.

    Args:
        conn: An open, keyed connection with no transaction in progress.
        schemas: The features whose tables the database should hold.

    Raises:
        UnsupportedVersion: Some feature was written by a newer Companion; nothing
            changed (every feature is checked before the first step runs).
    """
    names = [schema.feature for schema in schemas]
    if len(set(names)) != len(names):
        raise ValueError(f"a feature is registered twice: {names}")
    if pending_steps(conn, schemas) == 0 and _has_versions_table(conn):
        return
    stored = stored_versions(conn, schemas)
    if not _has_versions_table(conn):
        # One transaction records what a legacy file already held, before any step.
        _in_transaction(conn, lambda c: _record_versions(c, stored))
    for schema in schemas:
        for version in range(stored.get(schema.feature, 0), schema.version):
            step = schema.steps[version]

            def run(
                c: sqlcipher3.Connection,
                step: Step = step,
                done: dict[str, int] = {schema.feature: version + 1},  # noqa: B006
            ) -> None:
                step(c)
                # Recorded inside the step's transaction: it moves only if the step did.
                _record_versions(c, done)

            _in_transaction(conn, run)


def summarize(conn: sqlcipher3.Connection, schemas: Sequence[FeatureSchema]) -> dict[str, int]:
    """Every feature's summary counts as ``{"<feature>.<name>": n}`` (absent tables: none).

    A summary should only read tables every version of its feature has; one that fails
    on an older file (before its upgrade) is left out rather than failing the caller.
    """
    stored = stored_versions(conn, schemas)
    counts: dict[str, int] = {}
    for schema in schemas:
        if schema.summary is None or not stored.get(schema.feature):
            continue
        try:
            found = schema.summary(conn)
        except sqlcipher3.Error:
            continue
        for name, value in found.items():
            counts[f"{schema.feature}.{name}"] = int(value)
    return counts


def _record_versions(conn: sqlcipher3.Connection, versions: dict[str, int]) -> None:
    conn.execute(_CREATE_VERSIONS)
    conn.executemany(
        f"INSERT OR REPLACE INTO {VERSIONS_TABLE} (feature, version) VALUES (?, ?)",  # noqa: S608
        sorted(versions.items()),
    )


def _in_transaction(conn: sqlcipher3.Connection, work: Step) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        work(conn)
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def split_script(script: str) -> list[str]:
    """Split a schema script into statements, keeping trigger bodies whole.

    ``executescript()`` would COMMIT first and break the one-transaction-per-step promise,
    so steps run their statements one by one.
    """
    statements: list[str] = []
    current: list[str] = []
    in_trigger = False
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        current.append(line)
        if stripped.upper().startswith("CREATE TRIGGER"):
            in_trigger = True
        if (in_trigger and stripped.upper() == "END;") or (
            not in_trigger and stripped.endswith(";")
        ):
            statements.append("\n".join(current))
            current = []
            in_trigger = False
    if current:
        raise ValueError("unterminated statement in schema script")
    return statements


def run_script(conn: sqlcipher3.Connection, script: str) -> None:
    """Execute every statement of ``script`` inside the current transaction."""
    for statement in split_script(script):
        conn.execute(statement)
