#!/usr/bin/env node
// Runs the built CLI over the shared Sisimai corpus and scores it against Sisimai's own expectations.
// Fails (exit 1) below the bar of issue #3. The corpus lives in ../shared, beside the project (CI has it).
//   node scripts/eval-corpus.mjs [--verbose] [--set bsd|dos|mac]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const corpus = join(shared, 'corpus', 'sisimai');
const scorer = join(shared, 'tools', 'score-bounces.mjs');
/** The bar of issue #3 (Sisimai's Go port scores reason 95.6, status 97.9, reply code 98.1, hard bounce 97.5). */
const BAR = { reason: 95, status: 97, replyCode: 97, hardBounce: 97, extraPercent: 1 };
/**
 * What main has reached: CI fails when a change scores below it, even above the bar (a ratchet: raise
 * it when the score rises). The misses we believe are Sisimai's mistakes are in docs/corpus-notes.md.
 */
const FLOOR = JSON.parse(readFileSync(join(root, 'scripts', 'eval-floor.json'), 'utf8'));

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const setIndex = args.indexOf('--set');
const sets = setIndex >= 0 ? [args[setIndex + 1]] : ['bsd', 'dos', 'mac'];

if (!existsSync(join(corpus, 'expected.json'))) {
  console.error(`eval: no corpus at ${corpus}; nothing to score`);
  process.exit(1);
}
const outDir = join(root, 'tmp');
mkdirSync(outDir, { recursive: true });
const expected = JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8'));
let failed = false;
/** bsd results by file and recipient, to compare the dos/ and mac/ copies with. */
let bsdResults = null;
for (const set of sets) {
  const started = Date.now();
  const cli = spawnSync(process.execPath, [join(root, 'dist/cli/main.cjs'), '--format', 'ndjson', '--lang', 'en', join(corpus, 'maildir', set)], { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (cli.status !== 0) {
    console.error(`eval: the CLI exited with ${cli.status}: ${cli.stderr.slice(0, 2000)}`);
    process.exit(1);
  }
  // the dos/ and mac/ copies hold the same messages with other line ends: score them under bsd/ names
  const lines = cli.stdout.split('\n').filter(Boolean).map((l) => {
    const r = JSON.parse(l);
    r.file = String(r.file).replace(`/maildir/${set}/`, '/maildir/bsd/');
    return JSON.stringify(r);
  });
  const results = join(outDir, `eval-${set}.ndjson`);
  writeFileSync(results, lines.join('\n') + '\n');
  const only = join(outDir, `eval-${set}.only`);
  // dos/ and mac/ hold some other messages under the same names: score only true copies of bsd/ files
  const sameMessage = (k) => {
    const copy = join(corpus, k.replace('maildir/bsd/', `maildir/${set}/`));
    if (!existsSync(copy)) return false;
    if (set === 'bsd') return true;
    const lf = (p) => readFileSync(p, 'latin1').replace(/\r\n?/g, '\n');
    return lf(copy) === lf(join(corpus, k));
  };
  const present = Object.keys(expected).filter(sameMessage);
  const errors = lines.filter((l) => JSON.parse(l).error).length;
  if (errors) { failed = true; console.log(`${set}: ${errors} messages could not be read`); }
  writeFileSync(only, present.join('\n') + '\n');
  const score = execFileSync(process.execPath, [scorer, join(corpus, 'expected.json'), results, '--only', only, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
  const last = score.trim().split('\n').at(-1);
  console.log(verbose ? score : `${set}: ${last}  (${lines.length} results, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const m = /reason ([\d.]+)% status ([\d.]+)% replyCode ([\d.]+)% hardBounce ([\d.]+)% \((\d+) expected, (\d+) extra\)/.exec(last ?? '');
  if (!m) { console.error('eval: cannot read the score line'); process.exit(1); }
  const [, reason, status, replyCode, hardBounce, total, extra] = m.map(Number);
  const extraPercent = (100 * extra) / total;
  const below = [];
  if (reason < BAR.reason) below.push(`reason ${reason} < ${BAR.reason}`);
  if (status < BAR.status) below.push(`status ${status} < ${BAR.status}`);
  if (replyCode < BAR.replyCode) below.push(`replyCode ${replyCode} < ${BAR.replyCode}`);
  if (hardBounce < BAR.hardBounce) below.push(`hardBounce ${hardBounce} < ${BAR.hardBounce}`);
  if (extraPercent > BAR.extraPercent) below.push(`extra ${extraPercent.toFixed(1)}% > ${BAR.extraPercent}%`);
  if (set === 'bsd') {
    bsdResults = new Map(lines.map((l) => { const r = JSON.parse(l); return [`${r.file}|${r.recipient}`, l]; }));
    if (below.length) { failed = true; console.log(`${set}: BELOW the bar of issue #3: ${below.join(', ')}`); }
    const regressed = [];
    for (const [field, value] of Object.entries({ reason, status, replyCode, hardBounce })) {
      if (value < FLOOR[field]) regressed.push(`${field} ${value} < ${FLOOR[field]}`);
    }
    if (extra > FLOOR.extra) regressed.push(`extra ${extra} > ${FLOOR.extra}`);
    if (regressed.length) { failed = true; console.log(`${set}: REGRESSION below the floor of scripts/eval-floor.json: ${regressed.join(', ')}`); }
  } else if (bsdResults) {
    // the same messages with CRLF or CR line ends must give exactly the same results
    const keep = new Set(present);
    const differ = lines.filter((l) => {
      const r = JSON.parse(l);
      const key = Object.keys(expected).find((k) => String(r.file).endsWith(k));
      return key && keep.has(key) && bsdResults.get(`${r.file}|${r.recipient}`)?.replace(/"diagnostic":"[^"]*"/, '') !== l.replace(/"diagnostic":"[^"]*"/, '');
    });
    if (differ.length) { failed = true; console.log(`${set}: ${differ.length} results differ from the LF copies`); }
  }
}
if (sets.includes('bsd')) await scorePasted();
// the regression sets of test/regression (reported here; test/regression-sets.test.ts holds their floors)
const regression = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'test', 'regression', 'score.ts')], { cwd: root, encoding: 'utf8' });
process.stdout.write(regression.status === 0 ? regression.stdout.replace(/^(?=.)/gm, 'regression set ') : `regression sets: not scored (${regression.stderr.trim().split('\n')[0]})\n`);
// the held-out reply sets of test/held-out/replies (reported, never tuned against: see test/held-out/README.md)
const heldOutDir = join(root, 'test', 'held-out', 'replies');
const heldOutSets = readdirSync(heldOutDir).filter((f) => f.endsWith('.tsv')).sort().map((f) => join(heldOutDir, f));
const heldOut = spawnSync(process.execPath, [join(heldOutDir, 'score.mjs'), '--dist', join(root, 'dist'), ...heldOutSets], { cwd: root, encoding: 'utf8' });
process.stdout.write(heldOut.status === 0 ? heldOut.stdout.replace(/^(?=.)/gm, 'held-out replies ') : `held-out replies: not scored (${heldOut.stderr.trim().split('\n')[0]})\n`);
// the held-out sets of whole bounce e-mails of test/held-out/eml (reported, never tuned against)
const heldOutEml = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'test', 'held-out', 'eml', 'score.ts')], { cwd: root, encoding: 'utf8' });
process.stdout.write(heldOutEml.status === 0 ? heldOutEml.stdout.replace(/^(?=.)/gm, 'held-out e-mails ') : `held-out e-mails: not scored (${heldOutEml.stderr.trim().split('\n')[0]})\n`);
process.exit(failed ? 1 : 0);

/**
 * Pasted bodies: what a person copies out of a mail client is the visible text of the bounce, without
 * headers or MIME structure. Each bsd message's notification text (and, as a second try, that text
 * with the delivery-status fields a client may show below it) is analysed alone and scored against
 * the same expectations, recipient by recipient. Reported, not failed: Sisimai has no pasted mode.
 */
async function scorePasted() {
  const { analyze } = await import(join(root, 'dist/index.js'));
  const { readMessage } = await import(join(root, 'dist/message/read-message.js'));
  const tally = { notice: [0, 0], withFields: [0, 0] };
  for (const [key, want] of Object.entries(expected)) {
    const doc = await readMessage(readFileSync(join(corpus, key)));
    const variants = { notice: doc.notice, withFields: `${doc.notice}\n\n${doc.deliveryStatus ?? ''}` };
    for (const [name, body] of Object.entries(variants)) {
      const got = body.trim() ? await analyze(body, { lang: 'en' }) : [];
      want.forEach((w, i) => {
        const g = got[i]; // expected.json lists recipients in message order, without addresses
        tally[name][1]++;
        if (g && g.reason === w.reason) tally[name][0]++;
      });
    }
  }
  const pct = ([hit, all]) => `${hit}/${all} (${((100 * hit) / all).toFixed(1)}%)`;
  console.log(`pasted bodies (no headers): reason right for ${pct(tally.notice)}; with the delivery-status fields shown: ${pct(tally.withFields)}`);
}
