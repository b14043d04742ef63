#!/usr/bin/env node
// How often `smtp-explain --format sisimai` gives the value Sisimai-Perl gives, field by field, over
// the corpus's maildir/bsd (records matched by file name and recipient). Not part of npm test: it needs
// ../shared and Perl with Sisimai (4.25 measured). Usage: npm run -s build && node scripts/sisimai-agreement.mjs [DIR]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? join(root, '..', 'shared', 'corpus', 'sisimai', 'maildir', 'bsd');
if (!existsSync(dir)) throw new Error(`no corpus at ${dir}`);
const cli = join(root, 'dist', 'cli', 'main.cjs');
if (!existsSync(cli)) throw new Error('run npm run -s build first');

const big = { maxBuffer: 1 << 30, encoding: 'utf8' };
const perl = JSON.parse(execFileSync('perl', ['-MSisimai', '-e', 'print Sisimai->dump($ARGV[0])', dir], { ...big, stdio: ['ignore', 'pipe', 'ignore'] }));
let ours;
try {
  ours = JSON.parse(execFileSync('node', [cli, '--format', 'sisimai', '--lang', 'en', dir], { ...big, stdio: ['ignore', 'pipe', 'ignore'] }));
} catch (error) {
  // exit code 1: some file could not be read; the array is whole all the same
  ours = JSON.parse(error.stdout);
}
const perlVersion = execFileSync('perl', ['-MSisimai', '-e', 'print $Sisimai::VERSION'], big);

/** Sisimai 4.x reason names that 5.x renamed (as Sisimai 5.6's own test tables, in expected.json, show). */
const RENAMED = { toomanyconn: 'ratelimited', mesgtoobig: 'emailtoolarge', exceedlimit: 'emailtoolarge' };
const key = (r) => `${basename(r.origin)}\n${String(r.recipient).toLowerCase()}`;
const perlBy = new Map();
for (const r of perl) if (!perlBy.has(key(r))) perlBy.set(key(r), r);
const pairs = [];
let onlyOurs = 0;
const seen = new Set();
for (const r of ours) {
  const p = perlBy.get(key(r));
  if (!p || seen.has(key(r))) { if (!p) onlyOurs++; continue; }
  seen.add(key(r));
  pairs.push([r, p]);
}

const fields = Object.keys(perl[0] ?? {}).sort();
console.log(`Sisimai ${perlVersion} over ${dir}`);
console.log(`records: Sisimai ${perl.length}, smtp-explain ${ours.length}, matched by file + recipient ${pairs.length} (only Sisimai ${perl.length - pairs.length}, only smtp-explain ${onlyOurs})`);
console.log('\nfield              equal   of  share');
const line = (name, equal) => console.log(`${name.padEnd(17)} ${String(equal).padStart(6)} ${String(pairs.length).padStart(4)}  ${(100 * equal / pairs.length).toFixed(1).padStart(5)}%`);
const norm = (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v);
for (const f of fields) {
  line(f, pairs.filter(([o, p]) => norm(o[f]) === norm(p[f])).length);
  if (f === 'reason') line('  (4.x renamed)', pairs.filter(([o, p]) => o.reason === (RENAMED[p.reason] ?? p.reason)).length);
}
// Sisimai 5's names beside its 4.25 ones, checked against the 4.25 value they replace
line('hardbounce (5.x)', pairs.filter(([o, p]) => p.softbounce !== -1 && o.hardbounce === (p.softbounce === 0 ? 1 : 0)).length);
line('command (5.x)', pairs.filter(([o, p]) => o.command === p.smtpcommand).length);
