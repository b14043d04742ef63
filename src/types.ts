// Shared types of the pipeline: input -> parse -> classify -> explain -> render. src/index.ts exports by
// name those the public functions take or give (Reason, Kind, Verdict, ClassifyFacts...); the engine's
// own (Facts, the catalogs' shapes CodeText, ReasonText...) stay internal, free to change.
import type { InboundRefusal } from './reply/inbound-refusal.js';
import type { OwnNotice } from './reply/own-notice.js';

/** The languages we write in. pt-BR is the default everywhere. */
export const LOCALES = ['pt-BR', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'pt-BR';

/**
 * A language as the library's options take it: "pt-BR" or "en", or any tag that starts with pt or en
 * ("en-US", "PT", "pt_BR"), as navigator.language gives it; checked when the function runs (a RangeError
 * for one we do not write in). (string & {}) keeps the two locales offered as completions.
 */
export type LocaleTag = Locale | (string & {});

/**
 * Reason names, exactly Sisimai's (5.6) so users can move to us.
 * Their definitions, who acts and advice live in src/knowledge/reasons.ts and src/i18n.
 */
export const REASONS = [
  'authfailure', 'badreputation', 'blocked', 'contenterror', 'delivered', 'emailtoolarge',
  'expired', 'failedstarttls', 'feedback', 'filtered', 'hasmoved', 'hostunknown',
  'mailboxfull', 'mailererror', 'networkerror', 'norelaying', 'notaccept', 'notcompliantrfc',
  'onhold', 'policyviolation', 'ratelimited', 'rejected', 'requireptr', 'securityerror',
  'spamdetected', 'suppressed', 'suspend', 'syntaxerror', 'systemerror', 'systemfull',
  'undefined', 'userunknown', 'vacation', 'virusdetected',
] as const;
export type Reason = (typeof REASONS)[number];

/**
 * success: 2xx, the action was done; also the kind of a result that tells of no failure at all (a
 * message that is no bounce, a text in which nothing is read as a reply), whose listAction is
 * "not-bounce": count deliveries by listAction, not by kind. intermediate: 3xx, the server waits for more.
 * transient: 4xx, try again later. permanent: 5xx, the same message will fail again.
 * A code outside 2xx-5xx (101, 111) is a failure before any server answered: transient.
 */
export type Kind = 'success' | 'intermediate' | 'transient' | 'permanent';

/**
 * A result's kind: a reply's, or error for an input that could not be read (it has no verdict: counting
 * it as a success would count an unreadable file as a delivered message).
 */
export type ResultKind = Kind | 'error';

/** Who has to act to make the mail go through. */
export const ACTORS = ['none', 'sender', 'sender-provider', 'recipient', 'recipient-admin'] as const;
export type Actor = (typeof ACTORS)[number];

/**
 * Whether sending again helps:
 * no-need: nothing failed; automatic: the sending server retries by itself;
 * later: try again later, unchanged; after-fix: only after the cause is fixed; never: it will not work.
 */
export type Retry = 'no-need' | 'automatic' | 'later' | 'after-fix' | 'never';

/** A piece of the input and the rule that read it. */
export interface Evidence {
  /**
   * Id of the rule or table row that read it, a prefix and what it names: "phrase:userunknown" (one of
   * the reason's known phrases, "phrase:blocked:weak" one of its weaker ones; a phrase has no id of its
   * own), "domain:nonexistent", "status:X.1.1" (an enhanced code's detail), "code:550", "action:failed"
   * (a DSN's Action), "decoder:exim" (the notice's format), a provider's own rule by its row's id
   * ("microsoft:5.1.10-recipient-not-found", src/knowledge/signatures), "arf:abuse" (a complaint),
   * "esp:sendgrid" and "esp:sendgrid:bounce" (a sending service's event), "log:expired"... The prefixes
   * are a closed set (src/i18n/evidence-kind.ts tells their kinds); what follows may change with the tables.
   */
  rule: string;
  /** Where it was found: "replyCode", "status", "text", "Diagnostic-Code", "command", "host"... */
  field: string;
  /** The matched part of the input, cut short. */
  match: string;
}

/** What a reply parser extracts from a code, a reply text or a log line. */
export interface Reply {
  /** Basic reply code, "550", or "" when none. */
  replyCode: string;
  /** Enhanced status code, "5.1.1", or "" when none. */
  status: string;
  /** The human text of the reply, continuation lines joined with a space. */
  text: string;
  recipient: string | null;
  /** The address the sender wrote, when a log line names it beside the one that failed (Postfix's orig_to=). */
  originalRecipient?: string | null;
  /** SMTP command the reply answered, upper case ("RCPT", "DATA", "MAIL", "CONNECT"...), or null. */
  command: string | null;
  /** Remote host that answered, when the input names it. */
  remoteHost: string | null;
  /** Where the reply came from: "code", "reply", "postfix", "exim", "sendmail", "dsn"... */
  source: string;
  /**
   * What a log line says became of the message, apart from the codes: still queued (Postfix's
   * status=deferred, Sendmail's stat=Deferred, Exim's "==") or returned (status=bounced, Exim's "**").
   */
  action?: 'delayed' | 'failed';
  /** A log line of the reader's own server refusing incoming mail (src/reply/inbound-refusal.ts). */
  inbound?: InboundRefusal;
  /** A log line of a delivery that stays on the reader's server (a mailbox, a program, a content filter). */
  local?: true;
  /** A log line of the reader's own server that is no delivery and no refusal (src/reply/own-notice.ts). */
  ownNotice?: OwnNotice;
  /** A log line that names the remote host as the recipient's MX, not a relay the mail is handed to (Facts.remoteMx). */
  remoteMx?: true;
  /** When the log line was written (its time stamp, as RFC 5322 writes a date: src/reply/log-date.ts). */
  date?: string;
}

/**
 * What classify() reads of one reply: its codes and text (parseReply() gives them), and the DSN Action
 * field when there is one. The public part of Facts.
 */
export interface ClassifyFacts {
  /** Basic reply code, "550", or "" when none. */
  replyCode: string;
  /** Enhanced status code, "5.1.1", or "" when none. */
  status: string;
  /** Diagnostic text (reply text, Diagnostic-Code, free text of a bounce). */
  text: string;
  /** SMTP command the reply answered ("RCPT", "DATA"...), or null. */
  command: string | null;
  /** Remote host that answered, or null. */
  remoteHost: string | null;
  recipient: string | null;
  /** DSN Action field, lower case: failed, delayed, delivered, relayed, expanded. */
  action?: string | null;
}

/**
 * Everything the classifier may look at for one recipient: ClassifyFacts, and what the engine's own
 * readers (the message decoders, the log readers) add. Internal: src/index.ts does not export it.
 */
export interface Facts extends ClassifyFacts {
  /** A reason decided by the message decoder itself (e.g. feedback, vacation, delivered). */
  reasonHint?: Reason | null;
  /** Where the reason hint comes from, for the evidence. */
  hintRule?: string;
  /** Feedback type of an RFC 5965 report. */
  feedbackType?: string | null;
  /**
   * The text comes from a bounce message that relays a server's words, not from a reply the user
   * copied: without `command`, the SMTP step it answered is unknown (src/classify/recipient-or-filter.ts).
   */
  relayed?: boolean;
  /**
   * The facts come from one line of a mail server's own log (Postfix, Sendmail, Exim): its status word
   * ("deferred") is the action, and a bare code in it is the cause, not a delay notice's news.
   */
  fromLog?: boolean;
  /**
   * The log line says the remote host is the recipient's MX, not a relay of the sender's own provider:
   * Postfix's relay on port 25 (a provider's submission service is on 587 or 465), Exim's dnslookup
   * router, Sendmail's esmtp or smtp mailer (its smart host goes by the relay mailer).
   */
  remoteMx?: boolean;
}

export interface Verdict {
  reason: Reason;
  kind: Kind;
  hardBounce: boolean;
  retry: Retry;
  actors: Actor[];
  replyCode: string;
  status: string;
  /** Provider whose signature matched, e.g. "google", "microsoft". */
  provider: string | null;
  /** Signature row id when a provider rule decided; its explanation adds a provider-specific hint. */
  signature: string | null;
  evidence: Evidence[];
  /**
   * True when a catch-all status code alone gave the reason ("451 4.7.1 Please try again later" is
   * securityerror for Sisimai): who acts and the retry are those of an unclassified failure, and the
   * explanation says what the codes say.
   */
  catchAllOnly?: boolean;
}

/** Text of one reply code or enhanced status code in one language. */
export interface CodeText {
  /** Short name, e.g. "Caixa postal indisponível". */
  title: string;
  /** What it means, one or two sentences. */
  meaning: string;
  /** What to do, one or two sentences. */
  advice: string;
  /**
   * What to do when the code comes as a permanent failure (class 5), where `advice` is written for the
   * temporary one most servers send ("5.4.1": nobody retries a 5xx).
   */
  permanentAdvice?: string;
}

/**
 * An enhanced code's words for class 4 (RFC 3463 §2: a persistent transient failure, the sender
 * retries), where its `meaning` or `advice` assume the permanent one ("do not keep sending to it").
 */
export type TransientText = { meaning: string; advice?: string } | { meaning?: string; advice: string };

/**
 * A signature's own words (`ownWords`): its hint is the advice; `retry`, when set, says when a retry
 * helps; `gaveUp` replaces the summary and the advice when the sending server gave up (Action: failed);
 * `name`, the reason's name shown in its place.
 */
export type SignatureText = ReasonWords & {
  retry?: string;
  gaveUp?: { summary: string; advice: string };
  /**
   * The meaning, the advice and the retry when the sending server still holds the message in its queue
   * (Action: delayed, a log's status=deferred) where the general words say nothing retries it.
   */
  deferred?: { meaning: string; advice: string; retry: string };
  /** The reason's name as shown for this rule, where the reason's own would mislead (greylisting is no "block"). */
  name?: string;
};

/** The words of a reason, or of a signature with words of its own. */
export interface ReasonWords {
  /** One line, said to the sender: "O endereço do destinatário não existe." */
  summary: string;
  /** What it means, in plain words. */
  meaning: string;
  /** What the admin of the sending system should do, when it differs. */
  adminAdvice?: string;
}

/** Text of one reason in one language. */
export interface ReasonText extends ReasonWords {
  /** What the sender should do. */
  advice: string;
  /**
   * Words that hold only while the sending server still retries (a 4xx it keeps queued: "your server
   * tries again by itself"), or only once nothing is retried (a 5xx, or a 4xx it gave up on); each
   * field given replaces the general one. The general words suit both, or the more common case.
   */
  retrying?: Partial<ReasonWords & { advice: string; afterHint: string }>;
  final?: Partial<ReasonWords & { advice: string; afterHint: string }>;
  /** The advice after a provider's hint, where the general advice would repeat what the hints say. */
  afterHint?: string;
}
