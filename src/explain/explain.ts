// Verdict + locale -> Explanation: the words a person reads.
import { classesDiffer } from '../classify/kind.js';
import { readStatus } from '../classify/status-reading.js';
import { CATALOGS } from '../i18n/catalog.js';
import { lowerFirst } from '../i18n/lower-first.js';
import { isComplaint } from '../knowledge/reasons.js';
import { NO_MAIL_SERVER_RULE, NONEXISTENT_DOMAIN_RULE } from '../knowledge/phrases/hostunknown.js';
import { SIGNATURE_BY_ID, type OwnWordsSignatureId } from '../knowledge/signatures/index.js';
import type { Locale, Verdict } from '../types.js';
import { describeBasicCode, describeEnhancedCode, type CodeDescription } from './describe-code.js';
import { afterFixStillQueued, codeOwnWords, feedbackWords, isNoErrorReply, queueState, type QueueState } from './shown-kind.js';
import { readDsnDate } from './dsn-date.js';
import type { RetryWindow } from '../message/retry-window.js';

export interface Explanation {
  lang: Locale;
  summary: string;
  meaning: string;
  advice: string;
  adminAdvice: string | null;
  /** Who acts, in words, most important first. */
  whoActs: string[];
  retryText: string;
  kindText: string;
  replyCodeInfo: CodeDescription | null;
  statusInfo: CodeDescription | null;
  /** What the provider's own rule adds, and where the provider documents it. */
  providerHint: string | null;
  providerSource: string | null;
}

/** The Actions of a DSN (RFC 3464 §2.3.3) that report the message delivered, relayed or expanded. */
const DELIVERY_ACTIONS: ReadonlySet<string> = new Set(['delivered', 'relayed', 'expanded']);

/** Reasons that say nothing by themselves: the codes explain better. */
const VAGUE = new Set(['undefined', 'onhold']);

export interface ExplainContext {
  statusDerived?: boolean;
  action?: string | null;
  /** Will-Retry-Until of a delayed DSN, as written. */
  retryUntil?: string | null;
  /** For how long a delay warning says the server keeps trying. */
  retryWindow?: RetryWindow | null;
  /** Whether the reply came with words besides its codes. */
  hasText?: boolean;
  /** A feedback report's Feedback-Type (RFC 5965): only abuse and opt-out are complaints (isComplaint). */
  feedbackType?: string | null;
  /** The new address a recipient who moved gave. */
  newAddress?: string | null;
}

export function explain(verdict: Verdict, locale: Locale, options: ExplainContext = {}): Explanation {
  const cat = CATALOGS[locale];
  const reasonText = cat.reasons[verdict.reason];
  const replyCodeInfo = verdict.replyCode ? describeBasicCode(verdict.replyCode, locale) : null;
  const statusInfo = verdict.status && !options.statusDerived ? describeEnhancedCode(verdict.status, locale) : null;
  const signature = verdict.signature ? SIGNATURE_BY_ID.get(verdict.signature) : undefined;
  const providerHint = signature ? cat.signatures[signature.id as keyof typeof cat.signatures] : null;

  // "expired" in a delay notice: the server has not given up yet (Sisimai's name for both)
  const state = queueState({ kind: verdict.kind, action: options.action });
  const stillTrying = verdict.reason === 'expired' && state === 'retrying';
  // words for a failure the server still retries, or for one nothing retries any more
  const retrying = state === 'retrying';
  // a permanent reply the sending server still keeps queued (Postfix's soft_bounce): neither words fit
  const queued = state === 'queued';
  const situation = stillTrying || queued ? undefined : retrying ? reasonText.retrying : verdict.kind === 'permanent' || verdict.kind === 'transient' ? reasonText.final : undefined;
  const words = stillTrying ? cat.ui.stillTrying : reasonText;
  // a reply that accepted the message (250, 251) tells no more than that; a DSN's Action tells delivery
  const acceptedOnly = verdict.reason === 'delivered' && !DELIVERY_ACTIONS.has(options.action ?? '');
  // a feedback report that is no spam mark (an unsubscribe, a DMARC failure report) has words of its own
  const report = feedbackWords(cat.ui, verdict.reason, options.feedbackType);
  // handed on where no report follows (RFC 3464 §2.3.3): no delivery is confirmed
  const handedOn = verdict.reason === 'delivered' && options.action === 'relayed' ? cat.ui.relayed : acceptedOnly ? cat.ui.accepted : null;
  let summary = handedOn?.summary ?? report?.summary ?? situation?.summary ?? words.summary;
  let meaning = handedOn?.meaning ?? report?.meaning ?? situation?.meaning ?? words.meaning;
  let advice = report?.advice ?? situation?.advice ?? words.advice;
  const noError = verdict.kind === 'success' || verdict.kind === 'intermediate';
  // a success's reply code says what happened (235: login accepted), its status only the class; but
  // "250 2.1.0" / "250 2.1.5" answered MAIL FROM or RCPT TO, which only the status says
  const addressOk = statusInfo?.code.startsWith('2.1.') === true;
  // "550 2.0.0", "550 4.2.0": the reply code counts (classify.ts reads no reason from a success status beside a failure)
  const mismatch = classesDiffer(verdict.replyCode, verdict.status);
  const codeInfo = noError ? (addressOk ? statusInfo : replyCodeInfo ?? statusInfo) : mismatch ? replyCodeInfo : statusInfo ?? replyCodeInfo;
  // a reply code typed alone whose row gives the reason ("101", "530", "503"): its own words are more
  // exact than the reason's (101 is the client's own failure to connect, which no queue retries)
  const bareCode = !options.hasText && !!replyCodeInfo && verdict.evidence.length > 0 && verdict.evidence.every((e) => e.rule.startsWith('code:'));
  const onlyCodes = VAGUE.has(verdict.reason) || verdict.catchAllOnly === true || verdict.kind === 'intermediate' || bareCode ||
    (verdict.kind === 'success' && verdict.reason !== 'delivered' && verdict.reason !== 'vacation' && verdict.reason !== 'feedback');
  if (onlyCodes && codeInfo) {
    // "550" alone: say what the code says, not "we could not classify"
    const code = `${codeInfo.code}: ${lowerFirst(codeInfo.title)}`;
    // a reply with words that tell no more than its code ("550 5.7.1 Intrusion prevention active"): the
    // server gave no clear reason; a code typed alone is explained as the code (its kind is shown beside it)
    if (options.hasText && (verdict.kind === 'permanent' || verdict.kind === 'transient')) summary = cat.ui.withoutWhy[verdict.kind](code);
    else summary = noError ? `${cat.ui.notAnError}: ${lowerFirst(codeInfo.title)}.` : `${capitalise(codeInfo.title)}.`;
    meaning = codeInfo.meaning;
    advice = codeInfo.advice;
  }
  // a code whose own words are more exact than its reason's (X.1.6: moved, no forwarding address), when
  // it gave the reason: its words, not the reason's, which would contradict it
  const codeFact = !onlyCodes && statusInfo ? codeOwnWords(verdict) : null;
  const codeWords = codeFact ? statusInfo : null;
  if (codeWords) {
    summary = `${capitalise(codeWords.title)}.`;
    // without the class's words ("A permanent failure: ..."), which the kind beside it says
    const classText = cat.enhancedClasses[codeWords.code[0] as '4' | '5'];
    meaning = codeWords.meaning.startsWith(`${classText} `) ? codeWords.meaning.slice(classText.length + 1) : codeWords.meaning;
    advice = codeWords.advice;
  }
  // what the enhanced code adds to the meaning: its registry title, or that the provider means it otherwise
  let statusNote = '';
  let ownSenseStatus: CodeDescription | null = null;
  if (!onlyCodes && !codeWords && statusInfo && verdict.reason !== 'delivered') {
    // written as a signature's `status` is: the code itself, or its X. form for any class
    const reading = readStatus(statusInfo.code);
    const detail = reading?.detail;
    const ownSense = signature?.ownStatus?.some((c) => c === statusInfo.code || c === detail);
    // the registry's own cause for the code, when it names one other than the verdict's ("4.2.1 mailbox
    // disabled" in Gmail's rate limit): its title alone would contradict the explanation
    const registryReason = reading?.registered;
    // not when the code itself decided (a loose reading), nor for a queue that gave up (the code is its cause)
    const fromWords = verdict.reason !== 'expired' && !verdict.evidence.some((e) => e.rule.startsWith('status:'));
    const disagrees = !!registryReason && registryReason !== verdict.reason && !reading?.catchAll && fromWords;
    // a catch-all code ("5.3.0", "5.0.0", "5.7.1") that the reply's words overruled: its title ("mail
    // system status" after "the address does not exist") would read as a second cause, and a sentence
    // saying the registry differs would only name a code servers send for any refusal; the code's own
    // line (text, HTML) and statusInfo (JSON) still give it
    const overruled = !!reading?.catchAll && registryReason !== verdict.reason && fromWords;
    if (ownSense) {
      statusNote = cat.ui.providerOwnStatus(statusInfo.code, statusInfo.standard ? statusInfo.title : null);
      // the code's row says the provider's sense first: the registry's title alone contradicted the verdict
      ownSenseStatus = { ...statusInfo, title: cat.ui.ownSenseTitle(cat.ui.reasonName[verdict.reason], statusInfo.standard ? statusInfo.title : null) };
    }
    else if (!statusInfo.standard) statusNote = cat.ui.unregisteredStatus(statusInfo.code, statusInfo.title);
    else if (disagrees) statusNote = cat.ui.statusDisagrees(statusInfo.code, statusInfo.title);
    else if (!overruled) statusNote = `${statusInfo.code}: ${statusInfo.title}.`;
    // a code given alone: whoever looks it up most likely got it from the provider that means it otherwise
    if (!options.hasText && !ownSense && statusInfo.inPractice) statusNote += ` ${statusInfo.inPractice}`;
    statusNote = statusNote.trim();
    if (statusNote) meaning = `${meaning} ${statusNote}`;
  }
  if (mismatch) meaning = `${meaning} ${cat.ui.classesDisagree(verdict.status, verdict.replyCode)}`;
  if (verdict.reason === 'filtered' && verdict.evidence.some((e) => e.rule.startsWith('filter:'))) meaning += ' ' + cat.ui.unknownUserFiltered;
  // the reason's general words would mislead (greylisting is no block to fix): the signature's own words
  const own = signature?.ownWords && providerHint ? cat.signatureWords[signature.id as OwnWordsSignatureId] : null;
  // still in the sending server's queue, which retries it (not a temporary refusal a mail program got)
  const deferred = retrying && options.action === 'delayed' ? own?.deferred : undefined;
  if (own) {
    // the sending server gave up on what was meant to pass by itself
    const gaveUp = options.action === 'failed' ? own.gaveUp : undefined;
    summary = gaveUp?.summary ?? own.summary;
    const ownMeaning = deferred?.meaning ?? own.meaning;
    meaning = statusNote ? `${ownMeaning} ${statusNote}` : ownMeaning;
    advice = gaveUp?.advice ?? deferred?.advice ?? providerHint!;
  } else if (providerHint) advice = signature?.hintOnly ? providerHint : `${providerHint} ${situation?.afterHint ?? reasonText.afterHint ?? advice}`;
  // the address the recipient moved to, named: what to do with it (the advice without it says "the reply's")
  if (options.newAddress) advice = cat.ui.newAddress(options.newAddress);
  // no error and no delivery ("221", "354"): nothing for an admin to look up
  const noErrorReply = isNoErrorReply(verdict);
  // a complaint is no success to show, nor "nothing failed": the recipient asked not to be mailed
  const complaint = verdict.reason === 'feedback' && isComplaint(options.feedbackType);
  return {
    lang: locale,
    summary,
    meaning,
    advice,
    // a catch-all code alone: the admin's step is an unclassified failure's (read the full reply)
    // a code whose reason is only the nearest name: its words say who does what (its reason's admin would mislead)
    adminAdvice: noErrorReply || codeFact?.nearestReason ? null : (!own && unknownDomainAdmin(verdict, cat)) ||
      ((own ?? (verdict.catchAllOnly ? cat.reasons.onhold : situation?.adminAdvice !== undefined ? situation : reasonText)).adminAdvice ?? null),
    whoActs: verdict.actors.map((a) => cat.ui.actor[a]),
    // (a failure the rule says needs no resend, only a copy came back: its own words say why, not "nothing failed")
    retryText: complaint ? cat.ui.complaint.retry : deferred?.retry ?? (((retrying || verdict.retry === 'no-need') && own?.retry) || retryText(verdict, cat, options, state)),
    kindText: report ? report.kind : complaint ? cat.ui.complaint.kind : state === 'gave-up' ? cat.ui.gaveUpKind : queued ? cat.ui.queuedKind : cat.ui.kind[verdict.kind],
    replyCodeInfo,
    statusInfo: ownSenseStatus ?? statusInfo,
    providerHint: providerHint ?? null,
    providerSource: signature && signature.source !== 'observed' ? signature.source : null,
  };
}

/** The admin's words for an unknown domain whose reply says which case it is: it does not exist, or it has no working mail server. */
function unknownDomainAdmin(verdict: Verdict, cat: (typeof CATALOGS)[Locale]): string | null {
  if (verdict.reason !== 'hostunknown') return null;
  for (const e of verdict.evidence) {
    if (e.rule === NONEXISTENT_DOMAIN_RULE) return cat.ui.unknownDomainAdmin.nonexistent;
    if (e.rule === NO_MAIL_SERVER_RULE) return cat.ui.unknownDomainAdmin.noMailServer;
  }
  return null;
}

/** Whether and when sending again helps; for a delay, until when the server keeps trying, when the report says. */
function retryText(verdict: Verdict, cat: (typeof CATALOGS)[Locale], options: ExplainContext, state: QueueState): string {
  // a cause to fix on a 4xx (or a 5xx the server keeps) still queued: fixed in time, the message leaves without a resend
  if (afterFixStillQueued({ kind: verdict.kind, action: options.action, retry: verdict.retry })) return cat.ui.retryAfterFixQueued;
  if (state === 'queued') return cat.ui.retryQueued(cat.ui.retry[verdict.retry]);
  if (verdict.retry !== 'automatic' || options.action !== 'delayed') return cat.ui.retry[verdict.retry];
  const until = options.retryUntil ? readDsnDate(options.retryUntil) : null;
  if (until) return cat.ui.retryUntil(cat.ui.dateTime(until));
  return options.retryWindow ? cat.ui.retryFor(options.retryWindow) : cat.ui.retry.automatic;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

