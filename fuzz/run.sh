#!/usr/bin/env bash
# Runs one fuzz target for a number of seconds:  fuzz/run.sh TARGET SECONDS
#
# The machine has only a stable toolchain. cargo-fuzz needs nightly flags (-Zsanitizer);
# RUSTC_BOOTSTRAP=1 lets stable accept them, and --sanitizer none skips AddressSanitizer
# (Rust here is safe code; libFuzzer's coverage guidance and crash detection still work).
# The checked-in seeds are fuzz/seeds/TARGET; new inputs go to fuzz/corpus/TARGET (not
# checked in), a crash to fuzz/artifacts/TARGET.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: fuzz/run.sh TARGET SECONDS}
seconds=${2:?usage: fuzz/run.sh TARGET SECONDS}
mkdir -p "corpus/$target" "seeds/$target"
RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none "$target" "corpus/$target" "seeds/$target" -- \
  -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 -print_final_stats=1
