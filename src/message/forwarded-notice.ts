// A bounce a person forwarded to someone else (to the IT team, to the list's owner): the message's own
// text is the forwarder's note, then the mail client's separator ("---------- Forwarded message
// ---------", "-----Original Message-----", "---------- Mensagem encaminhada ----------",
// "-----Mensagem original-----", Outlook's line of underscores) and the header fields the client shows
// of the forwarded message ("From:", "De:", "Sent:", "Enviada em:", "To:", "Para:", "Subject:",
// "Assunto:"), then the notice. When those fields are a notice's (a mail system's sender, a bounce's
// subject), the notice starts after them: the note and the fields name the forwarder and whoever got
// the bounce, never a recipient that failed, and "-----Original Message-----" does not start a returned
// message there. A later separator (Gmail shows the returned message as "---------- Forwarded message
// ----------") ends the notice, and so does the forwarder's signature below it ("-- "). A forwarded automatic reply ("Automatic reply: Proposta" from the
// person who is away) is found the same way: its sender is the recipient it speaks for, not the forwarder.
import { cleanAddress, findAddresses } from '../reply/find-address.js';
import { isAutoReplySubject } from './auto-reply-subject.js';
import { isSystemSender } from './sender-addresses.js';
import { SHOWN_FIELDS } from './shown-fields.js';

/** A mail client's separator line above a forwarded or quoted message, lower case and trimmed. */
const SEPARATOR = new RegExp('^(?:-{2,} ?(?:forwarded message|original message|mensagem encaminhada|mensagem original) ?-{2,}|_{10,}|begin forwarded message:|início da mensagem encaminhada:)$');

/** Displayed field names (English and Portuguese clients, Gmail's mix of both) and the field each shows. */
const FIELDS: ReadonlyMap<string, 'from' | 'to' | 'subject' | 'other'> = new Map([...SHOWN_FIELDS].map(([name, field]) =>
  [name, field === 'From' ? 'from' : field === 'To' ? 'to' : field === 'Subject' ? 'subject' : 'other']));
/** "Assunto: x", "Subject: \tx" (Thunderbird aligns with a tab), "*From:* x" (Gmail's text of bold names). */
const FIELD_LINE = /^[ \t>*]*([\p{L} ]{2,12}?)\*?:(.*)$/u;
const MAX_FIELDS = 10;
/** RFC 3676 §4.3's signature separator, "-- " on a line of its own (some clients drop its space). */
const SIGNATURE_SEPARATOR = /^-- ?\r?$/gm;

/** Subjects of failure and delay notices, after any "Fwd:"/"ENC:" the forward added. */
const NOTICE_SUBJECT = new RegExp('^(?:(?:fwd?|enc|res|re|tr|rv)\\s*:\\s*)*(?:undeliverable|undelivered mail|delivery status notification|delivery delayed|mail delivery failed|returned mail|failure notice|delayed mail|warning: message \\S+ delayed|não é possível entregar|não foi possível entregar|mensagem não entregue|notificação de status de entrega|falha na entrega)', 'i');

export interface ForwardedNotice {
  /** Where the forwarded notice's text starts. */
  start: number;
  /** Where it ends: the next separator with its header block (the returned message), a signature, else the text's end. */
  end: number;
  /** Addresses of the shown fields: the notice's sender and addressee, the bounce's own parties. */
  parties: string[];
  /** The forwarded message's sender (its "From:" or "De:" field), and its subject as shown. */
  sender: string | null;
  subject: string;
}

interface Block {
  /** Offset of the separator line. */
  at: number;
  /** Offset of the first line after the fields. */
  after: number;
  from: string;
  to: string;
  subject: string;
}

/** The displayed header block after a separator line at `at` that ends at `end` (its newline), or null. */
function fieldsAfter(text: string, at: number, end: number): Block | null {
  const block: Block = { at, after: end, from: '', to: '', subject: '' };
  let count = 0;
  let blank = 0;
  for (let pos = end + 1; pos < text.length && count < MAX_FIELDS;) {
    const next = lineEnd(text, pos);
    const line = text.slice(pos, next).trim();
    pos = next + 1;
    // a blank line between the separator and the fields (Gmail and Thunderbird leave none, some clients one)
    if (!line && count === 0 && ++blank <= 2) continue;
    const m = FIELD_LINE.exec(line);
    const field = m ? FIELDS.get(m[1]!.trim().toLowerCase()) : undefined;
    if (!field) break;
    count++;
    if (field !== 'other') block[field] ||= m![2]!.trim();
    block.after = pos;
  }
  return count >= 2 && block.from ? block : null;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

function isNoticeBlock(b: Block): boolean {
  return isSystemSender(b.from) || NOTICE_SUBJECT.test(b.subject.trim()) ||
    isAutoReplySubject(b.subject);
}

/** Separator lines of the text with the header block after each, in order. */
function* separators(text: string, lower: string): Generator<Block> {
  for (let pos = 0; pos < text.length;) {
    const end = lineEnd(text, pos);
    if (end - pos < 80) {
      const line = lower.slice(pos, end).trim();
      // the separators start with a dash, an underscore or the letter b or i
      const first = line.charCodeAt(0);
      if ((first === 45 || first === 95 || first === 98 || first === 105) && SEPARATOR.test(line)) {
        const block = fieldsAfter(text, pos, end);
        if (block) yield block;
      }
    }
    pos = end + 1;
  }
}

/** The forwarded notice in a message's text (`lower` its lower case, of the same length), or null. */
export function findForwardedNotice(text: string, lower: string): ForwardedNotice | null {
  if (!lower.includes('-----') && !lower.includes('__________') && !lower.includes('forwarded message') && !lower.includes('encaminhada')) return null;
  let found: ForwardedNotice | null = null;
  for (const block of separators(text, lower)) {
    if (!found) {
      if (isNoticeBlock(block)) {
        found = {
          start: block.after, end: text.length, parties: [...findAddresses(block.from), ...findAddresses(block.to)],
          sender: cleanAddress(block.from), subject: block.subject,
        };
      }
    } else if (!isNoticeBlock(block)) {
      found.end = block.at;
      break;
    }
  }
  // the forwarder's signature below the forwarded text (Gmail puts it there) is no part of the notice
  if (found) {
    SIGNATURE_SEPARATOR.lastIndex = found.start;
    const sig = SIGNATURE_SEPARATOR.exec(text);
    if (sig && sig.index < found.end) found.end = sig.index;
  }
  return found;
}
