#!/usr/bin/env node
// Developer aid: shows, for each corpus miss, what we read (text, command, action) beside what Sisimai expects.
//   node scripts/misses.mjs tmp/eval-bsd.ndjson [REASON]
// With --pasted, the misses of eval-corpus.mjs's pasted bodies (the notice text alone, or with --fields the
// delivery-status fields below it), each with the start of the text pasted (needs npm run build):
//   node scripts/misses.mjs --pasted [--fields] [REASON]
import { readFileSync } from 'node:fs';
const expected = JSON.parse(readFileSync(new URL('../../shared/corpus/sisimai/expected.json', import.meta.url), 'utf8'));
if (process.argv.includes('--pasted')) {
  await pastedMisses(process.argv.includes('--fields'), process.argv.slice(2).find((a) => !a.startsWith('--')));
  process.exit(0);
}
const [resultsPath, only] = process.argv.slice(2);
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

/** Each pasted body's recipients whose reason is not Sisimai's, in order, with the start of the text pasted. */
async function pastedMisses(withFields, only) {
  const { analyze } = await import(new URL('../dist/index.js', import.meta.url));
  const { readMessage } = await import(new URL('../dist/message/read-message.js', import.meta.url));
  const corpus = new URL('../../shared/corpus/sisimai/', import.meta.url);
  for (const [key, want] of Object.entries(expected)) {
    const doc = await readMessage(readFileSync(new URL(key, corpus)));
    const body = withFields ? `${doc.notice}\n\n${doc.deliveryStatus ?? ''}` : doc.notice;
    const got = body.trim() ? await analyze(body, { lang: 'en' }) : [];
    let shown = false;
    want.forEach((w, i) => {
      const g = got[i];
      if (g?.reason === w.reason || (only && w.reason !== only && g?.reason !== only)) return;
      console.log(`${key.replace('maildir/bsd/', '')} #${i + 1}/${want.length}: want ${w.reason} ${w.status} ${w.replyCode} | got ${g ? `${g.reason} ${g.status} ${g.replyCode} rcpt=${g.recipient} ev=${g.evidence.map((e) => e.rule).join(',')}` : 'nothing'} (${got.length} results)`);
      if (!shown) console.log(`    pasted: ${body.slice(0, 300).replace(/\s*\n\s*/g, ' | ')}`);
      shown = true;
    });
  }
}
