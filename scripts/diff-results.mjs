#!/usr/bin/env node
// Developer aid: the reasons that changed between two NDJSON result files.
//   node scripts/diff-results.mjs tmp/before.ndjson tmp/eval-bsd.ndjson
import { readFileSync } from 'node:fs';
const read = (p) => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const [before, after] = process.argv.slice(2).map(read);
const key = (r) => `${r.file}|${r.recipient}`;
const old = new Map(before.map((r) => [key(r), r]));
for (const r of after) {
  const o = old.get(key(r));
  if (o && (o.reason !== r.reason || o.status !== r.status)) console.log(`${String(r.file).split('/').pop()}: ${o.reason} ${o.status} -> ${r.reason} ${r.status}`);
}
