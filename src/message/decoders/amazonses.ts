// Amazon SES (and Amazon WorkMail, which sends through SES).
//
// 1. JSON notifications: SES publishes bounces, complaints and deliveries as JSON, delivered by SNS
//    (an e-mail subscription gets the JSON as the body, either bare or inside the SNS envelope
//    {"Type":"Notification","Message":"<the JSON as a string>"}), or pasted by a user from a queue or
//    a log. Documented at https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html:
//    "notificationType" (or "eventType" for event publishing) is Bounce, Complaint or Delivery;
//    bounce.bouncedRecipients[] carry emailAddress, action, status and diagnosticCode;
//    complaint.complainedRecipients[] and complaintFeedbackType; delivery.recipients[] and smtpResponse.
// 2. SES's own DSN when it gave up: "554 4.4.7 Message expired: unable to deliver in 840 minutes.
//    <421 4.4.2 Connection timed out>": the reply in angle brackets is the remote server's last answer,
//    the cause of the expiry; its codes are the ones to explain.
import { findAddress, writtenRecipient } from '../../reply/find-address.js';
import { findReplyCode, findStatus, normaliseStatus } from '../../reply/find-codes.js';
import { stripType } from '../../reply/parse-dsn-fields.js';
import type { Reason } from '../../types.js';
import { parseDsn } from '../decode-dsn.js';
import { RECIPIENTS_READ } from '../limits.js';
import { deliveryStatusLower } from '../notice-views.js';
import type { BounceDoc, Decoder, RecipientFacts } from '../types.js';
import { toFacts } from './lhost-common.js';
import { ESP_EVENT_FORMATS, type ListWords } from '../../knowledge/esp-events.js';
import { readSubscriptionRecord } from '../../reply/esp-subscriptions.js';
import { snsEnvelope } from '../../reply/sns-envelope.js';
import { hasOwn } from '../../own-key.js';

/** Longest JSON text we try to parse. */
const MAX_JSON = 256 * 1024;

/** bounceType/bounceSubType pairs whose meaning SES documents precisely; "General" says nothing. */
const SUBTYPE_REASONS: Readonly<Record<string, Reason>> = {
  'permanent/noemail': 'userunknown',
  'permanent/suppressed': 'suppressed',
  'permanent/onaccountsuppressionlist': 'suppressed',
  // SES sent nothing: the recipient unsubscribed from the account's contact list (its list management)
  'permanent/unsubscribedrecipient': 'suppressed',
  'transient/mailboxfull': 'mailboxfull',
  'transient/messagetoolarge': 'emailtoolarge',
};

/** Subtypes that say what the receiver refused, taken when no reply tells more (as the events reader does). */
const NO_REPLY_SUBTYPE_REASONS: Readonly<Record<string, Reason>> = {
  'transient/contentrejected': 'policyviolation',
  'transient/attachmentrejected': 'policyviolation',
};

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/**
 * Parses the JSON object that starts at the first "{". Mail transport may have wrapped its long
 * line: Sendmail breaks over-long lines with "!" + newline + space, others with a bare newline; JSON
 * has no raw newline inside its strings, so the breaks are taken out before a second try.
 */
function parseJson(text: string): Json | null {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start || end - start > MAX_JSON) return null;
  const body = text.slice(start, end + 1);
  for (const candidate of [body, body.replace(/!\r?\n /g, ''), body.replace(/!?\r?\n[ \t]?/g, '')]) {
    try {
      const value: unknown = JSON.parse(candidate);
      if (isObject(value)) return value;
    } catch {
      // try the next repair
    }
  }
  return null;
}

/** The SES notification, unwrapped from the SNS envelope when there is one. */
function notification(text: string): Json | null {
  if (!text.includes('notificationType') && !text.includes('eventType')) return null;
  let json = parseJson(text);
  const envelope = json && snsEnvelope(json);
  if (envelope) json = 'message' in envelope ? parseJson(envelope.message) : null;
  if (!json) return null;
  const type = str(json.notificationType) || str(json.eventType);
  return type ? json : null;
}

function fromBounce(json: Json): RecipientFacts[] {
  const bounce = isObject(json.bounce) ? json.bounce : {};
  const bounceType = str(bounce.bounceType).toLowerCase();
  const subtype = `${bounceType}/${str(bounce.bounceSubType).toLowerCase()}`;
  const documented = SUBTYPE_REASONS[subtype];
  const list = Array.isArray(bounce.bouncedRecipients) ? bounce.bouncedRecipients : [];
  const out: RecipientFacts[] = [];
  for (const r of list.slice(0, RECIPIENTS_READ)) {
    if (!isObject(r)) continue;
    const diagnostic = stripType(str(r.diagnosticCode));
    const hint = documented ?? (diagnostic ? undefined : NO_REPLY_SUBTYPE_REASONS[subtype]);
    const facts = toFacts({
      recipient: writtenRecipient(str(r.emailAddress)),
      text: diagnostic,
      status: normaliseStatus(str(r.status)) || findStatus(diagnostic),
      replyCode: findReplyCode(diagnostic),
      action: str(r.action).toLowerCase() || (str(bounce.bounceType) === 'Transient' ? 'delayed' : 'failed'),
      date: str(bounce.timestamp) || null,
    });
    if (hint) {
      facts.reasonHint = hint;
      facts.hintRule = `amazonses:${subtype}`;
    }
    // a subtype told in its own words (the recipient unsubscribed: SES sent nothing), as the events reader does
    const own = str(bounce.bounceSubType).toLowerCase();
    if (documented && hasOwn(DELAY_WORDS, own)) facts.words = DELAY_WORDS[own];
    // bounceType Permanent (General, or a subtype with no reason of its own): SES judged the address one to
    // remove, as its events reader has it; a reply that says why still decides
    if (hasOwn(SES_HARD, bounceType)) facts.hard = { rule: 'esp:amazonses:hard-bounce' };
    out.push(facts);
  }
  return out;
}

const SES_EVENTS = ESP_EVENT_FORMATS.find((f) => f.id === 'amazonses')!;
/** SES's bounceType values (lower case) that are its hard bounce: "remove the recipient's email address from your mailing list". */
const SES_HARD: Readonly<Record<string, true>> = SES_EVENTS.hard.values;
/** SES's documented delayType values (lower case) that give a reason, as its event rows read them. */
const DELAY_REASONS: Readonly<Record<string, Reason>> = SES_EVENTS.reasons.values;
/** delayType values that are SES's own delay, and bounceSubType values, told in their own words (ui.listRow). */
const DELAY_WORDS: Readonly<Record<string, ListWords>> = SES_EVENTS.words.values;

/** A DeliveryDelay: SES still retries each delayed recipient; its delayType tells why when no reply does. */
function fromDelay(json: Json): RecipientFacts[] {
  const delay = isObject(json.deliveryDelay) ? json.deliveryDelay : {};
  const delayType = str(delay.delayType).toLowerCase();
  const hint = hasOwn(DELAY_REASONS, delayType) ? DELAY_REASONS[delayType] : undefined;
  const list = Array.isArray(delay.delayedRecipients) ? delay.delayedRecipients : [];
  return list.slice(0, RECIPIENTS_READ).filter(isObject).map((r) => {
    const diagnostic = stripType(str(r.diagnosticCode));
    const facts = toFacts({
      recipient: writtenRecipient(str(r.emailAddress)), text: diagnostic, status: normaliseStatus(str(r.status)) || findStatus(diagnostic),
      replyCode: findReplyCode(diagnostic), action: 'delayed', date: str(delay.timestamp) || null,
    });
    if (hint && !diagnostic) {
      facts.reasonHint = hint;
      facts.hintRule = `amazonses:deliverydelay:${delayType}`;
      if (hasOwn(DELAY_WORDS, delayType)) facts.words = DELAY_WORDS[delayType];
    }
    return facts;
  });
}

/**
 * A Reject, Rendering Failure or Subscription event, read as the events reader reads them (src/reply/esp-subscriptions.ts):
 * failures and opt-outs; a subscription that is no opt-out, or whose recipient is unclear, gives none.
 */
function fromMessageEvent(json: Json): RecipientFacts[] {
  const events = readSubscriptionRecord(json as Parameters<typeof readSubscriptionRecord>[0]) ?? [];
  return events.filter((e) => !e.restored && !e.recipients && (e.complaint || e.reason)).slice(0, RECIPIENTS_READ).map((e) => ({
    recipient: e.recipient, text: e.text, status: '', replyCode: '', command: null, remoteHost: null, action: e.action ?? null, date: e.date ?? null,
    ...(e.words && { words: e.words }),
    ...(e.complaint
      ? { reasonHint: 'feedback' as const, hintRule: `amazonses:${e.event ?? 'complaint'}`, feedbackType: e.feedbackType ?? 'abuse' }
      : { reasonHint: e.reason!.reason, hintRule: `amazonses:${e.reason!.value}` }),
  }));
}

function fromComplaint(json: Json): RecipientFacts[] {
  const complaint = isObject(json.complaint) ? json.complaint : {};
  const feedbackType = str(complaint.complaintFeedbackType).toLowerCase() || 'abuse';
  const list = Array.isArray(complaint.complainedRecipients) ? complaint.complainedRecipients : [];
  // complaintSubType OnAccountSuppressionList: SES sent nothing to an address on the account's suppression list, no new complaint
  const suppressed = str(complaint.complaintSubType).toLowerCase() === 'onaccountsuppressionlist';
  return list.slice(0, RECIPIENTS_READ).filter(isObject).map((r) => ({
    recipient: writtenRecipient(str(r.emailAddress)),
    text: '', status: '', replyCode: '', command: null, remoteHost: null, action: null,
    ...(suppressed
      ? { reasonHint: 'suppressed' as const, hintRule: 'amazonses:complaint:onaccountsuppressionlist' }
      : { reasonHint: 'feedback' as const, hintRule: `amazonses:complaint:${feedbackType}`, feedbackType }),
    date: str(complaint.timestamp) || null,
  }));
}

function fromDelivery(json: Json): RecipientFacts[] {
  const delivery = isObject(json.delivery) ? json.delivery : {};
  const response = str(delivery.smtpResponse);
  const list = Array.isArray(delivery.recipients) ? delivery.recipients : [];
  return list.slice(0, RECIPIENTS_READ).map((r) => {
    const facts = toFacts({ recipient: findAddress(str(r)), text: response, action: 'delivered', date: str(delivery.timestamp) || null });
    facts.reasonHint = 'delivered';
    facts.hintRule = 'amazonses:delivery';
    return facts;
  });
}

/** "Message expired: unable to deliver in N minutes.<421 4.4.2 Connection timed out>" */
const EXPIRED_WITH_LAST_REPLY = /unable to deliver in \d+ minutes\.?\s*<\s*([245]\d\d)[ -]((?:[245]\.\d{1,3}\.\d{1,3})?)/i;

function fromDsn(doc: BounceDoc): RecipientFacts[] | null {
  const ds = doc.deliveryStatus ?? '';
  if (!deliveryStatusLower(doc).includes('amazonses.com')) return null;
  if (!/^reporting-mta:.*amazonses\.com/im.test(ds) || !EXPIRED_WITH_LAST_REPLY.test(ds)) return null;
  const found = parseDsn(ds);
  for (const r of found) {
    const m = EXPIRED_WITH_LAST_REPLY.exec(r.text);
    if (!m) continue;
    r.replyCode = m[1]!;
    r.status = m[2] || (r.status && r.status[0] === m[1]![0] ? r.status : '');
  }
  return found.length ? found : null;
}

export const amazonsesDecoder: Decoder = {
  id: 'amazonses',
  decode(doc: BounceDoc) {
    const json = notification(doc.notice);
    if (!json) return fromDsn(doc);
    const type = (str(json.notificationType) || str(json.eventType)).toLowerCase();
    let found: RecipientFacts[] = [];
    if (type === 'bounce') found = fromBounce(json);
    else if (type === 'complaint') found = fromComplaint(json);
    else if (type === 'delivery') found = fromDelivery(json);
    else if (type === 'deliverydelay') found = fromDelay(json);
    // Reject, Rendering Failure, Subscription: the events reader knows them (others give none)
    else found = fromMessageEvent(json);
    return found.length ? found : null;
  },
};
