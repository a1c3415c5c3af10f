"""Run the application on uvicorn until interrupted."""

from __future__ import annotations

from newsweave.store import open_store
from newsweave.web.app import WebOptions, create_app


def serve(db: str | None, host: str, port: int, options: WebOptions) -> None:
    """Serve the store at `db` on host:port (blocks; the store is closed on the way out)."""
    import uvicorn

    with open_store(db, create=False) as store:
        app = create_app(store, options)
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
