"""PostgreSQL migrations (store/postgres/migrations/), each in its own transaction under an
advisory lock, so two processes opening a new database do not both migrate it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import psycopg

from newsweave.errors import StoreError
from newsweave.store.migrations import VERSION_TABLE, Migration, check_not_newer
from newsweave.store.migrations import load_migrations as shared_migrations

MIGRATION_LOCK = 0x6E77_6D69  # pg_advisory_xact_lock key of migrations ("nwmi")


def load_migrations() -> tuple[Migration, ...]:
    """The PostgreSQL migrations shipped with the package."""
    return shared_migrations("newsweave.store.postgres")


def migrate(conn: psycopg.Connection[Any], where: str, migrations: Sequence[Migration]) -> int:
    """Bring the database to the latest of `migrations`; returns the version it is at.

    A failing migration leaves the database at the version before it (PostgreSQL's DDL is
    transactional). Raises StoreError when the database is newer than these migrations or a
    migration fails.
    """
    latest = len(migrations)
    version = 0
    for migration in migrations:
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
                conn.execute(VERSION_TABLE)
                version = _version(conn)
                check_not_newer(version, latest, where)
                if version < migration.version:
                    conn.execute(migration.sql.encode())  # several statements, no parameters
                    conn.execute(
                        "INSERT INTO schema_version (version, name, applied_at) "
                        "VALUES (%s, %s, %s)",
                        (migration.version, migration.name, _now()),
                    )
                    version = migration.version
        except psycopg.Error as error:
            raise StoreError(
                f"{where}: migration {migration.version:03d}_{migration.name} failed: {error}"
            ) from error
    return version


def _version(conn: psycopg.Connection[Any]) -> int:
    row = conn.execute("SELECT MAX(version) AS version FROM schema_version").fetchone()
    return int(row["version"] or 0) if row else 0


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
