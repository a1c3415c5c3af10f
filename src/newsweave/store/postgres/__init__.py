"""The PostgreSQL store (for teams sharing one database): `PostgresStore` and its
migrations. Needs the `postgres` extra (psycopg 3)."""

from newsweave.store.postgres.store import PostgresStore

__all__ = ["PostgresStore"]
