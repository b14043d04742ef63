// Counts over a run: what the closing line, --summary and the HTML report show.
import { afterFixStillQueued, codeOwnWords, feedbackGroup, queueState, shownReasonName } from '../explain/shown-kind.js';
import { readStatus } from '../classify/status-reading.js';
import { PROVIDER_NAMES } from '../knowledge/provider-names.js';
import { isComplaint, REASON_FACTS } from '../knowledge/reasons.js';
import type { ReportKind } from '../i18n/report-text.js';
import { hasError, type MessageInfo, type Result } from '../result.js';
import type { PastedParts } from '../analyze.js';
import type { DeliveryCounts } from '../reply/delivery-counts.js';
import type { Locale, Reason } from '../types.js';
import { CATALOGS } from '../i18n/catalog.js';
import { SIGNATURE_BY_ID } from '../knowledge/signatures/index.js';
import { decidedByCatchAll } from '../classify/catch-all-only.js';
import { RepeatedNotices } from './repeated-notices.js';

/** The fields of a result that the counts and the HTML report use (all a worker thread sends back). */
export type ResultLite = Pick<Result, 'file' | 'bounce' | 'recipient' | 'originalRecipient' | 'reason' | 'kind' | 'hardBounce' | 'retry' | 'summary' | 'lang' | 'error' | 'feedbackType' | 'action' |
  'signature' | 'advice' | 'adminAdvice' | 'actors' | 'newAddress' | 'diagnostic' | 'date' | 'status' | 'evidence'> & {
  /**
   * When the bounce was written (address-lists.ts: a mailbox failing for weeks), which notice it is (one
   * read twice is counted once: repeated-notices.ts) and who wrote it (a reply: address-lists.ts); a
   * whole Result's message does.
   */
  message?: Pick<MessageInfo, 'noticeDate' | 'noticeId' | 'noticeDigest' | 'noticeFrom'> | null;
};

/**
 * What a result asks of the sender:
 * remove: the address failed for good (hard bounce) or the recipient complained;
 * retry: another failure, worth sending again later or once the cause is fixed;
 * info: nothing failed (a delivery report, an automatic reply);
 * notBounce / error: the message is no bounce, or could not be read.
 */
export type Category = 'remove' | 'retry' | 'info' | 'notBounce' | 'error';

/**
 * The reason a count groups a result under: its reason, but feedback by what it is (a spam complaint, an
 * unsubscribe request, an authentication failure report...): a list owner watches the complaint rate
 * (Gmail's and Yahoo's 0.3%), which unsubscribe requests must not swell.
 */
export function reasonKey(r: Pick<Result, 'reason' | 'feedbackType'>): string {
  return r.reason === 'feedback' ? `feedback:${feedbackGroup(r.feedbackType)}` : r.reason;
}

/**
 * The row a result is counted under by reason (Tally.byReason): its reasonKey(), and the name its results
 * show when that is not its reason's (shownReasonName: greylisting's own words are no block, an "expired"
 * deferral the server still retries is no given-up delivery), so that a row reads as its results do.
 */
export function reasonRowKey(r: Pick<ResultLite, 'reason' | 'feedbackType' | 'kind' | 'action' | 'signature' | 'lang' | 'status'>): string {
  const key = reasonKey(r);
  if (r.reason === 'feedback') return key;
  const shown = shownReasonName(r, r.lang);
  return shown === CATALOGS[r.lang].ui.reasonName[r.reason] ? key : `${key}|${shown}`;
}

export function categorize(r: ResultLite): Category {
  if (hasError(r)) return 'error';
  if (!r.bounce) return 'notBounce';
  // not while the sending server still holds the message (a 5xx Postfix keeps queued: soft_bounce)
  if ((r.hardBounce || r.retry === 'never') && r.action !== 'delayed') return 'remove';
  // a complaint (RFC 5965: abuse, opt-out) asks to stop mailing the address
  if (r.reason === 'feedback' && isComplaint(r.feedbackType)) return 'remove';
  if (refusedByRecipientRule(r)) return 'remove';
  // a failure nothing needs resending after (Signature.retry 'no-need': only a copy came back, the
  // message reached the recipient): nothing to do with the address
  if (r.retry === 'no-need') return 'info';
  if (r.kind === 'permanent' || r.kind === 'transient') return 'retry';
  return 'info';
}

/**
 * A permanent refusal by a rule of the recipient's organisation (Signature.recipientRule: a group that
 * takes only its own organisation's mail, an administrator's rule) that only the recipient's side can
 * lift: every mailing to the address bounces until that organisation allows the sender, which it does not
 * do for a newsletter, and each bounce weighs on the sender's reputation. Its reason and hard bounce stay
 * Sisimai's (a policy refusal is soft there); its retry stays the one e-mail's ("ask to be allowed, then
 * resend"); a list removes the address. Not a refusal the sender's side acts on (content, reputation,
 * authentication: other actors), nor one the sending server still holds.
 */
export function refusedByRecipientRule(r: Pick<ResultLite, 'kind' | 'action' | 'signature' | 'actors'>): boolean {
  return r.kind === 'permanent' && r.action !== 'delayed' && !!r.signature && SIGNATURE_BY_ID.get(r.signature)?.recipientRule === true &&
    r.actors.length > 0 && r.actors.every((a) => a === 'recipient' || a === 'recipient-admin');
}

/**
 * What the list owner does about a result's address, the same categories as the remove and retry lists:
 * remove it; retry later; fix a cause on the sender's side, then resend; nothing (a delivery, an
 * auto-reply, a report); or the input was no bounce, or could not be read. The CSV's action column and
 * the JSON's `listAction`.
 */
export type ListAction = 'remove' | 'retry' | 'fix-your-side' | 'nothing' | 'not-bounce' | 'error';

export function listAction(r: ResultLite): ListAction {
  const c = categorize(r);
  if (c === 'retry') return isSenderSide(r) ? 'fix-your-side' : 'retry';
  return c === 'info' ? 'nothing' : c === 'notBounce' ? 'not-bounce' : c;
}

/**
 * Sets each result's `listAction` where not set yet (analyze() and explainText() set it; the faces
 * call this again over their results, some of which come from elsewhere), on the object itself: a
 * spread copy of a result slows V8's later reads of it.
 */
export function setListActions<T extends Result[]>(results: T): T {
  for (const r of results) r.listAction ??= listAction(r);
  return results;
}

/**
 * Whether a readable result counts as a bounce: a failure. A delivery report, an automatic reply or a
 * complaint is counted by reason, but is no bounce.
 */
export function isBounce(r: ResultLite): boolean {
  return r.bounce && (r.kind === 'permanent' || r.kind === 'transient');
}

/**
 * What --bounces-only writes: a failure, an address to take off the list (a complaint, an unsubscribe
 * request), or an input that could not be read; not an ordinary message, an auto-reply or a delivery.
 */
export function worthListing(r: ResultLite): boolean {
  return isBounce(r) || categorize(r) === 'remove' || hasError(r);
}

/**
 * A failure the sender's own side caused (their server, domain or message), which their side acts on:
 * not greylisting the server still retries (nobody acts), nor a block by the recipient's own people, nor a
 * complaint (it asks to stop mailing the address).
 */
export function isSenderSide(r: ResultLite): boolean {
  const c = categorize(r);
  // a complaint is on the remove list, no failure to fix ("the addresses are right")
  // a reason read from a catch-all code alone ("451 4.7.1 Sorry, the service is currently unavailable")
  // keeps Sisimai's name but acts as an unclassified failure (classify.ts): nothing on the sender's side to fix;
  // a rule that names only the sender on an address to remove means "remove it" (Gmail's full and abandoned
  // mailbox), no fault of the sender's setup: it would be counted twice, removed and on the sender's side
  return isBounce(r) && (c === 'remove' || c === 'retry') && (REASON_FACTS[r.reason].senderSide || (c === 'retry' && ownSenderSide(r.signature))) &&
    r.actors.some((a) => a === 'sender' || a === 'sender-provider') && !decidedByCatchAll(r.evidence, r.status);
}

/**
 * A provider's rule that names the sending side to act first (Signature.actors), where its reason's usual
 * parties include others: Gmail's refused attachment (a policy refusal, which the sender changes), a
 * missing List-Unsubscribe header, Mimecast's anti-spoofing (the sender's From uses the recipient's
 * domain: the sender changes it, or else the recipient's admin allows it).
 */
function ownSenderSide(signature: string | null | undefined): boolean {
  const first = signature ? SIGNATURE_BY_ID.get(signature)?.actors?.[0] : undefined;
  return first === 'sender' || first === 'sender-provider';
}

/**
 * How results are grouped in the reports: by reason and by the provider's or situation's own rule, so
 * that the sender's own hourly limit (its words: the messages were discarded) is not told with a
 * receiver's rate limit (the server retries).
 */
export function groupKey(r: Pick<ResultLite, 'kind' | 'reason' | 'signature' | 'action' | 'retry' | 'feedbackType' | 'status'> & ReplyWords): string {
  // a deferral the sending server still retries is its own group: fix the cause, but send nothing again;
  // a spam complaint is no unsubscribe request (reasonKey tells feedback apart by what it is); one rule's
  // results apart by the provider's code their replies give (S3150 and S3140, 5.7.606 and 5.7.612)
  const signature = r.signature ? SIGNATURE_BY_ID.get(r.signature) : undefined;
  const code = signature ? providerCode(signature, r) : '';
  // a code that names its verdict ("5.5.3 Too many recipients", no rate limit) is apart from its reason's others
  const base = r.signature ? `${reasonKey(r)}|${r.signature}${code}` : codeOwnWords(r)?.nearestReason ? `${reasonKey(r)}|${readStatus(r.status)!.detail}` : reasonKey(r);
  return stillTrying(r) ? `${base}${STILL_TRYING_GROUP}` : base;
}

const STILL_TRYING_GROUP = '|delayed';

/** A group (groupKey) of deferrals the sending server still retries: its addresses are not to be sent to again. */
export function isStillTryingGroup(group: string): boolean {
  return group.endsWith(STILL_TRYING_GROUP);
}

/**
 * The heading of a group (groupKey): the reason's name as shown, with the rule's provider when it has a
 * name and the provider's own code when the rule's id starts with one ("Servidor de envio bloqueado —
 * Microsoft 5.7.606", "— Microsoft S3150"), and whether the sending server still retries, so that the
 * groups of one reason do not read alike. A rule with words of its own is named by them already
 * (greylisting says it is a delay), when that name is its alone; one that another rule shares (Gmail's
 * sending limit and anyone's, Mimecast's greylisting and anyone's) adds its provider and code as any rule.
 */
export function groupName(r: Pick<ResultLite, 'kind' | 'reason' | 'signature' | 'action' | 'retry' | 'feedbackType' | 'lang' | 'status'> & ReplyWords): string {
  const name = shownReasonName(r, r.lang);
  const signature = r.signature ? SIGNATURE_BY_ID.get(r.signature) : undefined;
  const provider = signature ? PROVIDER_NAMES[signature.provider] : undefined;
  if (signature?.ownWords && ownName(signature.id, r.lang)) {
    return provider && sharedOwnNames(r.lang).has(name) ? `${name} — ${provider}${providerCode(signature, r)}` : name;
  }
  const named = provider ? `${name} — ${provider}${providerCode(signature!, r)}` : name;
  // (a delay's own name says so already)
  return stillTrying(r) && name !== CATALOGS[r.lang].ui.delayedReasonName ? `${named} ${CATALOGS[r.lang].ui.stillTryingGroup}` : named;
}

/** The reply's words, where a result keeps them (a group's heading names the provider's code they give). */
type ReplyWords = { diagnostic?: string | null };

/** " 5.7.606" after a provider's name: the code its rule's id starts with (ruleCode), if any. */
function providerCode(signature: { id: string; provider: string }, r: { status: string } & ReplyWords): string {
  const code = ruleCode(signature.id.slice(signature.provider.length + 1), r.status, r.diagnostic ?? '');
  return code ? ` ${code}` : '';
}

/** The name a rule with words of its own gives its situation, if it gives one (else its reason's is shown). */
function ownName(id: string, lang: Locale): string | undefined {
  return (CATALOGS[lang].signatureWords as Partial<Record<string, { name?: string }>>)[id]?.name;
}

const SHARED_OWN_NAMES = new Map<Locale, ReadonlySet<string>>();

/** The own names (ownName) that two rules or more give, in `lang`: alone, they would head two groups alike. */
function sharedOwnNames(lang: Locale): ReadonlySet<string> {
  let shared = SHARED_OWN_NAMES.get(lang);
  if (!shared) {
    const seen = new Set<string>();
    const twice = new Set<string>();
    for (const s of SIGNATURE_BY_ID.values()) {
      const name = s.ownWords ? ownName(s.id, lang) : undefined;
      if (name === undefined) continue;
      if (seen.has(name)) twice.add(name);
      seen.add(name);
    }
    SHARED_OWN_NAMES.set(lang, (shared = twice));
  }
  return shared;
}

/**
 * The code a rule's id starts with, as "<provider>:<code>-<what>" ids do: an enhanced status ("5.7.606",
 * "x.7.26"), a reply code ("416") or a provider's own ("s3150", "sc-004", "tss04").
 */
const RULE_CODE = /^(?:\d{3}-)?([245x]\.\d{1,3}\.\d{1,3}|\d{3}|[a-z]{1,4}-?\d{2,5})(?:-|$)/;

/**
 * The code of a rule's id ("534-5.7.9-app-password" -> "5.7.9": the enhanced code rather than the reply
 * code before it, which rules of one provider share); an "x." code (any class) as the result's own
 * status has it ("x.7.26" -> "5.7.26"), else none; a provider's own in capitals ("s3150" -> "S3150").
 * A rule may stand for several codes (Microsoft's 5.7.606 to 5.7.649, its S3150 and S3140): the one the
 * reply gives is shown, as the reader looks that one up; the id's own when the reply names none.
 */
function ruleCode(rest: string, status: string, diagnostic: string): string | null {
  const m = RULE_CODE.exec(rest);
  if (!m) return null;
  const code = m[1]!;
  if (code.startsWith('x.')) return status.endsWith(code.slice(1)) ? status : null;
  // an enhanced code: the result's status of the same class and subject ("5.7.612" for "5.7.606")
  if (code.includes('.')) return status !== code && status.startsWith(code.slice(0, code.lastIndexOf('.') + 1)) ? status : code;
  // a provider's own, "s3150": the one of its letters the reply gives ("(S3140)"), when not that one
  const own = OWN_CODE.exec(code);
  if (own && diagnostic && !diagnostic.toLowerCase().includes(code)) {
    const given = ownCodeIn(diagnostic, own[1]!, own[2]!.length);
    if (given) return given;
  }
  return code.toUpperCase();
}

/** A provider's own code: its letters, an optional hyphen, its digits ("s3150", "sc-004", "tss04"). */
const OWN_CODE = /^([a-z]{1,4}-?)(\d{2,5})$/;

/** A lower-case letter or a digit (a char code; NaN past the text's ends is none). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** The first code in `text` made of `prefix` (letters, maybe a hyphen) and `digits` digits, in capitals. */
function ownCodeIn(text: string, prefix: string, digits: number): string | null {
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(prefix); at >= 0; at = lower.indexOf(prefix, at + 1)) {
    // not inside a word: "xs3140", "s31400"
    if ((at > 0 && isWordChar(lower.charCodeAt(at - 1))) || isWordChar(lower.charCodeAt(at + prefix.length + digits))) continue;
    const tail = lower.slice(at + prefix.length, at + prefix.length + digits);
    if (tail.length === digits && /^\d+$/.test(tail)) return (prefix + tail).toUpperCase();
  }
  return null;
}

/**
 * A failure the sending server still retries: a report's "Action: delayed", or a 4xx reply alone, whose
 * retry text says the server keeps trying (a 4xx reported as "Action: failed" is retried 'later'), also
 * when a cause is to be fixed meanwhile (afterFixStillQueued: "fixed in time, it leaves by itself").
 */
export function stillTrying(r: Pick<ResultLite, 'kind' | 'action' | 'retry'>): boolean {
  return r.action === 'delayed' || r.retry === 'automatic' || afterFixStillQueued(r);
}

/**
 * A message the recipient's system holds until the sender confirms once (Signature.held: a
 * challenge-response filter): confirming delivers it, sending it again would not.
 */
export function held(r: Pick<ResultLite, 'signature'>): boolean {
  return r.signature ? SIGNATURE_BY_ID.get(r.signature)?.held === true : false;
}

/**
 * The hard bounce field in words: Sisimai's hard bounce leaves out an address that is removed all the same
 * (a disabled mailbox, Gmail's full and abandoned one, a complaint), whose bare "no" would read as "keep it".
 */
export function hardBounceWords(r: ResultLite & { listAction?: ListAction }, lang: Locale = r.lang): string {
  const label = CATALOGS[lang].ui.label;
  if (r.hardBounce) return label.yes;
  return (r.listAction ?? listAction(r)) === 'remove' ? label.noButRemove : label.no;
}

/**
 * Which words tell a result's list action: a deferral still retried, or a message held, says not to
 * send it again; a refusal whose cause must go first ("550" with no reason, a recipient's filter), not
 * "try again" as it is.
 */
type ActionWordsKey = ListAction | 'retryStillTrying' | 'retryAfterFix' | 'fixYourSideHeld' | 'fixYourSideStillTrying' | 'removeRecipientRule';

function actionWordsKey(r: ResultLite & { listAction?: ListAction }): ActionWordsKey {
  const action = r.listAction ?? listAction(r);
  // nor while the sending server still retries it (a delay notice): wait, or the message goes twice
  if (action === 'retry') return stillTrying(r) ? 'retryStillTrying' : r.retry === 'after-fix' ? 'retryAfterFix' : 'retry';
  // removed for a rule of the recipient's organisation, which may yet allow the sender: the address is no bad one
  if (action === 'remove') return refusedByRecipientRule(r) ? 'removeRecipientRule' : action;
  if (action !== 'fix-your-side') return action;
  return held(r) ? 'fixYourSideHeld' : stillTrying(r) ? 'fixYourSideStillTrying' : 'fix-your-side';
}

/** The words of a result's list action; a deferral still retried, or a message held, says not to send it again. */
export function listActionWords(r: ResultLite & { listAction?: ListAction }): string {
  const ui = CATALOGS[r.lang].ui;
  const key = actionWordsKey(r);
  return key === 'retryStillTrying' || key === 'retryAfterFix' || key === 'fixYourSideHeld' || key === 'fixYourSideStillTrying' || key === 'removeRecipientRule'
    ? ui[key] : ui.listAction[key];
}

/**
 * The same list action as a sentence to a reader in `lang` ("Tire este endereço da sua lista."), the
 * words of the report's lists: the web page's card says it first. Null where there is no address to
 * decide on (no bounce, an input that could not be read).
 */
export function listActionVerdict(r: ResultLite & { listAction?: ListAction }, lang: Locale = r.lang): string | null {
  const key = actionWordsKey(r);
  return key === 'not-bounce' || key === 'error' ? null : CATALOGS[lang].ui.verdict[key];
}

/** One problem on the sender's side, as the first of its results tells it. */
export interface SenderProblem {
  reason: Reason;
  /** The group's heading as the first result gives it (groupName: a rule may name its situation, or its provider). */
  name: string;
  count: number;
  summary: string;
  advice: string;
  adminAdvice: string | null;
  domains: Map<string, number>;
  /** The first result's own words (the server's reply), cut short. */
  example: string;
  /** Deferrals the sending server still retries (groupKey keeps them apart): not to be sent again. */
  stillTrying: boolean;
  /** Messages the recipient's system holds until the sender confirms (a rule of their own): not to be sent again. */
  held: boolean;
  /** The addresses (on the list) of these failures, at most MAX_PROBLEM_ADDRESSES. */
  addresses: Set<string>;
}

/**
 * A sender-side problem's addresses that are not on the remove list (`remove`, keyed by the lower-cased
 * address): one that failed for good in another notice is to be removed, not sent to again once fixed.
 * The HTML report and the API's report list these.
 */
export function problemAddresses(s: SenderProblem, remove: ReadonlyMap<string, unknown>): string[] {
  return [...s.addresses].filter((a) => !remove.has(a));
}

/** Addresses kept per problem on the sender's side (the HTML report lists them). */
export const MAX_PROBLEM_ADDRESSES = 1000;
/** The reply quoted per problem is cut to this many characters. */
const MAX_EXAMPLE_CHARS = 400;

export function reportKind(r: ResultLite): ReportKind {
  if (hasError(r)) return 'error';
  if (!r.bounce) return 'notBounce';
  if (r.reason === 'feedback') return 'feedback';
  // a temporary failure the sending server gave up on is counted as what it now is: final
  return queueState(r) === 'gave-up' ? 'permanent' : r.kind;
}

/** "ana@Example.COM" -> "example.com"; null without a recipient or an "@". */
export function domainOf(recipient: string | null): string | null {
  if (!recipient) return null;
  const at = recipient.lastIndexOf('@');
  if (at < 0 || at === recipient.length - 1) return null;
  return recipient.slice(at + 1).replace(/>$/, '').toLowerCase();
}

export interface DomainCount {
  total: number;
  remove: number;
  retry: number;
  /** Failures caused on the sender's side (not in `retry`). */
  sender: number;
  other: number;
  /** By reasonRowKey() (feedback told apart by what it is, a shown name of its own apart), with the first result's fields that name it. */
  reasons: Map<string, ReasonCount>;
}

/** A reason row's count, with the first result's fields that name it (reasonCountName). */
export interface ReasonCount {
  reason: Reason;
  feedbackType: string | null;
  kind: ResultLite['kind'];
  action: string | null;
  signature: string | null;
  /** The status of the first result: a code that explains its reading names the row (shownReasonName). */
  status: string;
  count: number;
}

function reasonCount(r: ResultLite): ReasonCount {
  return { reason: r.reason, feedbackType: r.feedbackType, kind: r.kind, action: r.action ?? null, signature: r.signature ?? null, status: r.status, count: 1 };
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Entries sorted by count (descending), then by key. */
export function sortedCounts<K extends string>(map: Map<K, number>): [K, number][] {
  return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export class Tally {
  /** Messages and texts read, unreadable ones included; a mail log's failed lines each count as one. */
  read = 0;
  /** Of `read`: a mail log's failed or deferred delivery lines, each read as one item (DoneCounts.logLines). */
  logLines = 0;
  /** Of `read`: mail logs in which no delivery failed (a quiet log is one item, DoneCounts.quietLogs). */
  quietLogs = 0;
  /** Of `read`: inputs that could not be read at all (DoneCounts.unreadable): a wrong path, a file not allowed. */
  unreadable = 0;
  /** Of `read`: pasted texts read in parts, and their notices and reply lines (DoneCounts.split). */
  split = 0;
  notices = 0;
  replies = 0;
  withResult = 0;
  /** Results counted: those of a notice read again (repeated) are written, but counted once, with their first reading. */
  results = 0;
  /** Messages set aside: notices read again (the same notice in two exports), counted once (a field: the closing line spreads the tally). */
  repeated = 0;
  /** Their results, set aside from every count but `read` and `withResult`. */
  repeatedResults = 0;
  bounces = 0;
  notBounces = 0;
  errors = 0;
  senderSide = 0;
  readonly byCategory = new Map<Category, number>();
  /** Bounce results by reasonRowKey(): their reason, feedback split by what it is, a shown name of its own apart (reason-rows.ts names them). */
  readonly byReason = new Map<string, ReasonCount>();
  readonly byKind = new Map<ReportKind, number>();
  readonly byDomain = new Map<string, DomainCount>();
  /** Bounce results without a recipient. */
  noRecipient = 0;
  /** The sender's own problems, by groupKey(), in the order first seen. */
  readonly senderProblems = new Map<string, SenderProblem>();
  private readonly seenNotices = new RepeatedNotices();
  /**
   * The reader's own server refusing incoming mail (a log's NOQUEUE reject, Exim's rejected RCPT): no
   * failure of the reader's mail, counted apart by the refusal's reason; listed or not (CLI --inbound).
   */
  inbound = 0;
  readonly inboundByReason = new Map<Reason, number>();
  /** Of `inbound`: those only counted, not written (a log with deliveries, without --inbound). */
  inboundUnlisted = 0;
  /**
   * How the deliveries the mail logs read recorded ended (DeliveryTracker.counts, one per message and
   * recipient: those that went through too, which give no result); null when no log was read.
   */
  deliveries: DeliveryCounts | null = null;

  /** `maxProblemAddresses`: addresses kept per problem (the web page keeps them all). */
  constructor(private readonly maxProblemAddresses = MAX_PROBLEM_ADDRESSES) {}

  /**
   * The results of one input message or text; `kind`, what the item was (a log's line, a path that could not be read: 'unreadable', are counted apart);
   * `newInput` false for a later event of a file of events, which was counted as one input with its first.
   * Returns the results counted: not those of a notice counted before (the lists and the HTML report
   * take these only, so that all the report's counts agree). Several messages may come at once (the
   * library's mailboxReport() gives all the results of a run as one item).
   */
  addItem<T extends ResultLite>(results: readonly T[], kind?: string, newInput = true, parts: PastedParts | null = null): readonly T[] {
    if (newInput) {
      this.read++;
      if (kind === 'log-line') this.logLines++;
      else if (kind === 'quiet-log') this.quietLogs++;
      else if (kind === 'unreadable') this.unreadable++;
      else if (parts) {
        this.split++;
        this[parts.kind] += parts.count;
      }
      if (results.length) this.withResult++;
    }
    let counted: T[] | null = null;
    this.seenNotices.newItem();
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      if (this.seenNotices.isRepeat(r)) {
        this.repeated = this.seenNotices.messages;
        this.repeatedResults++;
        counted ??= results.slice(0, i);
        continue;
      }
      this.add(r);
      counted?.push(r);
    }
    return counted ?? results;
  }

  /** A refusal of incoming mail that is counted but not written (the closing line says how to list them). */
  addInbound(results: readonly ResultLite[]): void {
    for (const r of results) {
      if (!isInboundRefusal(r)) continue;
      this.countInbound(r);
      this.inboundUnlisted++;
    }
  }

  private countInbound(r: ResultLite): void {
    this.inbound++;
    bump(this.inboundByReason, r.reason);
  }

  private add(r: ResultLite): void {
    if (isInboundRefusal(r)) this.countInbound(r);
    this.results++;
    const category = categorize(r);
    bump(this.byCategory, category);
    bump(this.byKind, reportKind(r));
    if (category === 'error') { this.errors++; return; }
    if (isBounce(r)) this.bounces++;
    else this.notBounces++;
    if (category === 'notBounce') return;
    const key = reasonRowKey(r);
    const counted = this.byReason.get(key);
    if (counted) counted.count++;
    else this.byReason.set(key, reasonCount(r));
    // the domain of the address on the list (a forward's or a VERP's failing address is not on it)
    const domain = domainOf(r.originalRecipient ?? r.recipient);
    const senderSide = isSenderSide(r);
    if (senderSide) {
      this.senderSide++;
      const key = groupKey(r);
      let s = this.senderProblems.get(key);
      if (!s) {
        this.senderProblems.set(key, (s = {
          reason: r.reason, name: groupName(r), count: 0, summary: r.summary, advice: r.advice, adminAdvice: r.adminAdvice, domains: new Map(),
          example: r.diagnostic.slice(0, MAX_EXAMPLE_CHARS), addresses: new Set(), stillTrying: stillTrying(r), held: held(r),
        }));
      }
      s.count++;
      if (domain) bump(s.domains, domain);
      const address = (r.originalRecipient ?? r.recipient)?.trim().toLowerCase();
      if (address && s.addresses.size < this.maxProblemAddresses) s.addresses.add(address);
    }
    if (!domain) { this.noRecipient++; return; }
    let d = this.byDomain.get(domain);
    if (!d) this.byDomain.set(domain, (d = { total: 0, remove: 0, retry: 0, sender: 0, other: 0, reasons: new Map() }));
    d.total++;
    // as the lists count them: a failure caused on the sender's side is no address to retry
    if (category === 'remove') d.remove++;
    else if (senderSide) d.sender++;
    else if (category === 'retry') d.retry++;
    else d.other++;
    const inDomain = d.reasons.get(key);
    if (inDomain) inDomain.count++;
    else d.reasons.set(key, reasonCount(r));
  }

  /** The sender's own problems, most results first. */
  sortedSenderProblems(): SenderProblem[] {
    return [...this.senderProblems.values()].sort((a, b) => b.count - a.count);
  }

  /** Domains by number of results, descending. */
  domains(): [string, DomainCount][] {
    return [...this.byDomain].sort((a, b) => b[1].total - a[1].total || (a[0] < b[0] ? -1 : 1));
  }
}

/** A log line of the reader's own server refusing incoming mail (explain-text.ts inboundWords marks it so). */
export function isInboundRefusal(r: Pick<ResultLite, 'evidence' | 'error'>): boolean {
  return !hasError(r) && r.evidence.some((e) => e.rule === 'log:inbound-refusal');
}

/** The most common reason of a domain (the first of equals by key, as sortedCounts orders them). */
export function topReason(d: DomainCount): ReasonCount | null {
  let top: [string, ReasonCount] | null = null;
  for (const entry of d.reasons) {
    if (!top || entry[1].count > top[1].count || (entry[1].count === top[1].count && entry[0] < top[0])) top = entry;
  }
  return top?.[1] ?? null;
}
