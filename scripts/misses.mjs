#!/usr/bin/env node
// Developer aid: shows, for each corpus miss, what we read (text, command, action) beside what Sisimai expects.
//   node scripts/misses.mjs tmp/eval-bsd.ndjson [REASON]
import { readFileSync } from 'node:fs';
const [resultsPath, only] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(new URL('../../shared/corpus/sisimai/expected.json', import.meta.url), 'utf8'));
const byFile = new Map();
for (const line of readFileSync(resultsPath, 'utf8').split('\n').filter(Boolean)) {
  const r = JSON.parse(line);
  const key = Object.keys(expected).find((k) => String(r.file).endsWith(k));
  if (!key) continue;
  if (!byFile.has(key)) byFile.set(key, []);
  byFile.get(key).push(r);
}
for (const [key, want] of Object.entries(expected)) {
  const got = byFile.get(key) ?? [];
  want.forEach((w, i) => {
    const g = got[i];
    if (g && g.reason === w.reason && g.status === w.status && g.replyCode === w.replyCode) return;
    if (only && w.reason !== only && g?.reason !== only) return;
    console.log(`${key.replace('maildir/bsd/', '')}: want ${w.reason} ${w.status} ${w.replyCode} | got ${g ? `${g.reason} ${g.status} ${g.replyCode} cmd=${g.command} act=${g.action} rcpt=${g.recipient} ev=${g.evidence.map((e) => e.rule).join(',')}` : 'nothing'}`);
    if (g) console.log(`    ${g.diagnostic.slice(0, 300)}`);
  });
}
