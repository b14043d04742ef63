// smtp-explain: explains SMTP replies, enhanced status codes, MTA log lines and bounce e-mails.
// Every exported function checks its arguments (src/library-api.ts, src/library-checked.ts); the engine calls its own unchecked.
export {
  analyze, analyzeInput, analyzeInputs, analyzeMessage, analyzeStream, describeCode, explainText, mailboxReport, parseReply,
  type Result, type ExplainOptions, type AnalyzeOptions, type AnalyzeInputOptions, type AnalyzeStreamOptions, type Input, type NamedInput, type StreamSource, type AnalyzedInput, type MailboxReportOptions,
} from './library-api.js';
export type { MailboxReport, AddressGroup, SenderGroup } from './report/mailbox-report.js';
export type { DeliveryCounts } from './reply/delivery-counts.js';
export type { Explanation, ExplainContext } from './explain/explain.js';
export type { CodeDescription } from './explain/describe-code.js';
export type { CodeInfo } from './explain/code-info.js';
export { classify, describeBasicCode, describeEnhancedCode, explain, hasError, isMessageLike, matchLocale, splitMbox } from './library-checked.js';
// types the returned values use (MailboxReport's check[].why, Reply's ownNotice and inbound)
export type { AliveWhy } from './report/address-lists.js';
export type { OwnNotice } from './reply/own-notice.js';
export type { OwnNoticeId } from './knowledge/own-notices.js';
export type { InboundRefusal } from './reply/inbound-refusal.js';
export type { RetryWindow } from './message/retry-window.js';
export type { MessageInfo, CodeSummary, ResultOutcome, ResultErrorCode } from './result.js';
// the closed lists of Result.outcome and Result.errorCode, each value documented where they are declared
export { RESULT_OUTCOMES, RESULT_ERROR_CODES } from './result.js';
export type { ListAction } from './report/tally.js';
// by name: the types the functions take or give (and the lists of their values); the engine's own
// (Facts' internal flags, the catalogs' shapes) stay internal
export { ACTORS, DEFAULT_LOCALE, LOCALES, REASONS } from './types.js';
export type { Actor, ClassifyFacts, Evidence, Kind, Locale, LocaleTag, Reason, Reply, ResultKind, Retry, Verdict } from './types.js';
