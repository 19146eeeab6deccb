#!/usr/bin/env bash
# Import of a whole metadata catalog (every api-docs.json under CATALOG_DIR), in release,
# against two baselines in the same run: reading the files (cat) and parsing them as JSON
# (python's json module). Best of RUNS.
#   bash benches/import_time.sh CATALOG_DIR [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
catalog=${1:?usage: benches/import_time.sh CATALOG_DIR [RUNS]}
runs=${2:-5}
cargo build -q --release -p aliyun-errors-cli --manifest-path "$root/Cargo.toml"
cli=$(cd "$root" && cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/aliyun-errors
mapfile -t files < <(find "$catalog" -name api-docs.json | sort)
best() { # command...
  local best=999999 start end t
  for _ in $(seq "$runs"); do
    start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N)
    t=$(( (end - start) / 1000000 )); (( t < best )) && best=$t
  done
  echo "$best"
}
entries=$(python3 -c 'import json,sys
n=0
for f in sys.argv[1:]:
    d=json.load(open(f))
    for a in d.get("apis",{}).values():
        if isinstance(a,dict) and isinstance(a.get("errorCodes"),dict):
            n+=sum(len(v) for v in a["errorCodes"].values() if isinstance(v,list))
print(n)' "${files[@]}")
import_ms=$(best "$cli" import --skip-invalid "${files[@]}")
cat_ms=$(best cat "${files[@]}")
json_ms=$(best python3 -c 'import json,sys
for f in sys.argv[1:]: json.load(open(f))' "${files[@]}")
echo "files: ${#files[@]}, entries: $entries"
echo "aliyun-errors import --skip-invalid (release): $import_ms ms"
echo "baseline cat: $cat_ms ms; baseline python json.load: $json_ms ms"
python3 -c "print(f'import / json.load: {$import_ms / max($json_ms, 1):.2f}')"
