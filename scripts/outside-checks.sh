#!/usr/bin/env bash
# The checks a Rust test cannot make: every HTML report opened in headless Chromium
# (fails on any console error or fetch) and printed to PDF there (print stylesheet:
# the diagram alone on a landscape page, words whole in tables, a page per section),
# every GraphML export read by networkx, every Mermaid export parsed by Mermaid, and
# the text layer of every PDF picture read by pdftotext. Run after scripts/test-deps.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
bin=target/release/powermap
bash tests/browser/check-html.sh "$bin"
python3 tests/browser/check_serve.py "$bin"
python3 tests/graphml/check_graphml.py "$bin"
python3 tests/browser/check_mermaid.py "$bin" target/npm/node_modules/mermaid/dist/mermaid.min.js
bash tests/browser/check-print.sh "$bin"
mapfile -t maps < <(find data \( -name '*.json' -o -name people.csv \) | sed 's|/people.csv$||' | sort)
python3 tests/browser/check_pdf_text.py "$bin" target/pictures "${maps[@]}"
echo "outside checks: HTML in Chromium (screen and print), the workspace in Chromium, GraphML in networkx, Mermaid in mermaid, PDF text in pdftotext: all passed"
