#!/usr/bin/env bash
# The whole test suite on a fresh machine. Installs what the tests use — Graphviz's
# `dot` (every DOT we emit must be accepted), Debian's Chromium and a CJK font (the
# HTML report opened as a person sees it), networkx (a real GraphML reader) and
# Mermaid (a real Mermaid parser) — then runs the Rust tests and the three outside
# checks. Needs root for apt-get when something is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v dot >/dev/null 2>&1 || need+=(graphviz)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei" || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
python3 -c "import networkx" 2>/dev/null || python3 -m pip install --quiet networkx
mermaid=target/npm/node_modules/mermaid/dist/mermaid.min.js
[ -f "$mermaid" ] || npm install --silent --no-audit --no-fund --prefix target/npm mermaid@11 >/dev/null

cargo test --release --locked
bin=target/release/powermap
cargo build --release --locked --quiet
bash tests/browser/check-html.sh "$bin"
python3 tests/graphml/check_graphml.py "$bin"
python3 tests/browser/check_mermaid.py "$bin" "$mermaid"
echo "outside checks: HTML in Chromium, GraphML in networkx, Mermaid in mermaid: all passed"
