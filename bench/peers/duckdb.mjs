// SPDX-License-Identifier: GPL-3.0-or-later
// DuckDB doing what `attriscope report` does at its core, on a JSON Lines file:
// prompt rows grouped by (model, method, hardware) with the row count, the
// successful count and the sum, min and max of the successful rows' times.
// Prints one checksum line (bench/peers/agree.mjs compares them).
//
//   node bench/peers/duckdb.mjs FILE.jsonl [THREADS]
//
// The columns are named up front, as a user who knows the schema would: DuckDB
// then reads only those and samples nothing. Method rows carry "kind":"method".
import { DuckDBInstance } from '@duckdb/node-api';
import { checksumLine } from './checksum.mjs';

const [file, threads] = process.argv.slice(2);
if (!file) {
    console.error('usage: node duckdb.mjs FILE.jsonl [THREADS]');
    process.exit(1);
}
const instance = await DuckDBInstance.create(':memory:', { threads: String(threads ?? 2) });
const connection = await instance.connect();
const quoted = file.replaceAll("'", "''");
const result = await connection.runAndReadAll(`
    WITH p AS (
        SELECT model, coalesce(method, attribution_method) AS method,
               coalesce(nullif(gpu_info, ''), device) AS hardware,
               coalesce("time", attribution_time) AS t, success
        FROM read_json('${quoted}', format = 'newline_delimited',
                       columns = {kind: 'VARCHAR', model: 'VARCHAR', method: 'VARCHAR',
                                  attribution_method: 'VARCHAR', gpu_info: 'VARCHAR', device: 'VARCHAR',
                                  "time": 'DOUBLE', attribution_time: 'DOUBLE', success: 'BOOLEAN'})
        WHERE kind IS NULL)
    SELECT count(*) FILTER (WHERE success) AS successful, count(*) AS n,
           sum(t) FILTER (WHERE success) AS s, min(t) FILTER (WHERE success) AS lo,
           max(t) FILTER (WHERE success) AS hi
    FROM p GROUP BY model, method, hardware`);
const groups = result.getRowObjectsJS().map((r) => ({
    rows: Number(r.n), successful: Number(r.successful), sum: r.s, min: r.lo, max: r.hi,
}));
console.log(checksumLine(groups));
