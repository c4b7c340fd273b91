#!/usr/bin/env bash
# Builds the fuzz targets' seed corpora from the repository's own maps (data/ and the
# test fixtures), into fuzz/corpus/TARGET/ (ignored by git; rebuilt each run, so the
# seeds follow the data as it changes):
#   json_loader  every .json map;
#   csv_loader   every CSV map folder, its people, ties, units and account files
#                joined by NUL bytes (the target cuts its input there);
#   renderers    the names and titles of every people.csv, NUL-separated.
set -euo pipefail
cd "$(dirname "$0")/.."
out=fuzz/corpus
rm -rf "$out/json_loader/seed-"* "$out/csv_loader/seed-"* "$out/renderers/seed-"*
mkdir -p "$out/json_loader" "$out/csv_loader" "$out/renderers"
n=0
while IFS= read -r -d '' f; do
    n=$((n + 1))
    cp "$f" "$out/json_loader/seed-$n"
done < <(find data tests/fixtures -name '*.json' -print0 | sort -z)
n=0
while IFS= read -r -d '' people; do
    n=$((n + 1))
    dir=$(dirname "$people")
    {
        cat "$people"
        for other in ties 关系 units 部门 account 客户; do
            [ -f "$dir/$other.csv" ] && { printf '\0'; cat "$dir/$other.csv"; }
        done
        true
    } > "$out/csv_loader/seed-$n"
    # Names and titles: the second and third cells of each row.
    cut -d, -f2,3 "$people" | tr ',\n' '\0\0' > "$out/renderers/seed-$n"
done < <(find data tests/fixtures \( -name 'people.csv' -o -name '人员.csv' \) -print0 | sort -z)
printf '%%%%{init: {"theme":"dark"}}%%%%\0AT&amp;T\0<script>x</script>\0&name;\0a\001b\0a\002b' > "$out/renderers/seed-hostile"
echo "fuzz seeds: $(ls "$out/json_loader" | wc -l) JSON, $(ls "$out/csv_loader" | wc -l) CSV, $(ls "$out/renderers" | wc -l) names"
