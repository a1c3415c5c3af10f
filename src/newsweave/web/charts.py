"""Charts of a story's coverage drawn on the server as inline SVG (no script): a timeline of
its articles, one row per outlet, and the graph of who copied whom.

Every text that reaches the SVG (titles, outlet names, ids) goes through `escape`; links
point only to this site's article pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from markupsafe import Markup, escape

from newsweave.text.dates import parse_iso, timestamp
from newsweave.web.views import path_part

LABEL_WIDTH = 170
PLOT_WIDTH = 500
ROW = 30
UNDATED_GAP = 50  # room at the right for articles without a date


def timeline_svg(record: dict[str, Any]) -> Markup:
    """Articles over time: one row per outlet, copies drawn hollow, undated ones at the end."""
    articles = record["story"]["articles"]
    rows = list(dict.fromkeys(_outlet(a) for a in articles))
    times = {a["id"]: _time(a["published"]) for a in articles}
    dated = [t for t in times.values() if t is not None]
    low, high = (min(dated), max(dated)) if dated else (0.0, 0.0)
    width = LABEL_WIDTH + PLOT_WIDTH + UNDATED_GAP
    height = ROW * len(rows) + 40
    parts = [_open(width, height, "Coverage timeline: articles over time, one row per outlet")]
    for number, outlet in enumerate(rows):
        y = ROW * number + ROW // 2 + 4
        parts.append(f'<text class="label" x="4" y="{y + 4}">{escape(_short(outlet, 24))}</text>')
        parts.append(f'<line class="row" x1="{LABEL_WIDTH}" y1="{y}" x2="{width}" y2="{y}"/>')
    for article in articles:
        when = times[article["id"]]
        x = LABEL_WIDTH + UNDATED_GAP // 2 + PLOT_WIDTH if when is None else _x(when, low, high)
        y = ROW * rows.index(_outlet(article)) + ROW // 2 + 4
        kind = "copy" if article["copy_of"] else "original"
        what = f"{article['title']} ({article['published'] or 'undated'}, {kind})"
        parts.append(
            _linked(article["id"], what, f'<circle class="{kind}" cx="{x:.1f}" cy="{y}" r="7"/>')
        )
    axis = ROW * len(rows) + 26
    for when, anchor, x in ((low, "start", LABEL_WIDTH), (high, "end", LABEL_WIDTH + PLOT_WIDTH)):
        if dated:
            label = escape(_date_label(when))
            parts.append(
                f'<text class="axis" x="{x}" y="{axis}" text-anchor="{anchor}">{label}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def copy_graph_svg(record: dict[str, Any]) -> Markup | None:
    """Who copied whom: originals on the left, each copy one column right of its source, an
    arrow from source to copy labelled with the kind of copy. None when nothing was copied."""
    links = record["reuse"]
    if not links:
        return None
    articles = {a["id"]: a for a in record["story"]["articles"]}
    depth = _depths([a for a in articles if _involved(a, links)], links)
    columns: dict[int, list[str]] = {}
    for article_id, level in depth.items():
        columns.setdefault(level, []).append(article_id)
    place = {
        article_id: (20 + level * 220, 30 + row * 56)
        for level, members in columns.items()
        for row, article_id in enumerate(members)
    }
    width = 20 + (max(columns) + 1) * 220
    height = 30 + max(len(m) for m in columns.values()) * 56
    parts = [
        _open(width, height, "Who copied whom: an arrow from each source to its copy"),
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" '
        'markerHeight="8" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z"/>'
        "</marker></defs>",
    ]
    for link in links:
        (x1, y1), (x2, y2) = place[link["source"]], place[link["copy"]]
        kind, middle = escape(link["kind"]), ((x1 + x2 + 150) // 2, (y1 + y2) // 2 - 4)
        parts.append(
            f'<line class="edge {kind}" x1="{x1 + 150}" y1="{y1}" x2="{x2}" y2="{y2}" '
            f'marker-end="url(#arrow)"/><text class="edge-label" x="{middle[0]}" y="{middle[1]}">'
            f"{kind} {round(100 * link['share'])}%</text>"
        )
    for article_id, (x, y) in place.items():
        article = articles.get(article_id, {"title": article_id, "source": None, "id": article_id})
        node = (
            f'<rect class="node" x="{x}" y="{y - 14}" width="150" height="28" rx="4"/>'
            f'<text class="node-label" x="{x + 6}" y="{y + 5}">'
            f"{escape(_short(_outlet(article), 20))}</text>"
        )
        parts.append(_linked(article_id, str(article["title"]), node))
    parts.append("</svg>")
    return Markup("".join(parts))


def _open(width: int, height: int, label: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-label="{escape(label)}">'
    )


def _linked(article_id: str, title: str, shape: str) -> str:
    href = f"/articles/{path_part(article_id)}"
    return f'<a href="{escape(href)}"><title>{escape(title)}</title>{shape}</a>'


def _outlet(article: dict[str, Any]) -> str:
    return str(article.get("source") or "outlet not stated")


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _time(published: str | None) -> float | None:
    when = parse_iso(published) if published else None
    return timestamp(when) if when else None


def _x(when: float, low: float, high: float) -> float:
    share = 0.5 if high == low else (when - low) / (high - low)
    return LABEL_WIDTH + 10 + share * (PLOT_WIDTH - 20)


def _date_label(when: float) -> str:
    return datetime.fromtimestamp(when, UTC).strftime("%Y-%m-%d %H:%M")


def _involved(article_id: str, links: Sequence[dict[str, Any]]) -> bool:
    return any(article_id in (link["source"], link["copy"]) for link in links)


def _depths(article_ids: Sequence[str], links: Sequence[dict[str, Any]]) -> dict[str, int]:
    """How many copy steps separate each article from an original (cycles cut)."""
    sources = {link["copy"]: link["source"] for link in links}
    depth = {}
    for article_id in article_ids:
        steps, seen, current = 0, {article_id}, article_id
        while current in sources and sources[current] not in seen:
            current = sources[current]
            seen.add(current)
            steps += 1
        depth[article_id] = steps
    return depth
