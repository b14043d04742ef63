// Mail.Ru (mailer-daemon@corp.mail.ru), whose servers run Exim: a Russian notice ("Это письмо создано
// автоматически сервером Mail.Ru...", "К сожалению, Ваше письмо не может быть доставлено...") and then
// Exim's own English one ("The following address(es) failed:"), each listing the recipients:
//
//     a@example.jp
//       SMTP error from remote mail server after RCPT TO:<a@example.jp>:
//       host mx.example.jp [192.0.2.1]: 550 5.1.1 <a@example.jp>... User Unknown
//
// An address line is indented by two spaces, its reason by four. The English list is read first:
// the Russian one sometimes shortens the address to its local part.
//
// "Unrouteable address" alone, with no remote server's reply quoted, is Exim's own verdict on the
// outgoing side: no router could route the recipient's domain (it has no MX nor address record).
// Quoted from a remote server ("550 Unrouteable address" after RCPT TO) it means a mailbox that
// does not exist there, which the phrase tables already say.
import { findAddress } from '../../reply/find-address.js';
import { RECIPIENTS_READ } from '../limits.js';
import type { BounceDoc, Decoder, RecipientFacts } from '../types.js';
import { toFacts } from './lhost-common.js';
import { noticeLines } from '../notice-views.js';

// (Russian words in strings, not in regex literals: the CLI's bundle must be ASCII, see scripts/bundle-cli.mjs)
const HEADS = [/the following address\(es\) failed:\s*$/i, new RegExp('не может быть доставлено одному или нескольким получателям:?\\s*$', 'i')];
const SIGNED = new RegExp('сервером mail\\.ru', 'i');

function readList(lines: readonly string[], start: number): RecipientFacts[] {
  const entries: Array<{ recipient: string; parts: string[] }> = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) break;
    const indent = /^\s*/.exec(line)![0].length;
    const address = indent <= 2 ? findAddress(line) : null;
    if (address) {
      if (entries.length >= RECIPIENTS_READ) break;
      // "a@x: reason" or "a@x <b@y>: reason" on the same line: keep what follows
      const rest = line.trim().replace(/^\S+(?:\s+<[^>]*>)?:?\s*/, '');
      entries.push({ recipient: address, parts: rest ? [rest] : [] });
    } else if (entries.length) {
      entries[entries.length - 1]!.parts.push(line.trim());
    }
  }
  return entries.map((e) => {
    const facts = toFacts({ recipient: e.recipient, text: e.parts.join(' '), action: 'failed' });
    if (/^unrouteable address\.?$/i.test(facts.text.trim())) {
      facts.reasonHint = 'hostunknown';
      facts.hintRule = 'exim:unrouteable-domain';
    }
    return facts;
  });
}

export const mailruDecoder: Decoder = {
  id: 'mailru',
  decode(doc: BounceDoc) {
    const from = (doc.headers.get('from') ?? '').toLowerCase();
    if (!from.includes('@corp.mail.ru') && !SIGNED.test(doc.notice)) return null;
    const lines = noticeLines(doc);
    for (const head of HEADS) {
      const start = lines.findIndex((l) => head.test(l));
      if (start < 0) continue;
      const found = readList(lines, start);
      if (found.length) return found;
    }
    return null;
  },
};
