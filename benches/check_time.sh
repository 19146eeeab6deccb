#!/usr/bin/env bash
# The macro's compile-time cost to a downstream crate: `cargo check` of a crate using
# #[error_table] on a 10,000-row table, against the same crate with that enum written out by
# hand (the `aliyun-errors generate` output). Both depend on aliyun-errors alone, with its
# default features; each run touches src/lib.rs, so only the crate itself is re-checked.
#   bash benches/check_time.sh [ROWS] [RUNS]
# With OPTIMIZED_MACROS=1, both crates build proc macros and their dependencies optimized
# ([profile.dev.build-override] opt-level = 3), as README advises for large tables.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
rows=${1:-10000}
runs=${2:-5}
work=$root/target/check-time
rm -rf "$work/macro" "$work/hand"
mkdir -p "$work"
cargo run -q -p aliyun-errors-benches --example synthetic_table "$rows" > "$work/synthetic.csv"

for kind in macro hand; do
  mkdir -p "$work/$kind/src" "$work/$kind/spec"
  cp "$work/synthetic.csv" "$work/$kind/spec/synthetic.csv"
  cp Cargo.lock "$work/$kind/Cargo.lock"
  cat > "$work/$kind/Cargo.toml" <<TOML
[package]
name = "check-time-$kind"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
aliyun-errors = { path = "$root/runtime" }

[workspace]
TOML
  if [ "${OPTIMIZED_MACROS:-0}" = 1 ]; then
    printf '\n[profile.dev.build-override]\nopt-level = 3\n' >> "$work/$kind/Cargo.toml"
  fi
done
printf '#[aliyun_errors::error_table(csv = "spec/synthetic.csv")]\npub enum SyntheticError {}\n' \
  > "$work/macro/src/lib.rs"
cargo run -q -p aliyun-errors-cli -- generate "$work/synthetic.csv" --name SyntheticError \
  > "$work/hand/src/lib.rs"

export CARGO_TARGET_DIR=$work/target
for kind in macro hand; do   # dependencies, once
  (cd "$work/$kind" && cargo check -q --offline)
done

echo "syn features a downstream crate compiles:"
(cd "$work/macro" && cargo tree -q --offline -e features -i syn --prefix none | grep '^syn feature' | sort -u | sed 's/^/  /')

declare -A times
for ((i = 0; i < runs; i++)); do
  for kind in macro hand; do
    touch "$work/$kind/src/lib.rs"
    start=$(date +%s%N)
    (cd "$work/$kind" && cargo check -q --offline)
    end=$(date +%s%N)
    times[$kind]+="$(( (end - start) / 1000000 )) "
  done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
macro_ms=$(echo "${times[macro]}" | median)
hand_ms=$(echo "${times[hand]}" | median)
echo "cargo check, $rows rows, median of $runs runs (OPTIMIZED_MACROS=${OPTIMIZED_MACROS:-0}):"
echo "  #[error_table]:      $macro_ms ms   (runs: ${times[macro]})"
echo "  generate output:     $hand_ms ms   (runs: ${times[hand]})"
awk -v m="$macro_ms" -v h="$hand_ms" 'BEGIN { printf "  macro / hand-written: %.3f\n", m / h }'
