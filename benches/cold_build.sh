#!/usr/bin/env bash
# The cost of a shipped table: a crate using `aliyun_errors::ecs::EcsError` (the checked-in
# generated source, feature `ecs`) built from cold, against the same crate with the
# `aliyun-errors generate` output of the same tables written into it (runtime without `ecs`).
# Each build is `cargo build` in a fresh target folder, dependencies included; RUNS runs
# each, alternating, and the medians are compared.
#   bash benches/cold_build.sh [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build -q --release -p aliyun-errors-cli --manifest-path "$root/Cargo.toml"
cli=$(cd "$root" && cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/aliyun-errors

make_crate() { # name, features, main.rs body, [generated file]
  mkdir -p "$work/$1/src"
  cat > "$work/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false
[dependencies]
aliyun-errors = { path = "$root/runtime", default-features = false, features = [$2] }
[workspace]
TOML
  printf '%s\n' "$3" > "$work/$1/src/main.rs"
}
main='use aliyun_errors::ErrorCode;
fn main() { println!("{:?}", EcsError::from_code(&std::env::args().nth(1).unwrap_or_default())); }'
make_crate shipped '"ecs"' "use aliyun_errors::ecs::EcsError;
$main"
make_crate written '' "mod ecs;
use ecs::EcsError;
$main"
(cd "$root" && "$cli" generate spec/ecs.csv spec/ecs-api.csv --name EcsError) > "$work/written/src/ecs.rs"

time_build() {
  rm -rf "$work/$1/target"
  local start end
  start=$(date +%s.%N)
  (cd "$work/$1" && CARGO_TARGET_DIR="$work/$1/target" cargo build -q)
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.2f}')"
}
shipped=() written=()
for _ in $(seq "$runs"); do
  shipped+=("$(time_build shipped)")
  written+=("$(time_build written)")
done
python3 - "${shipped[*]}" "${written[*]}" <<'PY'
import statistics, sys
shipped = [float(x) for x in sys.argv[1].split()]
written = [float(x) for x in sys.argv[2].split()]
s, w = statistics.median(shipped), statistics.median(written)
print(f"shipped (feature ecs): {shipped} s, median {s:.2f} s")
print(f"written (generate output in the crate): {written} s, median {w:.2f} s")
print(f"ratio shipped / written: {s / w:.3f}")
PY
