"""A throwaway PostgreSQL server for the tests: initdb into a temporary folder, listening on
a unix socket in that folder only (no TCP port is opened), removed after the session.

Run as root (as CI is), the server runs as `nobody` (PostgreSQL refuses to run as root).
Where no server binaries are installed the tests that need one are skipped with the reason,
except under CI=true, where they fail: `make test` installs Debian's postgresql.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SERVER_USER = "nobody"  # runs the server when the suite runs as root
SUPERUSER = "newsweave"  # the database role the tests connect as (trust on the socket)
PORT = 5432  # names the socket file only; the socket lives in a private folder


def server_bin() -> Path | None:
    """The folder of Debian's (or any) PostgreSQL server binaries, newest version first."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if found:
        return Path(found[0]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", SERVER_USER, "--", *command]
    return command


@contextmanager
def running_server(bin_dir: Path) -> Iterator[str]:
    """Start a server; yields the libpq URL of its `postgres` database (socket host)."""
    home = Path(tempfile.mkdtemp(prefix="newsweave-pg-"))
    data = home / "data"
    try:
        if os.geteuid() == 0:
            shutil.chown(home, user=SERVER_USER)
        subprocess.run(
            _as_server_user(
                [str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust",
                 "-E", "UTF8", "--locale=C", "--no-sync"]
            ),
            check=True, capture_output=True, cwd=home,
        )  # fmt: skip
        options = f"-k {home} -p {PORT} -c listen_addresses='' -F"
        pg_ctl = [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(home / "log"), "-w"]
        subprocess.run(
            _as_server_user([*pg_ctl, "-o", options, "start"]),
            check=True, capture_output=True, cwd=home,
        )  # fmt: skip
        try:
            yield f"postgresql://{SUPERUSER}@/postgres?host={home}&port={PORT}"
        finally:
            subprocess.run(
                _as_server_user([*pg_ctl, "-m", "immediate", "stop"]),
                capture_output=True, cwd=home,
            )  # fmt: skip
    finally:
        shutil.rmtree(home, ignore_errors=True)


def database_url(server_url: str, name: str) -> str:
    """The URL of database `name` on the server that `server_url` reaches."""
    return server_url.replace("@/postgres?", f"@/{name}?")
