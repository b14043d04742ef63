// A mail client's view of a message's header fields, as people copy it along with the message: "De:",
// "Para:", "Assunto:", "Data:" (Gmail, Outlook, Thunderbird in Portuguese), Outlook's "Enviado:" and
// "Enviada em:". Written back as the fields they show (From, To, Subject, Date), so that a pasted bounce
// is read as the message it is: its sender a mail daemon, the "Para:" its addressee, never a recipient
// that failed.

import { HEADER_FIELD_NAMES, SHOWN_FIELDS } from './shown-fields.js';

/** Displayed field names, lower case, and the header field each shows (the message's own names are a header already). */
const DISPLAYED: ReadonlyMap<string, string> = new Map([...SHOWN_FIELDS].filter(([name]) => !HEADER_FIELD_NAMES.has(name)));
/** The header block a client shows has a few lines. */
const MAX_DISPLAYED_LINES = 12;
/** "Assunto: ...", "Enviada em: ...": a name of letters and spaces, a colon. Bounded: linear. */
const DISPLAYED_LINE = /^[ \t>]*([\p{L} ]{1,20}):[ \t]?(.*)$/u;

export interface DisplayedMessage {
  /** The text with the block written as header fields, a blank line after it. */
  text: string;
  /** The text after the block: what the client showed as the message. */
  body: string;
}

/**
 * The text with a displayed header block at its start written as header fields; null when it has none.
 * The block is the leading lines that are displayed fields: two or more, or a lone "De:" or "Para:"
 * before a blank line (a reply that starts "Data: 550 ..." is no block).
 */
export function withDisplayedHeaders(text: string): DisplayedMessage | null {
  const lines = text.trimStart().split('\n');
  const fields: string[] = [];
  let first = '';
  let i = 0;
  for (; i < lines.length && i < MAX_DISPLAYED_LINES; i++) {
    const m = DISPLAYED_LINE.exec(lines[i]!.replace(/\r$/, ''));
    const field = m ? DISPLAYED.get(m[1]!.trim().toLowerCase()) : undefined;
    if (!field) break;
    first ||= field;
    fields.push(`${field}: ${m![2]}`);
  }
  const blankAfter = i < lines.length && !lines[i]!.trim();
  if (fields.length < 2 && !(fields.length === 1 && blankAfter && (first === 'From' || first === 'To'))) return null;
  const body = lines.slice(i).join('\n');
  return { text: `${fields.join('\n')}\n${blankAfter ? '' : '\n'}${body}`, body };
}
