#!/usr/bin/env bash
# A short fuzzing run of every target in fuzz/ (cargo-fuzz, libFuzzer, on the nightly
# toolchain): SECONDS per target (default 60), from seeds built out of the repository's
# maps (scripts/fuzz-seeds.sh). Installs cargo-fuzz when it is missing. Any input that
# breaks an invariant (see tests/support/invariants.rs) fails the run and is kept in
# fuzz/artifacts/TARGET/; reproduce it with
#   cargo +nightly fuzz run TARGET fuzz/artifacts/TARGET/crash-…
# Usage: bash scripts/fuzz.sh [SECONDS] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json_loader csv_loader renderers)
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    echo "fuzz: the nightly toolchain is missing (rustup toolchain install nightly)" >&2
    exit 1
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz: installing cargo-fuzz"
    cargo install cargo-fuzz --locked
fi
bash scripts/fuzz-seeds.sh
cd fuzz
start=$(date +%s)
cargo +nightly fuzz build -O 2>&1 | tail -n 3
echo "fuzz: built in $(( $(date +%s) - start )) s"
for t in "${targets[@]}"; do
    echo "fuzz: $t for $secs s"
    # grep hides libFuzzer's progress lines; the exit code is cargo fuzz's.
    set +e
    cargo +nightly fuzz run -O "$t" "corpus/$t" -- \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=3072 -print_final_stats=1 2>&1 \
        | grep -E '^(#[0-9]+\s+DONE|Done|stat::number_of_executed_units|==[0-9]+==|SUMMARY|thread .* panicked|invariant broken|artifact_prefix|Test unit written|error)'
    status=${PIPESTATUS[0]}
    set -e
    [ "$status" -eq 0 ] || { echo "fuzz: $t failed (exit $status; a failing input is kept in fuzz/artifacts/$t/)" >&2; exit 1; }
done
echo "fuzz: ${targets[*]}: no failure in $secs s each"
