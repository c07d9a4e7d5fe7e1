#!/usr/bin/env python3
"""Analyse a directory of articles on a Dask cluster with slantwise.

Each partition of the input files is turned into NDJSON records and piped through the
slantwise command line as a streaming filter (`slantwise analyze - --format ndjson`): one
result line per record, in order, an error record in place of a record that cannot be
analysed. Each partition's results are written to OUT/part-NNNNN.ndjson (analyses) and, when
there are any, OUT/errors-NNNNN.ndjson (error records); DuckDB, Polars or Spark read them:

    SELECT outlet, avg(metrics.loadedPer1kWords) FROM read_ndjson_auto('OUT/part-*.ndjson') GROUP BY 1

Inputs: .txt files (one article; its id is the file name, its outlet the name of the
sub-directory it sits in, if any), .json files (one record or an array of records) and
.ndjson/.jsonl files (one record per line), as the slantwise CLI reads them.

Locally (a LocalCluster of two worker processes):
    python3 analyze_with_dask.py examples/corpus --out results/
On a cluster (every worker needs node and slantwise, and the input and output paths):
    python3 analyze_with_dask.py /shared/articles --out /shared/results --scheduler tcp://scheduler:8786 \
        --slantwise "npx --no-install slantwise" --partitions 64

Only the Python standard library and Debian's python3-distributed are needed.
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

ARTICLE_SUFFIXES = {".txt", ".json", ".ndjson", ".jsonl"}


def list_inputs(root: Path) -> list[Path]:
    """Every article file under root, sorted, so partitions are the same on every run."""
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)


def records_of(path: Path, root: Path) -> tuple[list[str], list[dict]]:
    """The NDJSON records of one input file, and error records for lines that are not JSON
    objects (slantwise itself turns a record it cannot analyse into an error record)."""
    suffix = path.suffix.lower()
    if suffix in (".ndjson", ".jsonl"):
        lines, bad = [], []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                ok = isinstance(json.loads(line), dict)
            except ValueError:
                ok = False
            if ok:
                lines.append(line)
            else:
                bad.append({"source": str(path), "line": n, "error": "not a JSON object", "code": "INPUT_INVALID"})
        return lines, bad
    if suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        return [json.dumps(r, ensure_ascii=False) for r in (data if isinstance(data, list) else [data])], []
    record = {"id": path.stem, "text": path.read_text(encoding="utf-8")}
    parent = path.parent.relative_to(root) if root.is_dir() else Path(".")
    if parent != Path("."):
        record["outlet"] = parent.parts[0]
    return [json.dumps(record, ensure_ascii=False)], []


def analyse_partition(index: int, paths: list[str], root: str, out: str, command: list[str]) -> dict:
    """Runs on a worker: pipe one partition through slantwise and write its results."""
    lines: list[str] = []
    unreadable: list[str] = []
    for p in paths:
        ok, bad = records_of(Path(p), Path(root))
        lines += ok
        unreadable += [json.dumps(b) for b in bad]
    proc = subprocess.run(
        command + ["analyze", "-", "--format", "ndjson", "--skip-bad"],
        input="".join(line + "\n" for line in lines),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    # Exit 0: all analysed; 1: some records became error records; anything else is a failure.
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"partition {index}: slantwise exited {proc.returncode}: {proc.stderr.strip()}")
    results = proc.stdout.splitlines()
    if len(results) != len(lines):
        raise RuntimeError(f"partition {index}: {len(lines)} records in, {len(results)} results out")
    analyses, errors = [], list(unreadable)
    for r in results:
        (analyses if "schemaVersion" in json.loads(r) else errors).append(r)
    out_dir = Path(out)
    for name, rows in ((f"part-{index:05d}.ndjson", analyses), (f"errors-{index:05d}.ndjson", errors)):
        if not rows:
            continue
        tmp = out_dir / f".{name}.tmp"
        tmp.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
        os.replace(tmp, out_dir / name)  # readers never see half a file
    return {"partition": index, "records": len(lines) + len(unreadable), "analyses": len(analyses), "errors": len(errors)}


def default_command() -> str:
    """This repository's build when run from a clone, else `slantwise` on the PATH."""
    cli = Path(__file__).resolve().parents[2] / "dist" / "cli.js"
    return f"node {shlex.quote(str(cli))}" if cli.exists() else "slantwise"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="a directory of articles (.txt, .json, .ndjson) or one file")
    parser.add_argument("--out", required=True, help="directory for part-*.ndjson and errors-*.ndjson")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster (default 2)")
    parser.add_argument("--partitions", type=int, help="number of partitions (default: 2 per worker)")
    parser.add_argument("--slantwise", default=default_command(), help="command that runs the slantwise CLI")
    args = parser.parse_args()

    from distributed import Client, LocalCluster  # imported here so --help works without Dask

    root = Path(args.input).resolve()
    paths = [str(p) for p in list_inputs(root)]
    if not paths:
        print(f"no article files under {root}", file=sys.stderr)
        return 2
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    for old in list(out.glob("part-*.ndjson")) + list(out.glob("errors-*.ndjson")):
        old.unlink()
    command = shlex.split(args.slantwise)

    started = time.monotonic()
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        workers = len(client.scheduler_info()["workers"])
        n = max(1, min(len(paths), args.partitions or 2 * max(workers, 1)))
        chunks = [paths[i::n] for i in range(n)]
        futures = client.map(analyse_partition, range(n), chunks, root=str(root), out=str(out), command=command, pure=False)
        summary = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    records = sum(s["records"] for s in summary)
    analyses = sum(s["analyses"] for s in summary)
    errors = sum(s["errors"] for s in summary)
    print(f"{len(paths)} files, {records} records in {n} partitions on {workers} workers: {analyses} analyses, {errors} error records, {time.monotonic() - started:.1f} s → {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
