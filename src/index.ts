// smtp-explain: explains SMTP replies, enhanced status codes, MTA log lines and bounce e-mails.
export { analyze, isMessageLike, type AnalyzeOptions } from './analyze.js';
export { explainText, type ExplainOptions } from './explain-text.js';
export { analyzeInput, splitMbox, type AnalyzeInputOptions, type AnalyzedInput } from './analyze-input.js';
export { mailboxReport, type MailboxReport, type AddressGroup, type SenderGroup } from './report/mailbox-report.js';
export { analyzeMessage } from './message/analyze-message.js';
export { parseReply } from './reply/parse-reply.js';
export { classify } from './classify/classify.js';
export { explain, type Explanation } from './explain/explain.js';
export { describeCode, describeBasicCode, describeEnhancedCode, type CodeDescription } from './explain/describe-code.js';
export { matchLocale } from './i18n/catalog.js';
export type { Result, MessageInfo, CodeSummary } from './result.js';
export type { ListAction } from './report/tally.js';
export * from './types.js';
