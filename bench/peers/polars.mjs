// SPDX-License-Identifier: GPL-3.0-or-later
// Polars (lazy JSON Lines scan) doing the same aggregation as duckdb.mjs; one
// checksum line out.
//
//   node bench/peers/polars.mjs FILE.jsonl
//
// The schema is inferred from every line (inferSchemaLength null): method rows
// sit at the end of the file, and their "kind" column must be seen.
import pl from 'nodejs-polars';
import { checksumLine } from './checksum.mjs';

const [file] = process.argv.slice(2);
if (!file) {
    console.error('usage: node polars.mjs FILE.jsonl');
    process.exit(1);
}
const gpu = pl.col('gpu_info');
const ok = pl.col('success');
const df = pl.scanJson(file, { inferSchemaLength: null })
    .filter(pl.col('kind').isNull())
    .select(pl.col('model'),
            pl.col('method').fillNull(pl.col('attribution_method')).alias('method'),
            pl.when(gpu.isNull().or(gpu.eq(pl.lit('')))).then(pl.col('device')).otherwise(gpu).alias('hardware'),
            pl.col('time').fillNull(pl.col('attribution_time')).alias('t'), ok)
    .groupBy(['model', 'method', 'hardware'])
    .agg(pl.len().alias('n'), ok.sum().alias('successful'),
         pl.col('t').filter(ok).sum().alias('s'), pl.col('t').filter(ok).min().alias('lo'),
         pl.col('t').filter(ok).max().alias('hi'))
    .collectSync();
const groups = df.toRecords().map((r) => ({
    rows: Number(r.n), successful: Number(r.successful), sum: r.s, min: r.lo, max: r.hi,
}));
console.log(checksumLine(groups));
