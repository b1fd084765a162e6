#!/usr/bin/env bash
# Runs the CollabGraph benchmarks against igraph and NetworkX in one go:
#   1. a Python virtual environment in Benchmarks/.venv with igraph, NetworkX and SciPy (PyPI);
#   2. the seeded Holme–Kim graphs in Benchmarks/data (generated once, ~5 s);
#   3. a release build of collab-bench (this package, which uses the library by path);
#   4. every case, printing one Markdown table per case with the ratios.
# Usage: Benchmarks/run.sh [--case NAME]... [--quick] [--list]
# Takes about 10–15 minutes on a 2-core machine (--quick: a few minutes, no igraph runs of the
# exact all-sources measures, smaller NetworkX samples).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
    .venv/bin/pip install --quiet "igraph==1.0.0" "networkx==3.6.1" "scipy==1.17.1"
fi
.venv/bin/python scripts/generate_graphs.py data
swift build -c release --product collab-bench 2>&1 | tail -1 >&2
exec .build/release/collab-bench --data data --python .venv/bin/python "$@"
