#!/usr/bin/env bash
# Renders the HTML report of every map in data/ (both languages, plus a 300-person
# generated map with the Graphviz-free layout) and opens each in headless Chromium:
# fails on any console error, page error or network fetch; screenshots go to
# target/browser/. Installs nothing: needs Debian's chromium and python3.
# Usage: tests/browser/check-html.sh [path/to/powermap]   (default target/release/powermap)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${1:-target/release/powermap}"
out=target/browser
mkdir -p "$out"
python3 tests/browser/check_html.py --self-test
pages=()
# Every map in data/: JSON files at any depth, and directories holding a people.csv.
while IFS= read -r map; do
  name=$(echo "${map#data/}" | sed 's|/people.csv$|-csv|; s|\.json$||; s|/|-|g')
  map="${map%/people.csv}"
  for lang in en zh; do
    "$bin" render "$map" --format html --lang "$lang" -o "$out/$name-$lang.html"
    pages+=("$out/$name-$lang.html")
  done
done < <(find data \( -name '*.json' -o -name people.csv \) | sort)
"$bin" render data/north-china-grid.json --format html --view coverage --path-to bureau_head -o "$out/north-china-coverage-path.html"
pages+=("$out/north-china-coverage-path.html")
"$bin" generate --people 300 --seed 7 -o "$out/generated-300.json"
"$bin" render "$out/generated-300.json" --format html -o "$out/generated-300.html"
pages+=("$out/generated-300.html")
python3 tests/browser/check_html.py "${pages[@]}" --shots "$out"
