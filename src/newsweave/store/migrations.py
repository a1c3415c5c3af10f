"""Versioned schema migrations shared by the SQL backends: each backend ships
`migrations/NNN_name.sql` in its own package, applied in order and recorded in its
`schema_version` table."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files

from newsweave.errors import StoreError

# The table both backends record applied migrations in.
VERSION_TABLE = """CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
)"""

_NAME = re.compile(r"^(\d{3})_(\w+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations(package: str) -> tuple[Migration, ...]:
    """The migrations shipped in `package`'s migrations/ folder, numbered 1, 2, ... without
    gaps."""
    found = []
    for entry in (files(package) / "migrations").iterdir():
        match = _NAME.match(entry.name)
        if match and entry.is_file():
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        numbers = ", ".join(str(m.version) for m in found)
        raise StoreError(f"store migrations are not numbered 1..N without gaps: {numbers}")
    return tuple(found)


def check_not_newer(version: int, latest: int, where: str) -> None:
    """Refuse a database migrated by a newer newsweave than this one."""
    if version > latest:
        raise StoreError(
            f"{where}: the store has schema version {version}, newer than this newsweave "
            f"knows ({latest}); upgrade newsweave to use it"
        )
