#!/usr/bin/env bash
# The cost of the feature `operations`: a crate using the runtime's ECS table, and one using
# every product's (`all-products`), each `cargo check`ed from cold (a fresh target folder,
# dependencies included, without incremental compilation) with and without `operations`;
# and, with the feature off, the same crate against another runtime tree (BASELINE, e.g. a
# worktree of the release before the module existed): its check time (three runs each,
# alternated, medians) and its release binary. One untimed check first warms the caches.
#   bash benches/operations_check.sh [BASELINE_RUNTIME_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
baseline=${1:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CARGO_INCREMENTAL=0
unset CARGO_TARGET_DIR

make_crate() { # name, runtime dir, features
  mkdir -p "$work/$1/src"
  cat > "$work/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false
[dependencies]
aliyun-errors = { path = "$2", features = [$3] }
[workspace]
TOML
  cat > "$work/$1/src/main.rs" <<'RS'
use aliyun_errors::{ErrorCode, ecs::EcsError};
fn main() {
    let code = std::env::args().nth(1).unwrap_or_default();
    println!("{:?}", EcsError::from_code(&code).map(|e| e.message()));
}
RS
}
seconds() { # crate, cargo command...
  local dir="$work/$1"; shift
  rm -rf "$dir/target"
  local start end
  start=$(date +%s.%N)
  (cd "$dir" && "$@" -q)
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.2f}')"
}
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }

make_crate ecs "$root/runtime" '"ecs"'
make_crate ecs_ops "$root/runtime" '"ecs", "operations"'
make_crate all "$root/runtime" '"all-products"'
make_crate all_ops "$root/runtime" '"all-products", "operations"'
seconds ecs cargo check >/dev/null
a=$(seconds ecs cargo check); b=$(seconds ecs_ops cargo check)
echo "ecs: check $a s; with operations $b s: $(ratio "$b" "$a")x"
c=$(seconds all cargo check); d=$(seconds all_ops cargo check)
echo "all products: check $c s; with operations $d s: $(ratio "$d" "$c")x"
if [ -n "$baseline" ]; then
  make_crate base "$baseline" '"ecs"'
  here=() there=()
  for _ in 1 2 3; do
    here+=("$(seconds ecs cargo check)")
    there+=("$(seconds base cargo check)")
  done
  python3 - "${here[*]}" "${there[*]}" "$baseline" <<'PY'
import statistics, sys
here = [float(x) for x in sys.argv[1].split()]
there = [float(x) for x in sys.argv[2].split()]
h, t = statistics.median(here), statistics.median(there)
print(f"ecs, feature off: check {here} s here, {there} s against {sys.argv[3]}: medians {h:.2f} / {t:.2f} s, {h / t:.2f}x")
PY
  (cd "$work/ecs" && cargo build -q --release) && (cd "$work/base" && cargo build -q --release)
  echo "release binary: $(stat -c %s "$work/ecs/target/release/ecs") bytes here, $(stat -c %s "$work/base/target/release/base") bytes against the baseline"
fi
