#!/usr/bin/env bash
# Server time per edit in `powermap serve` on a generated map: N edits (alternating a
# stance), each timed by curl from request to full answer (the new analysis, diagram and
# report), on loopback. Prints the median and the worst, in milliseconds.
# Usage: bash bench/serve_edit.sh [PEOPLE] [EDITS]
set -euo pipefail
cd "$(dirname "$0")/.."
people=${1:-200}
edits=${2:-40}
bin=target/release/powermap
dir=$(mktemp -d)
"$bin" generate --people "$people" --seed 1 -o "$dir/map.json"
"$bin" serve "$dir/map.json" --port 0 --lang en >"$dir/out" 2>"$dir/err" &
pid=$!
trap 'kill "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 50); do grep -q token= "$dir/out" && break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*' "$dir/out")
base=${url%%/\?*}
token=${url##*token=}
who=$(python3 -c "import json,sys; m=json.load(open(sys.argv[1])); print([p['id'] for p in m['people'] if p.get('side','customer')=='customer'][0])" "$dir/map.json")
times=()
for i in $(seq "$edits"); do
  if (( i % 2 )); then st=supporter; else st=opponent; fi
  body="{\"edits\":[{\"type\":\"assume\",\"assumption\":{\"type\":\"set\",\"person\":\"$who\",\"field\":\"stance\",\"value\":\"$st\"}}]}"
  t=$(curl -s -o /dev/null -w '%{time_total}' -H "X-Powermap-Token: $token" -H 'Content-Type: application/json' -d "$body" "$base/api/edit")
  times+=("$t")
done
printf '%s\n' "${times[@]}" | python3 -c "
import sys
t=sorted(float(x)*1000 for x in sys.stdin)
print(f'people={$people} edits={len(t)} median_ms={t[len(t)//2]:.1f} worst_ms={t[-1]:.1f}')"
