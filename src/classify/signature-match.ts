// Finds the provider signature that fits one recipient's facts.
import type { Pattern, Signature } from '../knowledge/signatures/types.js';
import type { Evidence, Facts } from '../types.js';
import { findAny } from './pattern.js';
import type { PatternHit, PatternList, PatternTable, TextScan } from './multi-matcher.js';
import { patterns } from './find-phrase.js';

export interface SignatureHit {
  signature: Signature;
  evidence: Evidence[];
}

/** True when `host` is `suffix` or a subdomain of it. */
export function hostMatches(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith('.' + suffix);
}

/** A signature with every condition present (null when absent): one object shape, fast to read. */
interface Row {
  signature: Signature;
  status: readonly string[] | null;
  replyCode: readonly string[] | null;
  hosts: readonly string[] | null;
  text: readonly Pattern[] | null;
  /** What the text condition finds in an empty text (a lone code): findAny('', text), asked once. */
  emptyHit: PatternHit | null;
  statusSet: ReadonlySet<string> | null;
  /** The decoder's reading the row is for (Signature.rule), or null. */
  rule: string | null;
  /** Signature.submission: not for a temporary refusal by the recipient's MX. */
  submission: boolean;
}
interface Rows {
  rows: Row[];
  /** Rows with no text condition, ascending. */
  codeRows: number[];
  /** Rows an empty text (a lone code) can meet: no text condition, or one findAny('', text) meets; ascending. */
  emptyTextRows: number[];
  /** The rows' text conditions in the classifier's matcher, registered on the first scan. */
  scanned: { lists: Array<PatternList | null>; table: PatternTable } | null;
}
const ROWS = new WeakMap<readonly Signature[], Rows>();
const NO_ROWS: readonly number[] = [];

function rowsOf(signatures: readonly Signature[]): Rows {
  let rows = ROWS.get(signatures);
  if (!rows) {
    const list = signatures.map((signature) => ({
      signature,
      status: signature.status ?? null,
      statusSet: signature.status ? new Set(signature.status) : null,
      replyCode: signature.replyCode ?? null,
      hosts: signature.hosts ?? null,
      text: signature.text ?? null,
      emptyHit: signature.text ? findAny('', signature.text) : null,
      rule: signature.rule ?? null,
      submission: signature.submission === true,
    }));
    rows = {
      rows: list,
      codeRows: list.flatMap((r, i) => (r.text ? [] : [i])),
      emptyTextRows: list.flatMap((r, i) => (r.text && !r.emptyHit ? [] : [i])),
      scanned: null,
    };
    ROWS.set(signatures, rows);
  }
  return rows;
}

function scannedRows(rows: Rows, signatures: readonly Signature[]): NonNullable<Rows['scanned']> {
  return (rows.scanned ??= {
    lists: rows.rows.map((r) => (r.text ? patterns().add(r.text) : null)),
    table: patterns().table(signatures.map((s) => s.text ?? [])),
  });
}

/**
 * Returns the first signature, in table order, whose every condition holds.
 * `lowerText` is the diagnostic text lower-cased once by the caller.
 * With `scan` (the classifier's one scan of the text) only the rows that can match are tried.
 */
export function matchSignature(
  signatures: readonly Signature[],
  facts: Facts,
  lowerText: string,
  scan?: TextScan,
): SignatureHit | null {
  // the hosts and the status's X. form, made when a row asks (most texts meet no row with such a condition)
  let hosts: string[] | null = null;
  const status = facts.status;
  let detail: string | null = null;
  const all = rowsOf(signatures);
  const rows = all.rows;
  // with a scan, only the rows without text and the rows whose fragments the scan found are tried, in
  // order; an empty text (a lone code: no scan) can meet only the rows emptyTextRows names
  const scanned = scan ? scannedRows(all, signatures) : null;
  const candidates = scan ? scan.candidates(scanned!.table) : lowerText ? null : all.emptyTextRows;
  const codeRows = scan ? all.codeRows : NO_ROWS;
  let a = 0;
  let b = 0;
  for (let k = 0; k < rows.length; k++) {
    let i = k;
    if (candidates) {
      // merge the two ascending lists
      const x = a < codeRows.length ? codeRows[a]! : Infinity;
      const y = b < candidates.length ? candidates[b]! : Infinity;
      if (x === Infinity && y === Infinity) break;
      if (x < y) {
        i = x;
        a++;
      } else {
        i = y;
        b++;
      }
    }
    const row = rows[i]!;
    // conditions first, evidence only for the row that matches
    if (row.rule !== null && facts.hintRule !== row.rule) continue;
    if (row.submission && facts.remoteMx && temporary(facts)) continue;
    if (row.statusSet !== null && !(status && (row.statusSet.has(status) || row.statusSet.has((detail ??= statusDetail(status)))))) continue;
    if (row.replyCode !== null && !row.replyCode.includes(facts.replyCode)) continue;
    let host: string | undefined;
    if (row.hosts !== null) {
      const wanted = row.hosts;
      host = (hosts ??= hostsOf(facts)).find((h) => wanted.some((s) => hostMatches(h, s)));
      if (!host) continue;
    }
    let hit = null;
    if (row.text !== null) {
      hit = scan ? scan.first(scanned!.lists[i]!) : lowerText ? findAny(lowerText, row.text) : row.emptyHit;
      if (!hit) continue;
    }
    const id = row.signature.id;
    const evidence: Evidence[] = [];
    if (row.status) evidence.push({ rule: id, field: 'status', match: status });
    if (row.replyCode) evidence.push({ rule: id, field: 'replyCode', match: facts.replyCode });
    if (host !== undefined) evidence.push({ rule: id, field: 'host', match: host });
    if (hit) evidence.push({ rule: id, field: 'text', match: hit.match });
    return { signature: row.signature, evidence };
  }
  return null;
}

/** A temporary refusal by its reply code, or by its status where it has none. */
function temporary(facts: Facts): boolean {
  return facts.replyCode ? facts.replyCode[0] === '4' : facts.status[0] === '4';
}

/** The hosts a signature's `hosts` may name: the remote host, then the recipient's domain, lower-cased. */
function hostsOf(facts: Facts): string[] {
  const hosts: string[] = [];
  if (facts.remoteHost) hosts.push(facts.remoteHost.toLowerCase());
  const at = facts.recipient ? facts.recipient.lastIndexOf('@') : -1;
  if (facts.recipient && at >= 0) hosts.push(facts.recipient.slice(at + 1).toLowerCase());
  return hosts;
}

/** "5.7.26" -> "X.7.26", as a signature's `status` may write it for any class. */
function statusDetail(status: string): string {
  return 'X' + status.slice(status.indexOf('.'));
}
