"""Quality gates: floors pinned in benchmarks/floors.json together with the sha256 of the data
they were measured on (as trafilatura's evaluation gate pins its floors to the evaluation
file). `make test` runs each gate on its slice; a score under its floor, or data that no
longer hashes as pinned, fails the build.

    python -m benchmarks.gates            # every gate's data hash, floors and measurements
    python -m benchmarks.gates --hash G   # the current sha256 of gate G's data (to re-pin)
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Mapping
from pathlib import Path

FLOORS = Path(__file__).with_name("floors.json")
DATASETS = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"


def pinned(gate: str) -> dict[str, object]:
    """The pinned entry of one gate: `data` (paths under ../shared/datasets), `sha256`,
    `floors` and `measured` (metric -> value)."""
    entries: dict[str, dict[str, object]] = json.loads(FLOORS.read_text(encoding="utf-8"))
    return entries[gate]


def data_hash(paths: list[str], datasets: Path = DATASETS) -> str:
    """sha256 over every file under `paths` (relative to `datasets`), by sorted path."""
    digest = hashlib.sha256()
    for relative in paths:
        root = datasets / relative
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for path in files:
            digest.update(str(path.relative_to(datasets)).encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def check_floors(gate: str, scores: Mapping[str, float], datasets: Path = DATASETS) -> None:
    """Fail (AssertionError naming the gate) when the gate's data changed since its floors
    were pinned, or when any score is under its floor."""
    entry = pinned(gate)
    data = [str(p) for p in entry["data"]]  # type: ignore[attr-defined]
    found = data_hash(data, datasets)
    assert found == entry["sha256"], (
        f"gate {gate}: its data ({', '.join(data)}) changed since the floors were pinned "
        f"(sha256 {found[:12]}... not {str(entry['sha256'])[:12]}...): re-measure, re-pin"
    )
    floors: dict[str, float] = entry["floors"]  # type: ignore[assignment]
    low = [f"{m} {scores[m]:.4f} < {f}" for m, f in floors.items() if scores[m] < f]
    assert not low, f"gate {gate} fell under its floors: {'; '.join(low)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hash", metavar="GATE", help="print the current hash of GATE's data")
    args = parser.parse_args(argv)
    entries = json.loads(FLOORS.read_text(encoding="utf-8"))
    if args.hash:
        print(data_hash(entries[args.hash]["data"]))
        return 0
    print(f"{'gate':<24} {'data ok':<8} floors (measured)")
    for gate, entry in entries.items():
        ok = data_hash(entry["data"]) == entry["sha256"]
        floors = ", ".join(
            f"{m} {f} ({entry['measured'].get(m, '?')})" for m, f in entry["floors"].items()
        )
        print(f"{gate:<24} {'yes' if ok else 'NO':<8} {floors}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
