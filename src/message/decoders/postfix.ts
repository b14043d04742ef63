// Postfix bounces: "This is the mail system at host X." (or "This is the Postfix program at host X."),
// one paragraph per recipient ("<a@x>: host H[ip] said: 550 ... (in reply to RCPT TO command)"),
// usually with a DSN part; and the "Transcript of session follows." reports sent to the postmaster
// ("In: RCPT TO:<a@x>" / "Out: 550 ...").
import { findAddress } from '../../reply/find-address.js';
import { findCommand } from '../../reply/find-command.js';
import { hostName } from '../../reply/parse-log-line.js';
import { findStrongPhrase } from '../../classify/find-phrase.js';
import { DNS_TRY_AGAIN } from '../../knowledge/phrases/networkerror.js';
import { RECIPIENTS_READ } from '../limits.js';
import type { BounceDoc, Decoder, RecipientFacts } from '../types.js';
import { joinDsn, toFacts, type Draft, type NoticeReading } from './lhost-common.js';
import { deliveryStatusLower, noticeLines, noticeLower } from '../notice-views.js';

const MARKERS = ['this is the mail system at host', 'this is the postfix program at host'];

/**
 * "<a@x>: text" or "<a@x> (expanded from <b@y>): text", at the start of a line (indented lines continue);
 * b@y, an alias or a forward, is the address the sender wrote.
 */
const RECIPIENT_LINE = /^<([^<>\s@]*@[^<>\s]+)>(?: ?\(expanded from <([^>]*)>\))?:(.*)$/;

/** A recipient line cut after "(expanded from". */
const WRAPPED_EXPANSION = /^<[^<>\s@]*@[^<>\s]+> ?\(expanded from$/;

function readNotice(lines: readonly string[]): NoticeReading {
  const out: NoticeReading = new Map();
  let current: { address: string; expandedFrom: string | null; parts: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    const text = current.parts.join(' ');
    const draft: Draft = { recipient: current.address, text: text.replace(/^host\s+\S+\s+said:\s*/i, ''), originalRecipient: current.expandedFrom };
    const host = /^host +([^\s[]+)(?:\[[^\]\s]*\])? +said:/i.exec(text.trim());
    if (host) draft.remoteHost = hostName(host[1]!);
    draft.command = findCommand(text.toLowerCase());
    if (!out.has(current.address.toLowerCase())) out.set(current.address.toLowerCase(), draft);
    current = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let m = RECIPIENT_LINE.exec(line.trimEnd());
    // Postfix wraps a long recipient line inside its "(expanded from" part: "<a@x> (expanded from" then
    // "    <b@y>): text" on the next, indented line
    if (!m && WRAPPED_EXPANSION.test(line.trimEnd()) && /^\s+</.test(lines[i + 1] ?? '')) {
      m = RECIPIENT_LINE.exec(`${line.trim()} ${lines[i + 1]!.trim()}`);
      if (m) i++;
    }
    if (m) {
      flush();
      if (out.size >= RECIPIENTS_READ) break;
      current = { address: m[1]!, expandedFrom: m[2] || null, parts: [m[3]!.trim()] };
    } else if (current) {
      if (!line.trim()) flush();
      else current.parts.push(line.trim());
    }
  }
  flush();
  return out;
}

/** The postmaster copy: the last error reply of the transcript, the command it answered, the RCPT TO address. */
function readTranscript(lines: readonly string[]): RecipientFacts[] | null {
  const start = lines.findIndex((l) => /^\s*transcript of session follows\.?\s*$/i.test(l));
  if (start < 0) return null;
  let command: string | null = null;
  let recipient: string | null = null;
  let failure: { text: string; command: string | null } | null = null;
  let inCommand = '';
  for (const line of lines.slice(start + 1)) {
    const m = /^\s*(In|Out):(.*)$/.exec(line);
    if (!m) {
      if (/^\s{2,}\S/.test(line) && inCommand) inCommand += ' ' + line.trim();
      continue;
    }
    if (m[1] === 'In') {
      inCommand = m[2]!.trim();
      command = findCommand(`>>> ${inCommand.toLowerCase()}`) ?? command;
      if (/^rcpt to:/i.test(inCommand)) recipient = findAddress(inCommand) ?? recipient;
    } else if (/^[45]\d\d[ -]/.test(m[2]!.trim())) {
      failure = { text: m[2]!.trim(), command };
    }
  }
  if (!failure) return null;
  return [toFacts({ recipient, text: failure.text, command: failure.command })];
}

export const postfixDecoder: Decoder = {
  id: 'postfix',
  decode(doc: BounceDoc) {
    const lower = noticeLower(doc);
    const ds = deliveryStatusLower(doc);
    const isPostfix = MARKERS.some((m) => lower.includes(m)) || ds.includes('x-postfix-queue-id:');
    if (!isPostfix) {
      if (doc.subject.toLowerCase().startsWith('postfix smtp server: errors from')) return readTranscript(noticeLines(doc));
      return null;
    }
    const notice = readNotice(noticeLines(doc));
    const found = joinDsn(doc, notice, (entry, draft) => {
      const lowerText = draft.text.toLowerCase();
      if (DNS_TRY_AGAIN.some((p) => lowerText.includes(p))) {
        draft.reasonHint = 'networkerror';
        draft.hintRule = 'postfix:dns-try-again';
      } else if (entry.diagnosticType === 'x-unix' && !findStrongPhrase(lowerText)) {
        // a local delivery program (pipe, maildrop, procmail) failed: the mailer's own error
        draft.reasonHint = 'mailererror';
        draft.hintRule = 'postfix:x-unix';
      }
    });
    if (!doc.deliveryStatus) {
      for (const r of found) {
        const lowerText = r.text.toLowerCase();
        if (DNS_TRY_AGAIN.some((p) => lowerText.includes(p))) {
          r.reasonHint = 'networkerror';
          r.hintRule = 'postfix:dns-try-again';
        }
      }
    }
    return found.length ? found : null;
  },
};

