// Bounce events of e-mail sending services pasted as JSON (a webhook's body, an export of events):
// one event per recipient, with the remote server's reply when the service kept it. Which fields hold
// what is src/knowledge/esp-events.ts; this only walks the JSON.
import {
  ARF_FEEDBACK_TYPES, COMPLAINT_EVENTS, ESP_EVENT_FORMATS, NOT_FAILURE_EVENTS, OPT_OUT_EVENTS, SERVICE_DECIDES, type DocumentedValues, type EspEventFormat, type ListWords,
} from '../knowledge/esp-events.js';
import type { Reason } from '../types.js';
import { MAX_MESSAGE_BYTES } from '../message/limits.js';
import { eventDate } from './event-date.js';
import { writtenRecipient } from './find-address.js';
import { findReplyCode, findStatus, isBareReplyCode, isBareStatus } from './find-codes.js';
import { jsonValueEnd } from './json-brackets.js';
import { stripType } from './parse-dsn-fields.js';
import { readSubscriptionRecord } from './esp-subscriptions.js';
import { snsEnvelope, type SnsConfirmation } from './sns-envelope.js';
import { hasOwn } from '../own-key.js';

export interface EspEvent {
  /** The service whose fields were read (an id of ESP_EVENT_FORMATS). */
  service: string;
  recipient: string;
  /** The reply as the service gave it, with a code it kept apart put in front ("550 5.1.1 ..."). */
  text: string;
  /** The recipient complained (marked the message as spam): no reply, a feedback report. */
  complaint: boolean;
  /**
   * With `complaint`: the report's type when it is no spam mark (an unsubscribe, 'opt-out'; an opt-out
   * of some of a list's topics only, 'opt-out-topic'); else 'abuse'.
   */
  feedbackType?: 'opt-out' | 'opt-out-topic' | string;
  /** With 'opt-out-topic': the topics the recipient left. */
  topics?: string[];
  /** The service's list the change is about (SES's contactList). */
  list?: string;
  /** A change that is no failure: the service sends to the address again, or the recipient subscribed again. */
  restored?: 'reactivated' | 'resubscribed';
  /** The event names several recipients of one message and not whose change it is: all of them, unread. */
  recipients?: string[];
  /** With an opt-out: the service's name of the event ("group_unsubscribe"), which the evidence names. */
  event?: string;
  /** When the event happened, as a bounce's date is written (src/reply/event-date.ts). */
  date?: string;
  /** A list's row that its own words explain (ui.listRow): a suppression list's entry, a cleaned or unsubscribed contact. */
  words?: ListWords;
  /** The service's documented kind of failure, as a reason, and the value that says it ("suppress-bounce"). */
  reason?: { reason: Reason; value: string };
  /** Whether the service gave up on the recipient ('failed') or still retries ('delayed'), when it says so. */
  action?: 'failed' | 'delayed';
  /** The service judged the address one that cannot receive mail (a hard bounce), whatever reason it kept. */
  hard?: true;
  /**
   * A row whose state is a word no service above documents (CSV): the word, told as it is, since the row
   * is no failure known, nor may it vanish unsaid.
   */
  unknownState?: string;
  /**
   * No recipient's event: a message about the subscription itself (Amazon SNS's confirmation that the
   * endpoint subscribed or unsubscribed), with the topic it names; `recipient` is then "".
   */
  notice?: { sns: SnsConfirmation; topic: string | null };
}

/** What a sending service's events say: the failures, and how many other events (deliveries, opens...) there were. */
export interface EventsReading {
  events: EspEvent[];
  /** Events read that are no failure: the message was delivered, opened, clicked... */
  others: number;
  /** Failures past the reader's limit: counted, not kept. */
  left: number;
}

/** JSON nesting followed (arrays and objects); events sit within five levels in every service above. */
const MAX_DEPTH = 8;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON objects at the start ('{"', '[{"', with white space between): no reply or notice begins so. */
const OPENS_JSON_OBJECTS = /^\s*(?:\[\s*)?\{\s*"/;

/**
 * The events of a JSON text, in order; null when the text is no JSON or holds no event of a service
 * we know; 'broken' for JSON objects cut short (when copied), which no other reading would get right;
 * 'too-large' for JSON objects past MAX_MESSAGE_BYTES, which are not parsed (nor read as other text).
 * Text after the JSON value is left out (Amazon SNS mails a notification with an unsubscribe footer below
 * it), but for JSON objects on the lines after it: JSON Lines (.ndjson, .jsonl), as webhooks' events are
 * saved one per line, each line's object read as the first one; one of them cut short or malformed is
 * 'broken', since the events after it would be lost unsaid.
 */
export function readEspEvents(text: string, limit = Infinity): EventsReading | 'broken' | 'too-large' | null {
  const t = text.trim();
  if (!(t.startsWith('{') || t.startsWith('['))) return null;
  // an export too large to hold parsed: refused whole, as the command line refuses the file, since read
  // as other text its first address would pass for a bounce's, the other events lost unsaid
  if (t.length > MAX_MESSAGE_BYTES) return OPENS_JSON_OBJECTS.test(t) ? 'too-large' : null;
  let end = jsonValueEnd(t);
  // "[BL21] ..." or "[2026-11-28 ...]" are not JSON: read as any other text
  if (end < 0) return OPENS_JSON_OBJECTS.test(t) ? 'broken' : null;
  let json: Json;
  try {
    json = JSON.parse(t.slice(0, end)) as Json;
  } catch {
    return null; // closed but malformed (a mail's line folding inside a string...): other readers may still get it
  }
  const parsed = [json];
  // JSON Lines, or objects one after the other ("}{" as saved webhook bodies are concatenated): the whole
  // text is within MAX_MESSAGE_BYTES (above), as an array's objects are
  for (let values = 1; ; values++) {
    const at = skipSpace(t, end);
    if (at >= t.length) break;
    if (t.charCodeAt(at) !== 0x7b /* { */) {
      // text after a lone value is a footer (Amazon SNS's); after several, or with objects further on,
      // the events after it would be lost unsaid
      if (values > 1 || t.includes('\n{', at)) return 'broken';
      break;
    }
    end = jsonValueEnd(t, at);
    if (end < 0) return 'broken';
    try {
      json = JSON.parse(t.slice(at, end)) as Json;
    } catch {
      return 'broken';
    }
    parsed.push(json);
  }
  const first = readValues(parsed, limit, null);
  // an event whose name several services use ("deferred": SendGrid's and Brevo's), or none names as its
  // own, is read again as the one service the file's other events name alone is
  const { events, others, left } = first.guessed && first.named.size === 1 ? readValues(parsed, limit, [...first.named][0]!) : first;
  const reading: EventsReading = { events, others, left };
  return reading.events.length || reading.others || reading.left ? reading : null;
}

/** The first character at or after `from` that is no space, tab or line end. */
function skipSpace(text: string, from: number): number {
  let at = from;
  for (let c = text.charCodeAt(at); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = text.charCodeAt(++at));
  return at;
}

/** A reading, with the services its events named as theirs alone (indexes of ESP_EVENT_FORMATS), and whether some did not. */
interface Walk extends EventsReading {
  named: Set<number>;
  guessed: boolean;
}

/** The events of the JSON values; an event that no service alone names is read first as `prefer`'s, when it can be. */
function readValues(values: readonly Json[], limit: number, prefer: number | null): Walk {
  const out: Walk = { events: [], others: 0, left: 0, named: new Set(), guessed: false };
  for (const json of values) walk(json, [], 0, out, limit, prefer);
  return out;
}

/** Depth-first, in document order; `ancestors` are the enclosing objects, nearest last; failures past `limit` only counted. */
function walk(value: Json, ancestors: JsonObject[], depth: number, out: Walk, limit: number, prefer: number | null): void {
  // no cap on the events: the input's size bounds them (MAX_MESSAGE_BYTES), and none may be dropped unsaid
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) walk(item, ancestors, depth + 1, out, limit, prefer);
    return;
  }
  if (!isObject(value)) return;
  // Amazon SNS's envelope (SES's notifications as an HTTP endpoint, a queue or a file gets them): the
  // message inside, its string parsed; a confirmation of the subscription is told as what it is
  const envelope = snsEnvelope(value);
  if (envelope) {
    if ('confirmation' in envelope) {
      const notice: EspEvent = { service: 'sns', recipient: '', text: '', complaint: false, notice: { sns: envelope.confirmation, topic: envelope.topic } };
      if (out.events.length < limit) out.events.push(notice);
      else out.left++;
      return;
    }
    let inner: Json = null;
    try {
      inner = JSON.parse(envelope.message) as Json;
    } catch {
      // a message that is no JSON: no service's event
    }
    const before = out.events.length + out.others + out.left;
    walk(inner, [], depth + 1, out, limit, prefer);
    // a notification read as no event is still none of a recipient: never its sender's or ids' addresses
    if (out.events.length + out.others + out.left === before) out.others++;
    return;
  }
  // records whose fields are no failure's (Postmark's SubscriptionChange, SES's Subscription and Reject)
  const own = readSubscriptionRecord(value);
  if (own) {
    for (const e of own) {
      if (out.events.length < limit) out.events.push(e);
      else out.left++;
    }
    return;
  }
  // the recipient and event name each format reads in this object, looked up once
  const heads = ESP_EVENT_FORMATS.map((format) => eventHead(value, ancestors, format));
  if (heads.every((h) => h === null) && isLoneOtherEvent(value)) {
    out.others++;
    return;
  }
  // first the service whose own event this is (Brevo's "blocked" or "spam" is no SendGrid event), then
  // any; of several that name it (SendGrid's and Brevo's "deferred"), the file's service when known
  const owners = heads.flatMap((h, i) => (h?.own ? [i] : []));
  if (owners.length === 1) out.named.add(owners[0]!);
  const start = prefer !== null && (owners.includes(prefer) || (!owners.length && heads[prefer])) ? prefer : owners[0] ?? 0;
  for (let n = 0; n < heads.length; n++) {
    // `start` first, then the others in the table's order
    const i = n === 0 ? start : n <= start ? n - 1 : n;
    const head = heads[i];
    const read = head ? readEvent(value, ESP_EVENT_FORMATS[i]!, head) : null;
    if (read === 'not-failure') {
      out.others++;
      return;
    }
    if (read) {
      if (owners.length !== 1) out.guessed = true;
      if (out.events.length < limit) out.events.push(read);
      else out.left++;
      return;
    }
  }
  const inner = [...ancestors, value];
  for (const key of Object.keys(value)) walk(value[key]!, inner, depth + 1, out, limit, prefer);
}

/** The event fields of the formats that name their events alone (eventAlone). */
const LONE_EVENT_FIELDS: readonly (readonly string[])[] = ESP_EVENT_FORMATS.flatMap((f: EspEventFormat) => (f.eventAlone ? [f.event] : []));

/** An event of a format that names its events alone that is no failure: a delivery, an open... */
function isLoneOtherEvent(obj: JsonObject): boolean {
  return LONE_EVENT_FIELDS.some((fields) => {
    const name = firstString(obj, fields)?.toLowerCase();
    return name !== undefined && NOT_FAILURE_EVENTS.has(name);
  });
}

/** What a format reads first in an object: its recipient, and the event's name with whether the format calls it a failure. */
interface EventHead {
  address: string;
  /** The object and the two around it, nearest first. */
  around: JsonObject[];
  name: string | undefined;
  /** The format names this event one of its failures (then it is one even without a reply). */
  failure: boolean;
  /** The format names this event as its own: a failure, a complaint or an unsubscribe of its documented names. */
  own: boolean;
}

function eventHead(obj: JsonObject, ancestors: JsonObject[], format: EspEventFormat): EventHead | null {
  const recipient = firstString(obj, format.recipient);
  const address = recipient ? writtenRecipient(recipient) : null;
  if (!address) return null;
  // the event's name is beside the recipient, or in an object around it (Mandrill's "msg", SES's "bounce")
  const around = [obj, ...ancestors.slice(-2).reverse()];
  const name = around.slice(format.eventAround ? 1 : 0).map((o) => firstString(o, format.event)).find((v) => v !== null)?.toLowerCase();
  const failure = name !== undefined && format.failures.includes(name);
  const own = failure || (name !== undefined && (format.complaints.includes(name) || format.optOuts.includes(name)));
  return { address, around, name, failure, own };
}

/** The event `obj` holds in the format's fields: null when it holds none, 'not-failure' for a delivery, an open... */
function readEvent(obj: JsonObject, format: EspEventFormat, { address, around, name, failure }: EventHead): EspEvent | 'not-failure' | null {
  if (name && NOT_FAILURE_EVENTS.has(name)) return 'not-failure';
  // when it happened: beside the event's name (Mandrill's "ts" is the event's, its "msg.ts" the sending's)
  const date = firstDate(around.slice(format.eventAround ? 1 : 0), format.dates);
  const when = date ? { date } : {};
  const documented = format.reasons && documentedValue(around, format.reasons);
  // a value the service decides itself beside a complaint's name says it is none (SES's complaint of an
  // address on the suppression list: the message went to no one, so no one complained of it)
  const notComplaint = documented && format.reasons?.decided?.includes(documented.value);
  if (name && COMPLAINT_EVENTS.has(name) && !notComplaint) {
    // the provider's report type, when the service kept it: a not-spam or authentication report is no complaint
    const type = format.feedbackTypes && firstIn(around, format.feedbackTypes)?.toLowerCase();
    const feedback = type && type !== 'abuse' && ARF_FEEDBACK_TYPES.has(type) ? { feedbackType: type } : {};
    return { service: format.id, recipient: address, text: '', complaint: true, ...feedback, ...when };
  }
  // an unsubscribe: an opt-out to honour, as a reply saying "SAIR" is
  if (name && (OPT_OUT_EVENTS.has(name) || format.optOuts.includes(name))) {
    return { service: format.id, recipient: address, text: '', complaint: true, feedbackType: 'opt-out', event: name, ...when };
  }
  // the reply is beside the recipient or one level down (Mailgun's "delivery-status"), or in the latest
  // entry of a list one level down (Mandrill's "smtp_events" of a deferral: the reply of its last attempt)
  const places = [obj, ...Object.values(obj).flatMap((v) => (isObject(v) ? [v] : Array.isArray(v) ? v.slice(-1).filter(isObject) : []))];
  const said = firstIn(places, format.diagnostic);
  const text = eventText(format.codes.map((f) => firstIn(places, [f])), said);
  // an event the service names a failure is one even without a reply: what it documents, else no reason known
  if (!text && !failure && !notComplaint) return null;
  // the documented value is the reason without a reply's words (a bare "4.4.1" says less than SES's delayType
  // MailboxFull), or beside them when the service decided itself, or when the words are that value
  // (SendGrid's dropped "Invalid": the service's word, no server's reply)
  const decided = documented && (!text || !said || SERVICE_DECIDES.has(documented.found) || text.toLowerCase() === documented.value ||
    format.reasons?.decided?.includes(documented.value));
  const reason = decided ? { reason: documented.found, value: documented.value } : !text ? { reason: 'undefined' as const, value: name! } : undefined;
  const action = format.actions && documentedValue(around, format.actions)?.found;
  const words = format.words && documentedValue(around, format.words)?.found;
  const hard = format.hard && documentedValue(around, format.hard)?.found;
  return {
    service: format.id, recipient: address, text, complaint: false, ...(reason && { reason }), ...(action && { action }), ...(words && { words }),
    ...(hard && { hard }), ...when,
  };
}

/** The first of the date fields, nearest object first, that holds a date eventDate reads. */
function firstDate(around: JsonObject[], fields: readonly string[]): string | null {
  for (const field of fields) {
    for (const o of around) {
      const value = firstString(o, [field]);
      const date = value === null ? null : eventDate(value);
      if (date) return date;
    }
  }
  return null;
}

/** The first of the fields, nearest object first, whose value the service documents; with that value (lower case). */
function documentedValue<T>(around: JsonObject[], documented: DocumentedValues<T>): { found: T; value: string } | null {
  for (const field of documented.fields) {
    for (const o of around) {
      const value = firstString(o, [field])?.toLowerCase();
      if (value !== undefined && hasOwn(documented.values, value)) return { found: documented.values[value]!, value };
    }
  }
  return null;
}

/**
 * An event's reply as one text: the words (without a DSN type, "smtp;"), and in front the codes the
 * service kept apart, unless the words hold one already. SMTP codes only: Mailgun's own 605
 * ("previously bounced address") is no reply code. "" when there is neither.
 */
export function eventText(codes: readonly (string | null)[], words: string | null): string {
  const diagnostic = stripType(words ?? '');
  const missing = codes.filter((c): c is string => c !== null && (isBareReplyCode(c) ? !findReplyCode(diagnostic) : isBareStatus(c) && !findStatus(diagnostic)));
  return [...missing, diagnostic].filter(Boolean).join(' ');
}

/** The first of the fields that holds a non-empty string (or a number, written as a string). */
function firstString(obj: JsonObject, fields: readonly string[]): string | null {
  for (const f of fields) {
    const v = obj[f];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return null;
}

function firstIn(places: JsonObject[], fields: readonly string[]): string | null {
  for (const f of fields) {
    for (const p of places) {
      const v = firstString(p, [f]);
      if (v !== null) return v;
    }
  }
  return null;
}
