#!/usr/bin/env python3
"""Prints the last `cargo bench` run as a Markdown table: each group's medians and the ratio
of ours to every baseline in the same group (below 1.0: ours is faster)."""
import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
groups = {}
for meta in sorted(root.glob("**/new/benchmark.json")):
    bench = json.loads(meta.read_text())
    estimates = json.loads((meta.parent / "estimates.json").read_text())
    median_ns = estimates["median"]["point_estimate"]
    groups.setdefault(bench["group_id"], []).append((bench["function_id"], median_ns, bench.get("throughput")))


def show_time(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def show_rate(ns, throughput):
    if not throughput:
        return ""
    if "Bytes" in throughput:
        return f"{throughput['Bytes'] / (ns / 1e9) / 1e6:,.0f} MB/s"
    if "Elements" in throughput:
        return f"{ns / throughput['Elements']:,.0f} ns/row"
    return ""


print("| group | benchmark | median | rate | ours ÷ this |")
print("| --- | --- | --- | --- | --- |")
for group, rows in groups.items():
    rows.sort(key=lambda r: (not r[0].startswith("ours"), r[0]))
    ours = [(name, ns) for name, ns, _ in rows if name.startswith("ours")]
    for name, ns, throughput in rows:
        if name.startswith("ours") or not ours:
            ratio = ""
        elif len(ours) == 1:
            ratio = f"{ours[0][1] / ns:.2f}×"
        else:
            # Several of ours (the family rows: body alone, with headers): one ratio each.
            ratio = ", ".join(f"{o / ns:.2f}× ({n.removeprefix('ours: ')})" for n, o in ours)
        print(f"| {group} | {name} | {show_time(ns)} | {show_rate(ns, throughput)} | {ratio} |")
