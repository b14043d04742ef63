// The shape of the interface strings (labels, kinds, actors, retry advice, messages) of every language.
import type { DsnDate } from '../explain/dsn-date.js';
import type { OwnNoticeId } from '../knowledge/own-notices.js';
import type { ListWords } from '../knowledge/esp-events.js';
import type { RetryWindow } from '../message/retry-window.js';
import type { ListAction } from '../report/tally.js';
import type { Actor, Kind, Reason, Retry } from '../types.js';
import type { PracticeProvider } from '../explain/code-practice.js';

/** The words of a feedback report that is no spam complaint: its badge, its reason's name, its explanation. */
export interface FeedbackWords {
  kind: string;
  name: string;
  summary: string;
  meaning: string;
  advice: string;
}

export interface UiText {
  /** Short names of the reasons ("Caixa postal cheia"), shown beside their ids. */
  reasonName: Record<Reason, string>;
  kind: Record<Kind, string>;
  actor: Record<Actor, string>;
  retry: Record<Retry, string>;
  /** retry.automatic when the report says until when (Will-Retry-Until): `when` is a dateTime. */
  retryUntil: (when: string) => string;
  /** A cause to fix on a 4xx the sending server still retries. */
  retryAfterFixQueued: string;
  /** A report's date and time, at the offset the report gives. */
  dateTime: (d: DsnDate) => string;
  /** retry.automatic when a delay warning says for how long (src/message/retry-window.ts). */
  retryFor: (w: RetryWindow) => string;
  /** What the list owner does about an address (Result.listAction): the CSV's action column and the text output. */
  listAction: Record<ListAction, string>;
  /** 'fix-your-side' for a message the sending server still retries: fix, but do not send it again. */
  fixYourSideStillTrying: string;
  /** 'retry' for a failure the sending server still retries (a delay notice, a 4xx alone): wait, do not resend. */
  retryStillTrying: string;
  /** 'retry' for a failure that sending again only gets past once its cause is resolved (Retry 'after-fix'). */
  retryAfterFix: string;
  /**
   * 'remove' for a permanent refusal by a rule of the recipient's organisation (tally's refusedByRecipientRule):
   * no bad address, but one that refuses every mailing until they allow the sender.
   */
  removeRecipientRule: string;
  /** 'fix-your-side' for a message the recipient's system holds until the sender confirms: confirm, do not resend. */
  fixYourSideHeld: string;
  /**
   * The list action as a sentence to the reader, in the words of the report's lists ("Tire este endereço da
   * sua lista."), with the same variants: the web page's card says it right after its heading.
   */
  verdict: Record<Exclude<ListAction, 'not-bounce' | 'error'> | 'retryStillTrying' | 'retryAfterFix' | 'fixYourSideHeld' | 'fixYourSideStillTrying' | 'removeRecipientRule', string>;
  /** An evidence's field (Evidence.field) in words; a header field's own name ("Action") is shown as it is. */
  evidenceFields: Record<string, string>;
  /**
   * What kind of evidence a rule id is (src/i18n/evidence-kind.ts), said before the id: "frase conhecida",
   * "regra do provedor Microsoft". `format` is a notice's format read by no named server's reader.
   */
  evidenceKind: {
    phrase: string; notice: string; status: string; replyCode: string; dsn: string; format: string; formatOf: (server: string) => string;
    provider: (name: string) => string; blocklist: string; authentication: string; known: string; command: string; log: string;
    esp: string; complaint: string; autoReply: string; verp: string; repair: string; other: string;
    /** The reader of `server`'s notices failed on this message: the others read it. */
    crashed: (server: string) => string;
  };
  label: {
    summary: string;
    meaning: string;
    advice: string;
    adminAdvice: string;
    whoActs: string;
    retry: string;
    replyCode: string;
    status: string;
    reason: string;
    hardBounce: string;
    /** The hard bounce row of an address to remove all the same (a disabled or abandoned mailbox, a complaint). */
    noButRemove: string;
    /** The badge of such an address, where a hard bounce has its own. */
    evidence: string;
    recipient: string;
    /** Before the address the sender wrote, when a forward or an alias failed under another. */
    originalRecipient: string;
    /** Before the address that wrote a message that is no bounce (a person's reply): "de". */
    writtenBy: string;
    listAction: string;
    source: string;
    file: string;
    yes: string;
    no: string;
  };
  /** "Standard: RFC 5321 §4.2.3" / "Not in any RFC". */
  standard: (rfc: string) => string;
  nonStandard: string;
  /** A reply code only the IANA registry lists (RFC 5248), which no protocol RFC defines. */
  registryOnly: (rfc: string) => string;
  /** The same, short, in a table's RFC column. */
  registryOnlyShort: (rfc: string) => string;
  /** Said of a derived X.0.9NN code. */
  derivedStatus: string;
  /** Said of a code in no table (an unregistered enhanced code, a reply code no RFC defines). */
  unknownCode: (code: string) => string;
  /** What to do about a code no table explains. */
  unknownCodeAdvice: string;
  /** The title of a reply code in no table, from its second digit (RFC 5321 §4.2.1: 0 syntax ... 5 mail system). */
  unlistedCodeTitle: (secondDigit: string) => string;
  /** Said of a 1yz reply code: RFC 5321 defines the class, but no SMTP command answers with one. */
  noPreliminaryReplies: string;
  /** The words of "expired" while the sending server is still retrying (a delay notice), src/explain/explain.ts. */
  stillTrying: { summary: string; meaning: string; advice: string };
  /** The reason's name for a delay the server still retries (Sisimai's "expired"): see shownReasonName(). */
  delayedReasonName: string;
  /** After a group's heading (the HTML report, the page's lists) when the sending server still retries its failures. */
  stillTryingGroup: string;
  /** "delivered" read from a reply (250, 251), not from a delivery report: the server took the message on. */
  accepted: { summary: string; meaning: string };
  /** A DSN's "Action: relayed" (RFC 3464 §2.3.3): handed on to a system that sends no delivery reports. */
  relayed: { summary: string; meaning: string };
  /** An enhanced code of class 2 (the registry's titles are written for failures): its title and advice. */
  successCode: { title: (subject: string) => string; advice: string };
  /** A success-only detail sent with class 4 or 5 ("5.1.5"): the server's code contradicts itself. */
  incoherentCode: { title: string; meaning: (code: string, detailTitle: string, successCode: string) => string; advice: string };
  /** A log line of the reader's own server refusing incoming mail: the words that replace a bounce's. */
  inbound: {
    summary: (client: string | null, from: string | null, to: string | null) => string;
    meaning: (reasonName: string) => string;
    advice: string;
    /** The advice when the refusal came from the server's own fault (a lookup table, the disk): see OWN_FAULT. */
    ownFault: string;
    /** The advice for a relay refusal ("Relay access denied"): an outside client asked to pass mail on, mostly an open-relay probe. */
    norelaying: string;
    retry: string;
  };
  /** The badge of a temporary failure the sending server gave up on (Action: failed): nobody retries now. */
  gaveUpKind: string;
  /** The badge of a permanent reply the sending server still keeps queued (Postfix's soft_bounce: status=deferred). */
  queuedKind: string;
  /** A permanent reply still queued: the retry line's words, then why the server still tries. */
  retryQueued: (retry: string) => string;
  /** The retry line of a reply to ETRN or ATRN (basic-codes.ts queueRun): no message is involved. */
  retryQueueRun: string;
  /** A complaint (feedback) is no success to show: its badge and its retry line. */
  complaint: { kind: string; retry: string };
  /**
   * An opt-out (RFC 5965's feedback type): the recipient asked to leave the list, by a mail app's
   * unsubscribe button or a written reply. No spam mark: words of its own, and its badge.
   */
  optOut: FeedbackWords;
  /**
   * A row of a list downloaded from a sending service (src/knowledge/esp-events.ts ListWords), explained
   * as what the list is: no bounce notice or reply was read, only the service's list.
   */
  /** A row's own words; `advice` where the reason's would mislead. */
  listRow: Record<ListWords, { summary: string; meaning: string; advice?: string }>;
  /**
   * An opt-out of some topics of a list only (Amazon SES's subscription event): the address stays on
   * the list. `summaryOf` names the topics (joined) and the list, when the event names it.
   */
  topicOptOut: FeedbackWords & { summaryOf: (topics: string, list: string | null) => string };
  /**
   * A sending service's event that is no failure and takes nothing off a list: the service sends to the
   * address again (Postmark's SubscriptionChange with SuppressSending false), the recipient subscribed again.
   */
  subscriptionNotice: Record<'reactivated' | 'resubscribed', { summary: string; meaning: string; advice: string }>;
  /**
   * Amazon SNS's message about the subscription itself, no recipient's event: it asks to confirm the
   * subscription (SubscriptionConfirmation), or says the endpoint was unsubscribed (UnsubscribeConfirmation).
   */
  snsNotice: Record<'subscribe' | 'unsubscribe', { summary: string; meaning: string; advice: string }>;
  /** A row of an export whose state is a word we do not know (the word, quoted), and that keeps no reply. */
  unknownEventState: { summary: (word: string) => string; meaning: string; advice: string };
  /** An event that names several recipients of one message and not whose change it is (the addresses, joined). */
  severalRecipients: (addresses: string) => string;
  /** An authentication failure report (RFC 6591): a DMARC forensic report, no complaint. */
  authFailureReport: FeedbackWords;
  /** A not-spam report (RFC 6430): the recipient took the message out of the spam folder; good news. */
  notSpamReport: FeedbackWords;
  /** A feedback report of another type (fraud, virus, other; RFC 5965): no complaint. */
  otherReport: FeedbackWords;
  /** The summary of a reply whose words say nothing the codes do not: refused or deferred without saying why. */
  withoutWhy: { permanent: (code: string) => string; transient: (code: string) => string };
  /** Starts the summary of a reply that is no error ("221", "354"), before the code's title. */
  notAnError: string;
  /** Added to the meaning for a code the matched provider uses in a sense of its own (Signature.ownStatus); the title is null for a code the registry lacks. */
  providerOwnStatus: (code: string, registryTitle: string | null) => string;
  /**
   * The title of an enhanced code a provider uses in a sense of its own, as the code's row shows it: its
   * sense there (the reason's name), then the registry's title ("5.1.10: Endereço inexistente, no sentido do
   * Microsoft 365 ..."): the registry's alone contradicted the verdict above it.
   */
  ownSenseTitle: (sense: string, registryTitle: string | null) => string;
  /**
   * After a code's meaning, looked up alone: a provider uses it in a sense of its own (src/explain/code-practice.ts),
   * another than the registry's (`registered`), or for a code the registry lacks.
   */
  codeInPractice: (provider: string, what: string, registered: boolean) => string;
  /** The providers of codeInPractice, as a sentence names them. */
  practiceProvider: Record<PracticeProvider, string>;
  /** Added to the meaning for an enhanced code the registry lacks ("5.7.509"); `group` names its subject. */
  unregisteredStatus: (code: string, group: string) => string;
  /** Added to the meaning when the code's registry title names another cause than the verdict's. */
  statusDisagrees: (code: string, registryTitle: string) => string;
  /** A reply code and an enhanced code of which one says success and the other failure ("550 2.0.0"): the reply code counts. */
  classesDisagree: (status: string, replyCode: string) => string;
  /** Added to the meaning when a "user unknown" text was read as a filter (src/classify/recipient-or-filter.ts). */
  unknownUserFiltered: string;
  /**
   * The admin's words for an unknown domain whose reply says which case it is (src/classify/classify.ts
   * readDomainState): it does not exist at all, or it exists with no mail server that works.
   */
  unknownDomainAdmin: { nonexistent: string; noMailServer: string };
  notBounce: string;
  notBounceMeaning: string;
  notBounceAdvice: string;
  /** A mail log in which no delivery failed or was deferred (src/reply/log-file.ts). */
  quietLog: { summary: string; meaning: (deliveries: number, count: string) => string; advice: string };
  /** Standard input or a named pipe that brought nothing; a file named on the command line with nothing in it (file...). */
  emptyInput: { summary: string; meaning: string; fileSummary: string; fileMeaning: string };
  /** A sending service's events (JSON or a CSV list) with no failure among them; `others` may be 0 (a list with no row). */
  quietEvents: { summary: string; meaning: (others: number, count: string) => string; advice: string };
  /** A text in which nothing was recognised (src/result.ts unrecognisedResult). */
  noCodeSummary: string;
  /** Its retryText: whether anything failed is not known. */
  unrecognisedRetry: string;
  /**
   * A part of a paste of several notices in which nothing was recognised (src/analyze.ts): said, with
   * the start of its first line, so that no part is skipped in silence.
   */
  unrecognisedPart: { summary: (excerpt: string) => string; meaning: string; advice: string };
  /** A text shaped as a code of a class no code has ("699", "6.0.0"). */
  invalidCode: { summary: string; reply: string; status: string };
  noCodeMeaning: string;
  noCodeAdvice: string;
  /** Put before the advice for a pasted notice that names no cause and has no code (src/analyze.ts). */
  pasteTechnicalDetails: string;
  errorSummary: (message: string) => string;
  /** An input that could not be read: its badge and its retry line (nothing was explained, nothing succeeded). */
  errorKind: string;
  errorRetry: string;
  /** The retryText of the last result of an input read only in part (past its cap of results or of size). */
  cutRetry: string;
  /** A delivery on the reader's own server that failed for a cause of the server's (src/explain-text.ts, localWords). */
  localDelivery: { summary: string; meaning: string; advice: string };
  /**
   * A delivery to a mailbox of the reader's own server that failed for the address itself (a log's
   * postfix/local, LMTP to Dovecot): what whoever runs that server can do. `admin` names them for
   * any delivery that stays on the server (the "recipient's admin" is the reader's own).
   */
  localMailbox: { admin: string; adminAdvice: Partial<Record<'userunknown' | 'mailboxfull', string>> };
  /** A log line of the reader's own server that is no delivery (src/knowledge/own-notices.ts). */
  ownNotice: Record<OwnNoticeId, { summary: (daemon: string) => string; meaning: string; advice: string }>;
  /** The advice for a recipient who moved, with the new address the reply gives. */
  newAddress: (address: string) => string;
  /** The error of a delivery report (multipart/report) in which no recipient could be read: cut short or damaged. */
  damagedReport: string;
  /** A message that is plainly a bounce (its sender, its subject) but holds no text at all: cut off on the way. */
  emptyNotice: string;
  /** A Compound File (the format of Outlook's .msg) from which no Outlook message could be read (src/message/outlook-msg.ts): why, and what to do. */
  outlookFile: { error: string; advice: string };
  /** A compressed file (a rotated log, mail.log.2.gz; a zipped export), src/message/file-content.ts. */
  compressedFile: { error: string; advice: string };
  /** A file that is not text at all (an image, a PDF...), src/message/file-content.ts. */
  binaryFile: { error: string; advice: string };
  /** A file with nothing in it (or only blank lines). */
  emptyFile: { error: string; advice: string };
  /** A text given to the library (analyze, analyzeInput) with nothing in it, or white space only. */
  emptyText: { error: string; advice: string };
  /**
   * The words of a capped or unread input in a program's call to the library (analyze, analyzeInput),
   * which names an option or a function, not a request nor the command line.
   */
  libraryCall: {
    tooManyResults: { error: (more: string, max: string) => string; advice: string };
    /** A .gz or an archive's file that unpacks past MAX_UNPACKED_BYTES (`mb`). */
    unpackedTooLarge: (mb: string) => string;
    /** An archive whose files unpack past MAX_ARCHIVE_UNPACKED_BYTES (`mb`) in all. */
    unpackedTotal: (mb: string) => string;
    /** A stream given to analyzeStream() that is no mbox nor log, past MAX_UNPACKED_BYTES (`mb`). */
    streamTooLarge: (mb: string) => string;
    /** A stream given to analyzeStream() that failed midway (`detail`, its error's message). */
    streamFailed: (detail: string) => string;
  };
  /** JSON objects (a sending service's events) cut short or malformed, src/reply/esp-events.ts. */
  brokenJson: { error: string; advice: string };
  /** A bounce naming more recipients than are read (MAX_RECIPIENTS): its last result. */
  moreRecipients: { summary: (error: string) => string; error: (max: string) => string; advice: string };
  /** A text cut at the size limit (MailProblem 'text-cut'): the result after what was read of it. */
  textCut: { summary: (error: string) => string; advice: string };
  /** Results past a request's cap (the web page, the API): at least how many more (messages left unread count one each), and the cap. */
  tooManyResults: { error: (more: string, max: string) => string; summary: (error: string) => string; advice: string };
}
