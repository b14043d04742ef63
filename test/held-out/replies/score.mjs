import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// node test/held-out/replies/score.mjs [--verbose] [--dist <dir>] [<set.tsv>...]
// Single SMTP reply lines (text<TAB>reason<TAB>listAction[<TAB>note]; "\n" in a text is a line break; a
// reason or action may be alternatives, "blocked|policyviolation"), read by
// explainText: hits for the reason and for the list action, separately. --verbose lists the misses.
// Without sets it scores R.tsv and S.tsv beside this file; the dist directory defaults to ./dist.
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const distAt = args.indexOf('--dist');
const dist = distAt >= 0 ? args[distAt + 1] : new URL('../../../dist', import.meta.url).pathname;
let sets = args.filter((a, i) => !a.startsWith('--') && !(distAt >= 0 && i === distAt + 1));
if (sets.length === 0) sets = ['R.tsv', 'S.tsv'].map((f) => fileURLToPath(new URL(f, import.meta.url)));
const { explainText } = await import(dist + '/explain-text.js');
for (const set of sets) {
  const rows = readFileSync(set, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  let reasons = 0, actions = 0; const misses = [];
  for (const [line, reason, action] of rows) {
    const r = explainText(line.replaceAll('\\n', '\n'), { lang: 'en' });
    // a reason or an action may be given as alternatives ("blocked|policyviolation"), each as right as the other
    const okReason = reason.split('|').includes(r.reason), okAction = action.split('|').includes(r.listAction);
    if (okReason) reasons++;
    if (okAction) actions++;
    if (okReason && okAction) continue;
    const ev = (r.evidence ?? []).map((e) => e.rule + '=' + e.match).join(' | ');
    misses.push(`${okReason ? '  ' : 'R '}${okAction ? '  ' : 'A '}${r.reason}/${r.listAction} [want ${reason}/${action}] ${line}  {${ev}}`);
  }
  console.log(`${set.replace(/.*\//, '')}: reason ${reasons}/${rows.length}, listAction ${actions}/${rows.length}`);
  if (verbose && misses.length) console.log(misses.join('\n'));
}
