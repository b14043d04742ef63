// Scores the regression sets (test/regression/README.md): each input of a set read by analyzeInput(), the
// library function the command line and the page use, and its results compared with the set's expected.tsv.
// Run alone: node --import tsx test/regression/score.ts [--misses]
import { readFileSync, readdirSync } from 'node:fs';
import { analyzeInput } from '../../src/index.js';
import type { Locale } from '../../src/types.js';

export const SETS = ['modern-eml', 'pasted'] as const;
export type SetName = (typeof SETS)[number];

/**
 * The language each set is read in: the e-mails as the audit ran the command line, the pastes as the page
 * (an e-mail is read as bytes, as a file is; a paste as the text the page's box holds).
 */
const LANG: Record<SetName, Locale> = { 'modern-eml': 'en', pasted: 'pt-BR' };

/** One expected result: its recipient ('' when the input names none), the accepted reasons and list actions. */
interface Expected {
  recipient: string;
  /** A recipient whose result may be there or not (written 'addr?'): never a miss either way. */
  optional: boolean;
  reasons: string[];
  actions: string[];
}

export interface SetScore {
  files: number;
  /** Expected results (a file may expect several recipients) and how many got the reason, the list action right. */
  rows: number;
  reasons: number;
  actions: number;
  /** Files whose results name exactly the expected recipients (optional ones aside). */
  recipientSets: number;
  /** The misses, by kind, each 'file' or 'file recipient'. */
  reasonMisses: string[];
  actionMisses: string[];
  recipientMisses: string[];
  /** One line per miss, what was expected and what came. */
  detail: string[];
}

function readExpected(dir: URL): Map<string, Expected[]> {
  const [head, ...lines] = readFileSync(new URL('expected.tsv', dir), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const col = head!.split('\t');
  const at = (cells: string[], name: string): string => cells[col.indexOf(name)] ?? '';
  const byFile = new Map<string, Expected[]>();
  for (const line of lines) {
    const cells = line.split('\t');
    const rcpt = at(cells, 'recipient').trim().toLowerCase();
    const row: Expected = {
      recipient: rcpt.replace(/\?$/, ''),
      optional: rcpt.endsWith('?'),
      reasons: at(cells, 'reason').split('|'),
      actions: at(cells, 'listAction').split('|'),
    };
    const file = at(cells, 'file');
    byFile.set(file, [...(byFile.get(file) ?? []), row]);
  }
  return byFile;
}

export function scoreSet(set: SetName): Promise<SetScore> {
  return scoreFolder(new URL(`./${set}/`, import.meta.url), LANG[set], set === 'pasted' ? 'text' : 'bytes');
}

/**
 * Scores a folder of inputs against its expected.tsv (the held-out e-mail sets use it too): each input read
 * by analyzeInput() in `lang`, as bytes (a file) or as the text a page's box holds (a paste).
 */
export async function scoreFolder(dir: URL, lang: Locale, readAs: 'bytes' | 'text'): Promise<SetScore> {
  const expected = readExpected(dir);
  const inputs = readdirSync(dir).filter((f) => f !== 'expected.tsv').sort();
  const unlisted = inputs.filter((f) => !expected.has(f));
  if (unlisted.length > 0) throw new Error(`${dir.pathname}: no expectation for ${unlisted.join(', ')}`);
  const score: SetScore = { files: 0, rows: 0, reasons: 0, actions: 0, recipientSets: 0, reasonMisses: [], actionMisses: [], recipientMisses: [], detail: [] };
  for (const [file, rows] of expected) {
    const bytes = readFileSync(new URL(file, dir));
    const { results } = await analyzeInput(readAs === 'text' ? bytes.toString('utf8') : new Uint8Array(bytes), { lang, file });
    score.files++;
    const got = results.map((r) => ({ recipient: (r.recipient ?? '').toLowerCase(), reason: String(r.reason), action: String(r.listAction ?? '') }));
    for (const e of rows) {
      const same = got.filter((g) => g.recipient === e.recipient);
      if (e.optional && same.length === 0) continue;
      score.rows++;
      // no result with that recipient: a file expecting one result is judged by its only result, if any
      const r = same[0] ?? (rows.length === 1 && got.length === 1 ? got[0] : undefined) ?? { recipient: '', reason: '-', action: '-' };
      const name = e.recipient ? `${file} ${e.recipient}` : file;
      if (e.reasons.includes(r.reason)) score.reasons++;
      else { score.reasonMisses.push(name); score.detail.push(`${name}: reason ${r.reason}, expected ${e.reasons.join('|')}`); }
      if (e.actions.includes(r.action)) score.actions++;
      else { score.actionMisses.push(name); score.detail.push(`${name}: listAction ${r.action}, expected ${e.actions.join('|')}`); }
    }
    const want = new Set(rows.filter((e) => e.recipient && !e.optional).map((e) => e.recipient));
    const maybe = new Set(rows.filter((e) => e.optional).map((e) => e.recipient));
    const named = new Set(got.map((g) => g.recipient).filter((a) => a && !maybe.has(a)));
    if (named.size === want.size && [...want].every((a) => named.has(a))) score.recipientSets++;
    else { score.recipientMisses.push(file); score.detail.push(`${file}: recipients ${[...named].join(', ') || '(none)'}, expected ${[...want].join(', ') || '(none)'}`); }
  }
  return score;
}

/** 'reasons 66/67, list actions 63/67, recipient sets 66/66' */
export function summary(s: SetScore): string {
  return `reasons ${s.reasons}/${s.rows}, list actions ${s.actions}/${s.rows}, recipient sets ${s.recipientSets}/${s.files}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const set of SETS) {
    const s = await scoreSet(set);
    console.log(`${set}: ${summary(s)}`);
    if (process.argv.includes('--misses')) for (const d of s.detail) console.log(`  ${d}`);
  }
}
