// Views of a bounce's notification text (and delivery-status part) that family decoders ask for: its
// lines and its lower case. Made once per message, not once per decoder (25 decoders try each message).
import { splitLines } from '../reply/clean-text.js';
import type { BounceDoc } from './types.js';

const LINES = new WeakMap<BounceDoc, readonly string[]>();
const LOWER = new WeakMap<BounceDoc, string>();
const DSN_LOWER = new WeakMap<BounceDoc, string>();

/** The notice split at LF, CRLF or CR. Shared: callers must not change it. */
export function noticeLines(doc: BounceDoc): readonly string[] {
  let lines = LINES.get(doc);
  if (!lines) {
    lines = splitLines(doc.notice);
    LINES.set(doc, lines);
  }
  return lines;
}

/** The notice in lower case, for substring markers. */
export function noticeLower(doc: BounceDoc): string {
  let lower = LOWER.get(doc);
  if (lower === undefined) {
    lower = doc.notice.toLowerCase();
    LOWER.set(doc, lower);
  }
  return lower;
}

/** Records the notice's lower case when the reader made it anyway (it must be doc.notice.toLowerCase()). */
export function setNoticeLower(doc: BounceDoc, lower: string): void {
  LOWER.set(doc, lower);
}

/** The delivery-status part in lower case ("" without one), for substring markers. */
export function deliveryStatusLower(doc: BounceDoc): string {
  let lower = DSN_LOWER.get(doc);
  if (lower === undefined) {
    lower = (doc.deliveryStatus ?? '').toLowerCase();
    DSN_LOWER.set(doc, lower);
  }
  return lower;
}
