"""SQLite migrations (store/sqlite/migrations/), each applied in its own IMMEDIATE transaction."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from newsweave.errors import StoreError
from newsweave.store.migrations import VERSION_TABLE, Migration, check_not_newer
from newsweave.store.migrations import load_migrations as shared_migrations


def load_migrations() -> tuple[Migration, ...]:
    """The SQLite migrations shipped with the package."""
    return shared_migrations("newsweave.store.sqlite")


def schema_version(conn: sqlite3.Connection) -> int:
    """The version of the schema in the database: 0 for a database never migrated."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if exists is None:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection, where: str, migrations: Sequence[Migration]) -> int:
    """Bring the database to the latest of `migrations`; returns the version it is at.

    `conn` must be in autocommit mode (isolation_level=None). Each migration runs in one
    IMMEDIATE transaction, so a failing migration leaves the database at the version before
    it, and two processes opening the same new database do not both migrate it.
    Raises StoreError when the database is newer than these migrations or a migration fails.
    """
    latest = len(migrations)
    version = schema_version(conn)
    check_not_newer(version, latest, where)
    for migration in migrations[version:]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(VERSION_TABLE)
            version = schema_version(conn)  # another process may have migrated meanwhile
            check_not_newer(version, latest, where)
            if version < migration.version:
                for statement in _statements(migration.sql):
                    conn.execute(statement)
                applied_at = datetime.now(UTC).isoformat(timespec="seconds")
                conn.execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, applied_at),
                )
            conn.execute("COMMIT")
        except BaseException as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise StoreError(
                    f"{where}: migration {migration.version:03d}_{migration.name} failed: {error}"
                ) from error
            raise
    return max(version, schema_version(conn))


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a script, one at a time (semicolons in strings, comments and
    trigger bodies are handled by sqlite3.complete_statement)."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if _has_code(pending):
                yield pending.strip()
            pending = ""
    if _has_code(pending.removesuffix(";")):
        raise StoreError(f"incomplete SQL statement in a migration: {pending.strip()[:80]}")


def _has_code(sql: str) -> bool:
    """Whether `sql` holds anything but comments, white space and semicolons."""
    without_comments = re.sub(r"--[^\n]*|/\*.*?\*/", "", sql, flags=re.S)
    return bool(without_comments.strip(" \t\r\n;"))
