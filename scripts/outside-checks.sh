#!/usr/bin/env bash
# The checks a Rust test cannot make: every HTML report opened in headless Chromium
# (fails on any console error or fetch), every GraphML export read by networkx, every
# Mermaid export parsed by Mermaid. Run after scripts/test-deps.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
bin=target/release/powermap
bash tests/browser/check-html.sh "$bin"
python3 tests/browser/check_serve.py "$bin"
python3 tests/graphml/check_graphml.py "$bin"
python3 tests/browser/check_mermaid.py "$bin" target/npm/node_modules/mermaid/dist/mermaid.min.js
echo "outside checks: HTML in Chromium, the workspace in Chromium, GraphML in networkx, Mermaid in mermaid: all passed"
