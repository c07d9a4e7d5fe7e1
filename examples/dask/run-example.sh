#!/usr/bin/env bash
# What CI runs: builds a small input tree from examples/corpus (two outlet folders, and an NDJSON
# file with two records of a third outlet, a record with empty text and a line that is not JSON),
# runs the Dask job on a LocalCluster of two workers, then checks the results with DuckDB.
# Needs Debian's python3-distributed and a build (npm run build).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$here/../corpus"
python="${PYTHON:-/usr/bin/python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/in/Desk A" "$work/in/Desk B"
cp "$corpus/wire-report.txt" "$corpus/patriot-ledger.txt" "$corpus/capital-observer.txt" "$work/in/Desk A/"
cp "$corpus/newswire-hub-syndicated.txt" "$corpus/harbor-times-editors-note.txt" "$corpus/continental-review.txt" "$work/in/Desk B/"
cat > "$work/in/briefs.ndjson" <<'EOF'
{"id":"brief-1","outlet":"Desk C","text":"The council approved the new bridge on Monday. “It is a victory for the whole town,” the mayor said."}
{"id":"brief-2","outlet":"Desk C","text":"Critics called the vote rushed. Officials said the budget would be reviewed, according to a statement."}
{"id":"brief-empty","outlet":"Desk C","text":"   "}
this line is not JSON
EOF

"$python" "$here/analyze_with_dask.py" "$work/in" --out "$work/out" --workers 2 --partitions 3
node "$here/check_results.mjs" "$work/in" "$work/out"
