#!/usr/bin/env bash
# The cost of every shipped product table to a user: cold `cargo check` of a crate using the
# runtime with `all-products`, minus the same crate using the runtime alone (no product
# feature), against the floor: the same enums and one static array of rows each as plain data
# (`cargo xtask plain-data`), minus the runtime alone too. Each check rebuilds the runtime and
# the crate from nothing (`cargo clean -p`, no incremental cache); their dependencies, the
# same for all three, are checked once first, so that their timing noise stays out. RUNS runs
# each, alternating; the medians and the ratio are printed. RUNTIME is a runtime crate folder (default: this workspace's), so that another
# checkout's can be measured the same way (the floor is always this workspace's spec/).
#   bash benches/all_products_check.sh [RUNS] [RUNTIME]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
runtime=$(cd "${2:-$root/runtime}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
make_crate() { # name, features
  mkdir -p "$work/$1/src"
  cat > "$work/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false
[dependencies]
aliyun-errors = { path = "$runtime", default-features = false, features = [$2] }
[workspace]
TOML
  echo 'fn main() {}' > "$work/$1/src/main.rs"
}
make_crate every '"all-products"'
make_crate alone ''
make_crate floor ''
(cd "$root" && cargo xtask plain-data) > "$work/floor/src/plain.rs"
echo 'mod plain; fn main() {}' > "$work/floor/src/main.rs"
time_check() {
  (cd "$work/$1" && cargo clean -q -p aliyun-errors -p "$1")
  local start end
  start=$(date +%s.%N)
  (cd "$work/$1" && CARGO_INCREMENTAL=0 cargo check -q)
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
}
# A crate that does not build fails the script here, not as a fast "time"; this also checks
# the dependencies once.
for crate in every alone floor; do (cd "$work/$crate" && CARGO_INCREMENTAL=0 cargo check -q); done
every=() alone=() floor=()
for _ in $(seq "$runs"); do
  every+=("$(time_check every)")
  alone+=("$(time_check alone)")
  floor+=("$(time_check floor)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
e=$(median "${every[@]}") a=$(median "${alone[@]}") f=$(median "${floor[@]}")
echo "all-products: ${every[*]} s (median $e)"
echo "runtime alone: ${alone[*]} s (median $a)"
echo "plain-data floor: ${floor[*]} s (median $f)"
awk -v e="$e" -v a="$a" -v f="$f" 'BEGIN {
  printf "the tables: %.1f s; the floor: %.1f s; ratio %.2fx\n", e - a, f - a, (e - a) / (f - a) }'
