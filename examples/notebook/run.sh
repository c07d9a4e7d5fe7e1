#!/usr/bin/env bash
# What CI runs: executes the notebook headless on the Deno kernel (deno from npm, a dev
# dependency) with Debian's jupyter-nbconvert and python3-nbclient. Fails when a cell errors
# (nbconvert's default) or when no chart was displayed. Needs a build (npm run build).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
# Registers (or refreshes) the "deno" kernelspec in the user's Jupyter directory.
npx --no-install deno jupyter --install --force >/dev/null 2>&1
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
jupyter nbconvert --to notebook --execute compare-outlets.ipynb --output-dir "$out" \
  --ExecutePreprocessor.kernel_name=deno --ExecutePreprocessor.timeout=300
node -e '
  const nb = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const outputs = nb.cells.flatMap((c) => c.outputs ?? []);
  const charts = outputs.filter((o) => o.data && o.data["application/vnd.vegalite.v5+json"]).length;
  const errors = outputs.filter((o) => o.output_type === "error").length;
  console.log(`notebook: ${nb.cells.filter((c) => c.cell_type === "code").length} code cells ran, ${charts} charts displayed, ${errors} errors`);
  if (charts < 2 || errors > 0) process.exit(1);
' "$out/compare-outlets.ipynb"
