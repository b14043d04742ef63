// One text a person pasted (a code, a reply, a log line, DSN fields) -> one Result.
import { classify } from './classify/classify.js';
import { parseReply } from './reply/parse-reply.js';
import { toResult, type Result } from './result.js';
import { DEFAULT_LOCALE, type Facts, type Locale } from './types.js';

export interface ExplainOptions {
  lang?: Locale;
  file?: string | null;
}

export function explainText(input: string, options: ExplainOptions = {}): Result {
  const reply = parseReply(input);
  const facts: Facts = {
    replyCode: reply.replyCode,
    status: reply.status,
    text: reply.text,
    command: reply.command,
    remoteHost: reply.remoteHost,
    recipient: reply.recipient,
    action: null,
  };
  return toResult(facts, classify(facts), { file: options.file ?? null, lang: options.lang ?? DEFAULT_LOCALE });
}
