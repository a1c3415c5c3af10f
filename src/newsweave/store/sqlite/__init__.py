"""The SQLite store (the default backend): `SQLiteStore`, its rows and its migrations."""

from newsweave.store.sqlite.store import MEMORY, SQLiteStore

__all__ = ["MEMORY", "SQLiteStore"]
