#!/usr/bin/env bash
# The release binary of a crate calling `from_code` and `message()` on every product's enum
# (the runtime with `all-products`), against the same crate with the runtime alone: the bytes
# the tables add when a user looks codes up. RUNTIME is a runtime crate folder (default: this
# workspace's), so that another checkout's can be measured the same way.
#   bash benches/binary_size.sh [RUNTIME]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runtime=$(cd "${1:-$root/runtime}" && pwd)
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
make_crate() { # name, features, main.rs
  mkdir -p "$work/$1/src"
  cat > "$work/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false
[dependencies]
aliyun-errors = { path = "$runtime", default-features = false, features = [$2] }
[profile.release]
strip = true
[workspace]
TOML
  printf '%s\n' "$3" > "$work/$1/src/main.rs"
}
# Every product module with a feature: `#[cfg(feature = "x")] pub mod m;` and its enum.
calls=$(awk '/^\/\/\/ `[A-Za-z]+Error`: .*\(feature `/ { split($0, a, "`"); e = a[2] }
  /^pub mod / && e != "" { m = $3; sub(";", "", m); printf "    n += look::<aliyun_errors::%s::%s>(&code);\n", m, e; e = "" }' \
  "$runtime/src/products/mod.rs")
main="use aliyun_errors::ErrorCode;
fn look<E: ErrorCode>(code: &str) -> usize {
    E::from_code(code).map_or(0, |e| e.message().len())
}
fn main() {
    let code = std::env::args().nth(1).unwrap_or_default();
    let mut n = 0;
$calls
    println!(\"{n}\");
}"
make_crate every '"all-products"' "$main"
make_crate alone '' 'fn main() { println!("{:?}", aliyun_errors::Retry::for_status(503)); }'
size() {
  (cd "$work/$1" && cargo build -q --release)
  stat -c %s "$work/$1/target/release/$1"
}
e=$(size every) a=$(size alone)
echo "every product's from_code and message: $e bytes ($(grep -c 'look::<' "$work/every/src/main.rs") enums)"
echo "the runtime alone: $a bytes"
awk -v e="$e" -v a="$a" 'BEGIN { printf "%.2f MB, the tables %.2f MB\n", e / 1e6, (e - a) / 1e6 }'
