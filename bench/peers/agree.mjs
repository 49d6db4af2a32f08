// SPDX-License-Identifier: GPL-3.0-or-later
// node bench/peers/agree.mjs NAME=FILE...: reads the last "checksum" line of each
// file and fails unless all agree (counts exactly, sums to 1e-9 relative).
import { readFileSync } from 'node:fs';

const parse = (path) => {
    const line = readFileSync(path, 'utf8').split('\n').filter((l) => l.startsWith('checksum ')).pop();
    if (!line)
        throw new Error(`${path}: no checksum line`);
    return Object.fromEntries(line.slice(9).split(' ').map((kv) => kv.split('=')).map(([k, v]) => [k, Number(v)]));
};
const entries = process.argv.slice(2).map((arg) => {
    const [name, path] = arg.split('=');
    return [name, parse(path)];
});
const [refName, ref] = entries[0];
let bad = 0;
for (const [name, sums] of entries.slice(1)) {
    for (const key of Object.keys(ref)) {
        const a = ref[key], b = sums[key];
        const same = key.startsWith('sum_') ? Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-300)
                                             : a === b;
        if (!same) {
            console.error(`agree: ${name} ${key}=${b} but ${refName} ${key}=${a}`);
            ++bad;
        }
    }
}
if (bad)
    process.exit(1);
console.error(`agree: ${entries.map(([n]) => n).join(', ')}: ${JSON.stringify(ref)}`);
