// SPDX-License-Identifier: GPL-3.0-or-later
// The checksum line every benchmarked program ends with, and the one derived
// from an `attriscope report --format json` output:
//   checksum groups=G rows=R successful=S sum_time=X sum_min=Y sum_max=Z
// sum_time adds every group's sum of successful times (attriscope: mean_time ×
// timed_prompts), sum_min and sum_max every group's min and max. Counts must
// match exactly; the float sums to 1e-9 relative (summation order differs).
import { readFileSync } from 'node:fs';

export function checksumLine(groups) {
    let rows = 0, successful = 0, sum = 0, min = 0, max = 0;
    for (const g of groups) {
        rows += g.rows;
        successful += g.successful;
        sum += g.sum ?? 0;
        min += g.min ?? 0;
        max += g.max ?? 0;
    }
    return `checksum groups=${groups.length} rows=${rows} successful=${successful} `
        + `sum_time=${sum.toPrecision(15)} sum_min=${min.toPrecision(15)} sum_max=${max.toPrecision(15)}`;
}

// node bench/peers/checksum.mjs REPORT.json: the line for an attriscope report.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
    const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
    const groups = report.groups.filter((g) => g.prompts > 0).map((g) => ({
        rows: g.prompts, successful: g.successful,
        sum: g.timed_prompts > 0 ? g.mean_time * g.timed_prompts : 0,
        min: g.min_time, max: g.max_time,
    }));
    console.log(checksumLine(groups));
}
