#!/usr/bin/env bash
# The cost of every shipped product table to a user: cold `cargo check` of a crate using the
# runtime with `all-products`, minus the same crate using the runtime alone (no product
# feature). Each check runs in a fresh target folder, dependencies included; RUNS runs each,
# alternating; the medians are printed. RUNTIME is a runtime crate folder (default: this
# workspace's), so that another checkout's can be measured the same way.
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
time_check() {
  rm -rf "$work/$1/target"
  local start end
  start=$(date +%s.%N)
  (cd "$work/$1" && cargo check -q)
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
}
every=() alone=()
for _ in $(seq "$runs"); do
  every+=("$(time_check every)")
  alone+=("$(time_check alone)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
e=$(median "${every[@]}") a=$(median "${alone[@]}")
echo "all-products: ${every[*]} s (median $e)"
echo "runtime alone: ${alone[*]} s (median $a)"
awk -v e="$e" -v a="$a" 'BEGIN { printf "the tables: %.1f s\n", e - a }'
