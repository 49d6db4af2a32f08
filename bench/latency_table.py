#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Summarises runs of attriscope-latency (one JSON object per line on stdin)
as a Markdown table: per tab, the median over the runs of each figure."""
import json
import statistics
import sys

runs = [json.loads(line) for line in sys.stdin if line.startswith("{")]
if not runs:
    sys.exit("latency_table: no attriscope-latency output on stdin")


def med(values):
    return statistics.median(values)


print(f"{runs[0]['rows']:,} prompt rows, {len(runs)} runs (medians; max = largest of the runs' maxima)\n")
print("| | median | max |")
print("|---|---:|---:|")
for key, label in [("ready_ms", "start to painted window"),
                   ("max_block_ms", "longest GUI-thread block while loading"),
                   ("refresh_median_ms", "filter change on the Overview: refresh only"),
                   ("refresh_paint_median_ms", "filter change on the Overview: frame"),
                   ("regroup_resort_paint_median_ms", "group-by or sort change (Performance): frame")]:
    values = [r[key] for r in runs]
    print(f"| {label} | {med(values):.1f} ms | {max(values):.1f} ms |")

print("\nms per tab. switch: first time shown, right after a filter change (its refresh, then the rest of the frame).")
print("filter: a filter change while shown; frame = refresh, layout, repaint of what changed;")
print("bound = frame plus a paint of the whole window.\n")
print("| tab | switch: refresh | switch: rest | filter: refresh | filter: frame | filter: worst frame | filter: bound |")
print("|---|---:|---:|---:|---:|---:|---:|")
for tab in runs[0]["tabs_ms"]:
    per = [r["tabs_ms"][tab] for r in runs]
    print(f"| {tab} | {med([p['switch'][0] for p in per]):.1f} | {med([p['switch'][1] for p in per]):.1f} "
          f"| {med([p['filter'][0] for p in per]):.1f} | {med([p['filter'][1] for p in per]):.1f} "
          f"| {max(p['filter'][2] for p in per):.1f} | {med([p['filter'][3] for p in per]):.1f} |")
