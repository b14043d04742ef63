// smtp-explain: explains SMTP replies, enhanced status codes, MTA log lines and bounce e-mails.
// The main functions check their arguments (src/library-api.ts); the lower-level ones are the engine's own.
export {
  analyze, analyzeInput, analyzeMessage, describeCode, explainText, mailboxReport, parseReply,
  type Result, type ExplainOptions, type AnalyzeOptions, type AnalyzeInputOptions,
} from './library-api.js';
export { isMessageLike } from './analyze.js';
export { splitMbox, type AnalyzedInput } from './analyze-input.js';
export type { MailboxReport, AddressGroup, SenderGroup } from './report/mailbox-report.js';
export { classify } from './classify/classify.js';
export { explain, type Explanation, type ExplainContext } from './explain/explain.js';
export { describeBasicCode, describeEnhancedCode, type CodeDescription } from './explain/describe-code.js';
export type { RetryWindow } from './message/retry-window.js';
export { matchLocale } from './i18n/catalog.js';
export type { MessageInfo, CodeSummary } from './result.js';
export type { ListAction } from './report/tally.js';
export * from './types.js';
