#!/usr/bin/env bash
# What CI runs: executes the notebook headless on the Deno kernel (deno from npm, a dev
# dependency) with Debian's jupyter-nbconvert and python3-nbclient. Fails when a cell errors
# (nbconvert's default), when a cell shows nothing, or when fewer than two charts were displayed. Needs a build (npm run build).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
# Registers (or refreshes) the "deno" kernelspec in the user's Jupyter directory.
npx --no-install deno jupyter --install --force >/dev/null 2>&1
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
run_once() {
  jupyter nbconvert --to notebook --execute compare-outlets.ipynb --output-dir "$out" \
    --ExecutePreprocessor.kernel_name=deno --ExecutePreprocessor.timeout=300
  node -e '
    const nb = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const code = nb.cells.filter((c) => c.cell_type === "code");
    const outputs = code.flatMap((c) => c.outputs ?? []);
    const charts = outputs.filter((o) => o.data && o.data["application/vnd.vegalite.v5+json"]).length;
    const errors = outputs.filter((o) => o.output_type === "error").length;
    // Every cell after the import one shows something; name the ones that came back empty.
    const empty = code.slice(1).filter((c) => (c.outputs ?? []).length === 0).map((c) => c.id);
    console.log(`notebook: ${code.length} code cells ran, ${charts} charts displayed, ${errors} errors` +
      (empty.length ? `, no output from ${empty.join(", ")}` : ""));
    if (charts < 2 || errors > 0 || empty.length > 0) process.exit(1);
  ' "$out/compare-outlets.ipynb"
}
# A cell error fails both runs. The second run is there because the Deno kernel has, once in
# CI, lost a cell's output with no error (a message race between kernel and nbclient).
run_once || { echo "notebook: rerunning once"; run_once; }
