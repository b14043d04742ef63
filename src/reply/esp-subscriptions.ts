// Sending services' events whose fields are no failure's: Postmark's SubscriptionChange, and Amazon SES's
// Subscription, Reject and Rendering Failure, which name the message's recipients only in mail.destination. Each record read
// gives its events (one per recipient), so that none is lost unsaid. Field names: src/knowledge/esp-events.ts.
import { POSTMARK_SUBSCRIPTION as PM, SES_MESSAGE_EVENTS as SES } from '../knowledge/esp-events.js';
import { eventDate } from './event-date.js';
import { writtenRecipient } from './find-address.js';
import type { EspEvent } from './esp-events.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The events of one of these records, or null when `obj` is none (read as any other event). */
export function readSubscriptionRecord(obj: JsonObject): EspEvent[] | null {
  const recordType = text(obj.RecordType);
  if (recordType?.toLowerCase() === PM.recordType) return postmarkChange(obj);
  const sesType = text(obj[SES.event[0]]) ?? text(obj[SES.event[1]]);
  if (!sesType) return null;
  const type = sesType.toLowerCase();
  if (type === SES.subscription && isObject(obj[SES.subscription])) return sesSubscription(obj, obj[SES.subscription] as JsonObject);
  if (type === SES.reject && isObject(obj[SES.reject])) return sesReject(obj, obj[SES.reject] as JsonObject);
  if (type.replace(/\s+/g, ' ') === SES.renderingFailure && isObject(obj[SES.failure])) return sesNotRendered(obj, obj[SES.failure] as JsonObject);
  return null;
}

function postmarkChange(obj: JsonObject): EspEvent[] | null {
  const written = text(obj[PM.recipient]);
  const recipient = written ? writtenRecipient(written) : null;
  const suppress = obj[PM.suppress];
  // no recipient or no SuppressSending: not this webhook's record; read as any other event
  if (!recipient || typeof suppress !== 'boolean') return null;
  const date = eventDate(text(obj[PM.date]) ?? '');
  const base = { service: 'postmark', recipient, text: '', complaint: false, ...(date && { date }) };
  if (!suppress) return [{ ...base, restored: 'reactivated' }];
  const why = text(obj[PM.reason])?.toLowerCase();
  if (why === PM.complained) return [{ ...base, complaint: true }];
  if (why === PM.unsubscribed && text(obj[PM.origin])?.toLowerCase() === PM.byRecipient) {
    return [{ ...base, complaint: true, feedbackType: 'opt-out', event: PM.unsubscribed }];
  }
  // suppressed after a hard bounce, or by hand (by the account or by Postmark): it no longer sends to it
  const words = why === PM.bounced ? 'suppressedAfterBounce' : 'suppressedByHand';
  return [{ ...base, reason: { reason: 'suppressed', value: why ?? 'subscriptionchange' }, action: 'failed', words }];
}

/** The message's recipients (mail.destination), as written. */
function destinations(obj: JsonObject): string[] {
  const mail = obj[SES.recipients[0]];
  const list = isObject(mail) ? mail[SES.recipients[1]] : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((v) => {
    const address = text(v) && writtenRecipient(text(v)!);
    return address ? [address] : [];
  });
}

function sesSubscription(obj: JsonObject, sub: JsonObject): EspEvent[] | null {
  const to = destinations(obj);
  if (!to.length) return null;
  const date = eventDate(text(sub[SES.date]) ?? '');
  const list = text(sub[SES.list]);
  const base = { service: 'amazonses', recipient: to[0]!, text: '', complaint: false, ...(date && { date }), ...(list && { list }) };
  // the change is one contact's, and the event names it only as the message's recipient
  if (to.length > 1) return [{ ...base, recipients: to }];
  const now = sub[SES.preferences];
  const prefs = isObject(now) ? now : {};
  if (prefs[SES.all] === true) return [{ ...base, complaint: true, feedbackType: 'opt-out', event: SES.all.toLowerCase() }];
  const statuses = Array.isArray(prefs[SES.topics]) ? (prefs[SES.topics] as Json[]).filter(isObject) : [];
  const topics = statuses.flatMap((t) => (text(t[SES.status])?.toLowerCase() === SES.optOut && text(t[SES.topic]) ? [text(t[SES.topic])!] : []));
  // some topics only: the recipient stays on the list, and wants no mail of these topics
  if (topics.length) return [{ ...base, complaint: true, feedbackType: 'opt-out-topic', event: 'topicsubscriptionstatus', topics }];
  return [{ ...base, restored: 'resubscribed' }];
}

/** The time the message was sent to SES (mail.timestamp), as an event date. */
function mailDate(obj: JsonObject): string | null {
  return eventDate(text(isObject(obj.mail) ? obj.mail[SES.date] : undefined) ?? '');
}

function sesReject(obj: JsonObject, reject: JsonObject): EspEvent[] | null {
  const to = destinations(obj);
  if (!to.length) return null;
  const date = mailDate(obj);
  // SES sent the message to none of its recipients: each of them failed, for the same cause
  return to.map((recipient) => ({
    service: 'amazonses', recipient, text: text(reject[SES.why]) ?? '', complaint: false,
    reason: { reason: 'virusdetected', value: SES.reject }, action: 'failed', words: 'rejectedBySes', ...(date && { date }),
  }));
}

/**
 * A template SES could not fill in: no message was made, so none went out. The fault is the sender's
 * content (Sisimai's contenterror: fixed on the sender's side, then sent again), never the address.
 */
function sesNotRendered(obj: JsonObject, failure: JsonObject): EspEvent[] | null {
  const to = destinations(obj);
  if (!to.length) return null;
  const date = mailDate(obj);
  // SES's own words name the variable or the template at fault ("Attribute 'nome' is not present in the rendering data.")
  const why = text(failure[SES.failureMessage]) ?? text(failure[SES.template]) ?? '';
  return to.map((recipient) => ({
    service: 'amazonses', recipient, text: why, complaint: false,
    reason: { reason: 'contenterror', value: 'renderingfailure' }, action: 'failed', words: 'templateNotRendered', ...(date && { date }),
  }));
}
