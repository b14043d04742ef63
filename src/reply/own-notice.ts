// A log line of the reader's own mail server that is no delivery and no refusal of incoming mail (see
// src/knowledge/own-notices.ts): a Postfix daemon's warning, an address verification, Exim's arrival
// of a message. Read before the delivery lines, since a verification probe looks like one.
import { OWN_NOTICES, type OwnNoticeId } from '../knowledge/own-notices.js';

export interface OwnNotice {
  id: OwnNoticeId;
  /** The program that wrote it: "postfix/smtpd", "exim". */
  daemon: string;
}

/** "postfix/smtpd[123]: ", "postfix-out/submission/smtpd[9]: " (multiple instances and services). */
const POSTFIX_DAEMON = /\s(postfix[\w.-]{0,32}\/[\w./-]{1,64})\[\d{1,10}\]:\s/;
/** verify(8)'s probe results, "status=deliverable" and "status=undeliverable", in any case. */
const DELIVERABLE = /deliverable/i;
/** Exim's main log: a time stamp, a message id, and the mark of an arrival. */
const EXIM_ARRIVAL = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{3})?(?: [+-]\d{4})? (?:\[\d+\] )?[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} <= /;

/** The notice a line is, or null for a delivery, a refusal or any other text. */
export function readOwnNotice(line: string): OwnNotice | null {
  // most texts are replies: two substring tests before any expression
  if (line.includes(' <= ')) return EXIM_ARRIVAL.test(line) ? { id: 'arrival', daemon: 'exim' } : null;
  if (!line.includes('postfix')) return null;
  // a delivery line (most of a log's), but a verification probe's: no expression run, no lower-casing
  if (line.includes(' status=') && !DELIVERABLE.test(line)) return null;
  const daemon = POSTFIX_DAEMON.exec(line);
  if (!daemon) return null;
  const lower = line.toLowerCase();
  // a delivery line is read as one, whatever its words (but a verification probe's)
  if (lower.includes(' status=') && !lower.includes('status=undeliverable') && !lower.includes('status=deliverable')) return null;
  for (const row of OWN_NOTICES) {
    if (row.fragments.some((f) => lower.includes(f))) return { id: row.id, daemon: daemon[1]! };
  }
  // any other warning of a daemon; a delivery line ("status=") or a refusal ("reject:") is read as such
  const rest = line.slice(daemon.index + daemon[0].length);
  if (/^(?:warning|fatal|error|panic): /.test(rest) && !rest.includes(' reject: ')) return { id: 'other', daemon: daemon[1]! };
  return null;
}
