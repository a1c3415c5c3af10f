"""`newsweave serve` under load: requests/s and p50/p99 latency of the story list, a story
page and the API story endpoint, on a store of generated articles (benchmarks/stream.py),
server and load generator on this machine over loopback, bounded request counts.

    python -m benchmarks.serve [--articles 20000] [--requests 400] [--clients 4] [--db PATH]

The store is built once (ingesting 20,000 articles takes about two minutes) and kept at
--db; pages are measured warm (one request first computes and caches the digest).
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2 as httpx

from benchmarks.scoring import format_table
from benchmarks.stream import write_jsonl

ROOT = Path(__file__).resolve().parents[1]


def build_store(db: Path, articles: int) -> None:
    """Ingest `articles` generated articles into `db` unless it is there already."""
    if db.exists():
        return
    with tempfile.TemporaryDirectory() as folder:
        stream = Path(folder) / "stream.jsonl"
        write_jsonl(str(stream), articles)
        command = [sys.executable, "-m", "newsweave.cli", "ingest", str(stream), "--db", str(db)]
        subprocess.run(command, check=True, cwd=ROOT)


def measure(client: httpx.Client, path: str, requests: int, clients: int) -> dict[str, float]:
    """Requests/s and latency percentiles (ms) of `requests` GETs of `path`."""

    def one(_: int) -> float:
        start = time.perf_counter()
        response = client.get(path)
        response.raise_for_status()
        return (time.perf_counter() - start) * 1000

    client.get(path).raise_for_status()  # warm: digest computed and cached
    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        latencies = sorted(pool.map(one, range(requests)))
    elapsed = time.perf_counter() - start
    return {
        "rps": requests / elapsed,
        "p50": statistics.median(latencies),
        "p99": latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "newsweave-serve.db"))
    args = parser.parse_args()
    db = Path(args.db)
    build_store(db, args.articles)
    port = _free_port()
    command = [sys.executable, "-m", "newsweave.cli", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=60) as client:
            _wait(client)
            story = client.get("/api/stories", params={"per_page": 1}).json()["stories"][0]["id"]
            rows = []
            for name, path in (
                ("story list", "/"),
                ("story page", f"/stories/{story}"),
                ("API story", f"/api/stories/{story}"),
            ):
                result = measure(client, path, args.requests, args.clients)
                rows.append(
                    [name, f"{result['rps']:.0f}", f"{result['p50']:.1f}", f"{result['p99']:.1f}"]
                )
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(
        f"{args.articles} articles, {args.requests} requests per endpoint, {args.clients} clients"
    )
    print(format_table(["endpoint", "requests/s", "p50 ms", "p99 ms"], rows))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait(client: httpx.Client) -> None:
    for _ in range(600):  # the catalog of a large store takes a few seconds to build
        try:
            client.get("/api/openapi.json")
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit("the server did not start")


if __name__ == "__main__":
    main()
