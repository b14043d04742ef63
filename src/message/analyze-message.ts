// A bounce e-mail (or a pasted bounce body) -> one Result per recipient.
import { decodeWords } from './encoded-words.js';
import { classify } from '../classify/classify.js';
import { applyServiceHardBounce } from '../classify/service-hard-bounce.js';
import { MAX_EVIDENCE_LENGTH } from '../classify/pattern.js';
import { CATALOGS } from '../i18n/catalog.js';
import { derivedStatus } from '../knowledge/derived-status.js';
import { findAddress } from '../reply/find-address.js';
import { otherAddress } from '../reply/other-address.js';
import { errorResult, markDateNotOwn, notBounceResult, toResult, type MessageInfo, type Result } from '../result.js';
import { DEFAULT_LOCALE, type Evidence, type Facts, type Locale } from '../types.js';
import { arfDecoder } from './decode-arf.js';
import { autoReplyDecoder } from './decode-auto-reply.js';
import { unsubscribeRequestDecoder } from './decode-unsubscribe-request.js';
import { FAMILY_DECODERS } from './decoders/index.js';
import { arrivalDateOf, dsnDecoder, reportingMtaOf, type DsnRecipient } from './decode-dsn.js';
import { decodeTextRecipients, textDecoder } from './decode-text.js';
import { findCommand } from '../reply/find-command.js';
import { isPlaceholder, recipientReply } from './dsn-placeholder.js';
import { readHeaderFields } from './header-block.js';
import { bounceSigns, pastedBounceSigns } from './looks-like-bounce.js';
import { readMessage } from './read-message.js';
import { noticeDigest } from './notice-digest.js';
import { noticeIsWarning } from './delay-markers.js';
import { noticeIsFinal } from './final-markers.js';
import { noticeLines, noticeLower } from './notice-views.js';
import { pastedNotFailure } from './pasted-not-failure.js';
import { readRetryWindow, type RetryWindow } from './retry-window.js';
import type { BounceDoc, Decoder, RecipientFacts } from './types.js';
import { verpRecipient, type Verp } from './verp.js';
import { MAX_RECIPIENTS } from './limits.js';
import { groupDigits } from '../i18n/group-digits.js';

export interface AnalyzeOptions {
  lang?: Locale;
  file?: string | null;
}

export async function analyzeMessage(input: Uint8Array | string, options: AnalyzeOptions = {}): Promise<Result[]> {
  // a family decoder that threw on this message was passed over (decode()): its results say so
  const crashed: Evidence[] = [];
  const results = await analyzeDecoded(input, options, crashed);
  return crashed.length ? results.map((r) => ({ ...r, evidence: [...r.evidence, ...crashed] })) : results;
}

async function analyzeDecoded(input: Uint8Array | string, options: AnalyzeOptions, crashed: Evidence[]): Promise<Result[]> {
  const lang = options.lang ?? DEFAULT_LOCALE;
  const file = options.file ?? null;
  let doc: BounceDoc;
  try {
    doc = await readMessage(input);
  } catch (error) {
    return [errorResult(error instanceof Error ? error.message : String(error), { file, lang }, 'unreadable-message')];
  }
  const found = decode(doc, crashed);
  const info = messageInfo(doc, found?.recipients ?? [], input);
  if (!found) {
    // a delivery report (RFC 3464) that names no recipient was cut short or damaged: no "nothing failed"
    if (isDeliveryReport(doc)) return [errorResult(CATALOGS[lang].ui.damagedReport, { file, lang }, 'damaged-report')];
    // plainly a bounce by its sender or subject ("Undelivered Mail Returned to Sender"), but its body never
    // came: no message that is no bounce, a bounce that cannot be read
    if (!doc.pasted && !doc.notice.trim() && !doc.originalHeaders && bounceSigns(doc) === 'strong') {
      return [errorResult(CATALOGS[lang].ui.emptyNotice, { file, lang, message: info }, 'empty-notice')];
    }
    return [notBounceResult({ file, lang, message: info }, !doc.pasted)];
  }
  // a warning without DSN fields (the server still retries) reports a delay, not a final failure
  const withoutAction = found.recipients.some((r) => !r.action);
  const delayed = withoutAction && noticeIsWarning(noticeLower(doc));
  // the server's own words that it gave up, where no DSN field says so (see final-markers.ts)
  const final = withoutAction && !delayed && noticeIsFinal(noticeLower(doc));
  // for how long the warning says the server keeps trying, read once for all the delayed recipients
  let window: RetryWindow | null | undefined;
  // the report's Arrival-Date (per message), read once for the recipients without a date of their own
  let arrival: string | null | undefined;
  // the subscriber a list's VERP return address names: one recipient per envelope
  const verp = found.verp !== undefined ? found.verp : found.recipients.length === 1 ? verpRecipient(doc) : null;
  // the decoders read one recipient past MAX_RECIPIENTS: when there, the message names more than are reported
  const more = found.recipients.length > MAX_RECIPIENTS;
  const results = found.recipients.slice(0, MAX_RECIPIENTS).map((r) => {
    // a notice that names no recipient: the VERP address names it
    const recipient = r.recipient || (verp?.address ?? null);
    const original = r.originalRecipient ?? verp?.address;
    const facts: Facts = {
      replyCode: r.replyCode, status: r.status, text: r.text, command: r.command, remoteHost: r.remoteHost,
      recipient, action: r.action ?? (delayed ? 'delayed' : final ? 'failed' : null), reasonHint: r.reasonHint ?? null, hintRule: r.hintRule ?? found.decoder,
      feedbackType: r.feedbackType ?? null, relayed: true,
    };
    const verdict = classify(facts);
    // the sending service's own hard bounce, where no reply said why: told in its words, unless the event has its own
    const hard = r.hard ? applyServiceHardBounce(verdict, facts.action, r.hard.rule) : false;
    let statusDerived = false;
    if (!verdict.status) {
      // Sisimai's Exim decoder gives a refusal at MAIL FROM its "onhold" code whatever the reason turns out to be
      const codeReason = found.decoder === 'exim' && r.command === 'MAIL' && verdict.kind !== 'success' ? 'onhold' : verdict.reason;
      verdict.status = derivedStatus(codeReason, verdict.kind === 'transient');
      statusDerived = verdict.status !== '';
    }
    verdict.evidence.unshift({ rule: `decoder:${found.decoder}`, field: 'message', match: recipient ?? '' });
    // the DSN's diagnostic said nothing beyond its status: the reply came from the notice's text
    if (r.placeholder) {
      verdict.evidence.splice(1, 0,
        { rule: 'diagnostic:placeholder', field: 'Diagnostic-Code', match: r.placeholder },
        { rule: 'notice:quoted-reply', field: 'text', match: r.text.slice(0, MAX_EVIDENCE_LENGTH) });
    }
    if (verp && (found.verp || recipient !== r.recipient || (!r.originalRecipient && otherAddress(verp.address, recipient)))) {
      verdict.evidence.push({ rule: 'verp', field: verp.field, match: verp.address });
    }
    if (facts.action === 'delayed' && window === undefined) window = readRetryWindow(noticeLower(doc));
    // the recipient's own date, else the report's Arrival-Date, else the notice's Date (see Result.date)
    const own = r.date?.trim() || null;
    if (!own && arrival === undefined) arrival = doc.deliveryStatus ? arrivalDateOf(doc.deliveryStatus) : null;
    const result = toResult(facts, verdict, {
      file, lang, statusDerived, message: info, date: own ?? arrival ?? info.noticeDate, retryUntil: r.retryUntil ?? null, retryWindow: window ?? null,
      originalRecipient: otherAddress(original, recipient), newAddress: r.newAddress ?? null,
    });
    // a sending service's event in its own words (SES rejected the message itself: no receiving server did)
    const words = r.words ?? (hard ? 'hardBounceByService' : undefined);
    if (words) Object.assign(result, CATALOGS[lang].ui.listRow[words]);
    return own ? result : markDateNotOwn(result);
  });
  if (more) results.push(moreRecipients(lang, file, info));
  return results;
}

/** The last result of a message naming more than MAX_RECIPIENTS recipients: the others were not read. */
function moreRecipients(lang: Locale, file: string | null, message: MessageInfo): Result {
  const words = CATALOGS[lang].ui.moreRecipients;
  const error = words.error(groupDigits(MAX_RECIPIENTS, lang) ?? String(MAX_RECIPIENTS));
  return { ...errorResult(error, { lang, file, message }, 'more-recipients'), summary: words.summary(error), advice: words.advice };
}

interface Decoded {
  decoder: string;
  recipients: RecipientFacts[];
  /** The VERP address that named the recipient a notice did not name. */
  verp?: Verp | null;
}

/**
 * A family decoder's recipients. One that throws (on mail unlike any it was written for) is passed over,
 * so that the generic decoders after it still read the message; its error's message is kept in `crashed`.
 */
function familyDecode(family: Decoder, doc: BounceDoc, crashed: Evidence[]): RecipientFacts[] | null {
  try {
    return family.decode(doc);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    crashed.push({ rule: `decoder:${family.id}:crashed`, field: 'message', match: message.slice(0, MAX_EVIDENCE_LENGTH) });
    return null;
  }
}

function decode(doc: BounceDoc, crashed: Evidence[]): Decoded | null {
  const arf = arfDecoder.decode(doc);
  if (arf) return { decoder: arfDecoder.id, recipients: arf };
  for (const family of FAMILY_DECODERS) {
    const found = familyDecode(family, doc, crashed);
    if (found && found.length) return { decoder: family.id, recipients: found };
  }
  const dsn = dsnDecoder.decode(doc) as DsnRecipient[] | null;
  if (dsn) {
    const named = dsn.map((r) => r.recipient ?? '');
    return { decoder: dsnDecoder.id, recipients: dsn.map((r) => enrich(doc, r, named)) };
  }
  const report = pastedNotFailure(doc);
  if (report) return { decoder: textDecoder.id, recipients: [report] };
  const signs = doc.pasted ? pastedBounceSigns(doc) : bounceSigns(doc);
  // an auto-reply comes with a null Return-Path too: only a clear failure notice outranks it
  if (signs !== 'strong') {
    const auto = autoReplyDecoder.decode(doc);
    if (auto) return { decoder: autoReplyDecoder.id, recipients: auto };
  }
  const bounce = signs !== null;
  if (bounce) {
    const text = textDecoder.decode(doc);
    if (text) return { decoder: textDecoder.id, recipients: text };
  }
  if (bounce && doc.notice.trim()) {
    // a failure notice that names no recipient: still explain it, with the recipient of the original message
    // (the VERP address the bounce came back to, else the returned message's To)
    const original = doc.originalHeaders ? readHeaderFields(doc.originalHeaders) : new Map<string, string>();
    const verp = verpRecipient(doc);
    const one = decodeTextRecipients(doc, [verp?.address ?? findAddress(original.get('to') ?? '') ?? '']).filter((r) => r.recipient);
    if (one.length) return { decoder: textDecoder.id, recipients: one, verp };
  }
  // a person's reply asking to leave the list, or a mail app's unsubscribe button: an opt-out (also
  // when a word of its subject looked like a failure notice's, "Re: Erro no seu pedido?", and none was read)
  const unsubscribe = unsubscribeRequestDecoder.decode(doc);
  if (unsubscribe) return { decoder: unsubscribeRequestDecoder.id, recipients: unsubscribe };
  return null;
}

/** DSN fields give codes; the notification text often holds the words that decide the reason. */
function enrich(doc: BounceDoc, r: DsnRecipient, recipients: readonly string[]): RecipientFacts {
  // a diagnostic that says nothing beyond its status ("400 4.4.7 Message delayed"): the receiving
  // server's reply the text quotes for the recipient is the one to read, with the DSN's Action and dates
  const quoted = r.recipient && r.text && isPlaceholder(r.text, r.status) ? recipientReply(noticeLines(doc), r.recipient, recipients) : null;
  if (quoted) {
    return {
      ...r, text: quoted.text, replyCode: quoted.replyCode, status: quoted.status, command: r.command ?? findCommand(quoted.text.toLowerCase()),
      placeholder: [r.replyCode, r.status, r.text].filter(Boolean).join(' '),
    };
  }
  if (r.text && (r.replyCode || r.text.length > 30)) return r;
  const [fromText] = r.recipient ? decodeTextRecipients(doc, [r.recipient]) : [];
  if (!fromText) return r;
  return {
    ...r,
    text: r.text ? `${r.text} ${fromText.text}` : fromText.text,
    replyCode: r.replyCode || fromText.replyCode,
    status: r.status || fromText.status,
    command: r.command ?? fromText.command,
    remoteHost: r.remoteHost ?? fromText.remoteHost,
  };
}

/** The returned message's fields that identify it in a result. */
const MESSAGE_INFO_FIELDS: ReadonlySet<string> = new Set(['message-id', 'subject', 'from', 'date', 'list-id']);

function messageInfo(doc: BounceDoc, recipients: RecipientFacts[], input: Uint8Array | string): MessageInfo {
  const reporting = recipients.find((r) => (r as DsnRecipient).reportingMta) as DsnRecipient | undefined;
  const o = doc.originalHeaders ? readHeaderFields(doc.originalHeaders, MESSAGE_INFO_FIELDS) : new Map<string, string>();
  const noticeId = doc.headers.get('message-id')?.trim() || null;
  return {
    messageId: o.get('message-id')?.trim() ?? null,
    // RFC 2047 encoded words ("=?UTF-8?Q?Novidades_da_semana?=") as the reader sees them
    subject: decoded(o.get('subject')),
    from: decoded(o.get('from')),
    date: o.get('date')?.trim() ?? null,
    // a family decoder (Postfix, Exim...) keeps only the recipients' fields of the DSN part, not its Reporting-MTA
    reportingMta: reporting?.reportingMta ?? (doc.deliveryStatus ? reportingMtaOf(doc.deliveryStatus) : null),
    listId: listIdOf(o.get('list-id')),
    noticeDate: doc.headers.get('date')?.trim() || null,
    noticeId,
    // only where no Message-ID tells the notice apart: a pass over its bytes
    noticeDigest: noticeId || doc.pasted ? null : noticeDigest(input),
    noticeFrom: findAddress(doc.headers.get('from') ?? ''),
  };
}

/**
 * The list's id of a List-Id field (RFC 2919: "Cats' list <cats.example.com>" -> "cats.example.com"), as
 * Sisimai reads it: the last <...>, or the whole value when it has none; none when the id holds a space.
 */
function listIdOf(value: string | undefined): string | null {
  if (value === undefined) return null;
  const v = value.trim();
  const close = v.lastIndexOf('>');
  const open = v.lastIndexOf('<', close);
  const id = (close > 0 && open >= 0 ? v.slice(open + 1, close) : v).trim();
  return id && !/\s/.test(id) ? id : null;
}

/** A multipart/report of delivery status (RFC 3464 §2), whatever became of its parts. */
function isDeliveryReport(doc: BounceDoc): boolean {
  const type = (doc.headers.get('content-type') ?? '').toLowerCase();
  return type.startsWith('multipart/report') && type.includes('delivery-status');
}

function decoded(value: string | undefined): string | null {
  const v = value?.trim();
  if (!v) return v === undefined ? null : v;
  return v.includes('=?') ? decodeWords(v) : v;
}
