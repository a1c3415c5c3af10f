"""web: newsweave's pages and JSON API over a store (FastAPI on uvicorn). Nothing in the
pipeline imports this package; the CLI imports it only for `newsweave serve`.

    app = create_app(open_store("news.db"), WebOptions(token="..."))
"""

from newsweave.web.app import WebOptions, create_app
from newsweave.web.server import serve

__all__ = ["WebOptions", "create_app", "serve"]
