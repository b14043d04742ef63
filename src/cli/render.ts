// One item's work for the CLI: analyse, then render each result in the output format. Runs on the
// main thread or in a worker (analyze-worker.ts); either way the main thread gets strings to write and
// the few fields its counts need, which are cheap to pass between threads.
import { analyzeItemReading } from '../mailbox/analyze-item.js';
import type { PastedParts } from '../analyze.js';
import type { MailItem } from '../mailbox/types.js';
import { csvRow, csvRowSpan } from '../report/csv.js';
import { isInboundRefusal, type ResultLite } from '../report/tally.js';
import { decidedByCatchAll } from '../classify/catch-all-only.js';
import type { Result } from '../result.js';
import type { Locale } from '../types.js';
import type { Format } from './args.js';
import { colours, renderText } from './render-text.js';
import { sisimaiRecord } from './render-sisimai.js';

export interface RenderJob {
  lang: Locale;
  format: Format;
  colour: boolean;
}

export interface Rendered {
  /** One per result: the fields the counts, the closing line and the HTML report need. */
  lite: ResultLite[];
  /** One per result: its text in the output format ("" for html, which is written at the end). */
  out: string[];
  /** The parts a pasted text was read in, each on its own (counted by them, not as one message). */
  parts?: PastedParts | null;
  /**
   * CSV: where each row's action cell starts and ends (two numbers a row), for a row whose address
   * turns out to be one to check before removing (csv.ts asCheckFirst).
   */
  csvAction?: number[];
}

const NO_EVIDENCE: Result['evidence'] = [];

export function lite(r: Result): ResultLite {
  return {
    file: r.file, bounce: r.bounce, recipient: r.recipient, originalRecipient: r.originalRecipient, reason: r.reason, kind: r.kind,
    hardBounce: r.hardBounce, retry: r.retry, summary: r.summary, lang: r.lang, feedbackType: r.feedbackType, action: r.action,
    signature: r.signature, advice: r.advice, adminAdvice: r.adminAdvice, actors: r.actors, newAddress: r.newAddress,
    diagnostic: r.diagnostic, date: r.date, error: r.error, message: r.message
      ? { noticeDate: r.message.noticeDate, noticeId: r.message.noticeId, noticeDigest: r.message.noticeDigest, noticeFrom: r.message.noticeFrom }
      : null,
    // the evidence only where a catch-all code alone decided (isSenderSide asks), or of a refusal of incoming
    // mail (counted apart, isInboundRefusal): a mailbox's results are many
    status: r.status, evidence: decidedByCatchAll(r.evidence, r.status) || isInboundRefusal(r) ? r.evidence : NO_EVIDENCE,
  };
}

/** Characters JSON leaves raw that line readers take for a line break (Python's splitlines, some editors). */
const LINE_BREAKS = /[\u0085\u2028\u2029]/g;

/**
 * JSON text with U+0085 (NEL), U+2028 and U+2029 escaped: still the same JSON, and one NDJSON record
 * stays one line for every reader (a reply quoting them split a record in two for Python).
 */
function lineSafe(json: string): string {
  LINE_BREAKS.lastIndex = 0;
  return LINE_BREAKS.test(json) ? json.replace(LINE_BREAKS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

export function renderResult(r: Result, job: RenderJob): string {
  switch (job.format) {
    case 'ndjson': return lineSafe(JSON.stringify(r)) + '\n';
    // an element of the array, indented as JSON.stringify(all, null, 2) would; the caller adds the commas
    case 'json': return lineSafe(JSON.stringify(r, null, 2)).replace(/^/gm, '  ');
    case 'csv': return csvRow(r);
    case 'text': return renderText(r, colours(job.colour));
    // "" for a result Sisimai gives no record for (not a bounce, an unreadable input): the frame skips it
    case 'sisimai': { const rec = sisimaiRecord(r); return rec ? lineSafe(JSON.stringify(rec)) : ''; }
    case 'html': case 'remove': return '';
  }
}

export async function work(item: MailItem, job: RenderJob): Promise<Rendered> {
  const { results, parts } = await analyzeItemReading(item, job.lang);
  if (job.format === 'csv') {
    const rows = results.map(csvRowSpan);
    return { lite: results.map(lite), out: rows.map((s) => s.row), csvAction: rows.flatMap((s) => s.action), ...(parts && { parts }) };
  }
  return { lite: results.map(lite), out: results.map((r) => renderResult(r, job)), ...(parts && { parts }) };
}
