#!/usr/bin/env bash
# Installs what the tests use, where it is missing: Graphviz's `dot` (every DOT we emit
# must be accepted), Debian's Chromium and a CJK font (the HTML report opened as a person
# sees it, and printed to PDF), chromium-driver and selenium (the workspace page driven as
# a person uses it), poppler-utils (pdftotext, pdftoppm: the PDFs' text and pages), DejaVu
# Sans (a Latin-only font the picture tests point at), networkx (a real GraphML reader)
# and Mermaid (a real Mermaid parser, into target/npm). Needs root for apt-get on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v dot >/dev/null 2>&1 || need+=(graphviz)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei" || need+=(fonts-wqy-microhei)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
python3 -c "import networkx" 2>/dev/null || python3 -m pip install --quiet networkx
python3 -c "import selenium" 2>/dev/null || python3 -m pip install --quiet selenium
[ -f target/npm/node_modules/mermaid/dist/mermaid.min.js ] ||
  npm install --silent --no-audit --no-fund --prefix target/npm mermaid@11 >/dev/null
