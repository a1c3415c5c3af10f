"""Small helpers every reader shares."""

from __future__ import annotations

from urllib.parse import urlsplit


def outlet_from_url(url: str | None) -> str | None:
    """The outlet an article URL belongs to: its host without `www.` (`nbcnews.com`)."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    if not host:
        return None
    return host.removeprefix("www.")
