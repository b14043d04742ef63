// Views of a bounce's notification text (and delivery-status part) that family decoders ask for: its
// lines and its lower case. Made once per message, not once per decoder (25 decoders try each message).
// They are kept on the document itself, in a property that is not enumerable: a copy of a document
// ({ ...doc, notice }) does not take views of another text, and no WeakMap entry per message has to
// be traced by the garbage collector.
import { splitLines } from '../reply/clean-text.js';
import type { BounceDoc } from './types.js';

interface Views {
  lines?: readonly string[];
  lower?: string;
  dsnLower?: string;
}

const VIEWS = Symbol('notice views');

function views(doc: BounceDoc): Views {
  const own = (doc as { [VIEWS]?: Views })[VIEWS];
  if (own) return own;
  const made: Views = {};
  Object.defineProperty(doc, VIEWS, { value: made, enumerable: false });
  return made;
}

/** The notice split at LF, CRLF or CR. Shared: callers must not change it. */
export function noticeLines(doc: BounceDoc): readonly string[] {
  const v = views(doc);
  return (v.lines ??= splitLines(doc.notice));
}

/** The notice in lower case, for substring markers. */
export function noticeLower(doc: BounceDoc): string {
  const v = views(doc);
  return (v.lower ??= doc.notice.toLowerCase());
}

/** Records the notice's lower case when the reader made it anyway (it must be doc.notice.toLowerCase()). */
export function setNoticeLower(doc: BounceDoc, lower: string): void {
  views(doc).lower = lower;
}

/** The delivery-status part in lower case ("" without one), for substring markers. */
export function deliveryStatusLower(doc: BounceDoc): string {
  const v = views(doc);
  return (v.dsnLower ??= (doc.deliveryStatus ?? '').toLowerCase());
}
