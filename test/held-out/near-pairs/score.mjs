import { readFileSync } from 'node:fs';
// node test/held-out/near-pairs/score.mjs <dist dir> <set.tsv>...: lines right (reason and list action); V=1 lists each
const [dist, ...sets] = process.argv.slice(2);
const { explainText } = await import(dist + '/index.js');
const verbose = process.env.V;
for (const set of sets) {
  const rows = readFileSync(set, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  let right = 0; const out = [];
  for (const [line, reason, action] of rows) {
    const text = line.replaceAll('\\n', '\n');
    const r = explainText(text, { lang: 'pt-BR' });
    const ok = r.reason === reason && r.listAction === action;
    if (ok) right++;
    const ev = (r.evidence ?? []).map((e) => e.rule + '=' + e.match).join(' | ');
    out.push(`${ok ? 'OK ' : 'BAD'} ${r.reason}/${r.listAction} [want ${reason}/${action}] ${line}  {${ev}}`);
  }
  console.log(`${set}: ${right}/${rows.length}`);
  if (verbose) console.log(out.join('\n'));
}
