#!/usr/bin/env bash
# Prints HTML reports to PDF in headless Chromium and checks the print stylesheet
# (tests/browser/check_print.py): the North China case in both languages, the hospital
# case, and a generated 20-person map (whose diagram is wider than a page). Page images
# go to target/browser/print-*.png. Needs Debian's chromium and poppler-utils.
# Usage: tests/browser/check-print.sh [path/to/powermap]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${1:-target/release/powermap}"
out=target/browser
mkdir -p "$out"
python3 tests/browser/check_print.py --self-test
"$bin" render data/north-china-grid.json --format html --lang zh -o "$out/report-ncg-zh.html"
"$bin" render data/north-china-grid.json --format html --lang en -o "$out/report-ncg-en.html"
"$bin" render data/acme-hospital.json --format html -o "$out/report-hospital.html"
"$bin" generate --people 20 --seed 3 -o "$out/generated-20.json"
"$bin" render "$out/generated-20.json" --format html -o "$out/report-generated-20.html"
python3 tests/browser/check_print.py --out "$out" \
  "$out/report-ncg-zh.html:黄主任,赵总" \
  "$out/report-ncg-en.html:黄主任,赵总" \
  "$out/report-hospital.html" \
  "$out/report-generated-20.html:Person 0"
