// A mail client's view of a message's header fields, as people copy it along with the message: "De:",
// "Para:", "Assunto:", "Data:" (Gmail, Outlook, Thunderbird in Portuguese), Outlook's "Enviado:" and
// "Enviada em:". Written back as the fields they show (From, To, Subject, Date), so that a pasted bounce
// is read as the message it is: its sender a mail daemon, the "Para:" its addressee, never a recipient
// that failed.

/** Displayed field names, lower case, and the header field each shows. */
const DISPLAYED: ReadonlyMap<string, string> = new Map([
  ['de', 'From'], ['para', 'To'], ['assunto', 'Subject'], ['data', 'Date'], ['enviado', 'Date'], ['enviada', 'Date'],
  ['enviado em', 'Date'], ['enviada em', 'Date'], ['cc', 'Cc'], ['cco', 'Bcc'], ['responder a', 'Reply-To'],
]);
/** The header block a client shows has a few lines. */
const MAX_DISPLAYED_LINES = 12;
/** "Assunto: ...", "Enviada em: ...": a name of letters and spaces, a colon. Bounded: linear. */
const DISPLAYED_LINE = /^[ \t>]*([\p{L} ]{1,20}):[ \t]?(.*)$/u;

/** The text with a displayed header block at its start written as header fields; null when it has none. */
export function withDisplayedHeaders(text: string): string | null {
  const lines = text.trimStart().split('\n');
  const out: string[] = [];
  let shown = 0;
  let i = 0;
  for (; i < lines.length && i < MAX_DISPLAYED_LINES; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (!line.trim()) break;
    const m = DISPLAYED_LINE.exec(line);
    if (!m) return null;
    const field = DISPLAYED.get(m[1]!.trim().toLowerCase());
    if (field) shown++;
    out.push(field ? `${field}: ${m[2]}` : line);
  }
  // a block of shown fields that ends in a blank line, the message's text after it
  if (!shown || i >= lines.length || i >= MAX_DISPLAYED_LINES) return null;
  return [...out, ...lines.slice(i)].join('\n');
}
