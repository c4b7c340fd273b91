#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what the tests use (Graphviz's
# `dot` to check every DOT we emit), then runs the Rust tests.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v dot >/dev/null 2>&1 || need+=(graphviz)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
cargo test --release --locked
