// One text a person pasted (a code, a reply, a log line, DSN fields) -> one Result.
import { classify } from './classify/classify.js';
import { parseReply } from './reply/parse-reply.js';
import { toResult, unrecognisedResult, type Result } from './result.js';
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
  const verdict = classify(facts);
  const ctx = { file: options.file ?? null, lang: options.lang ?? DEFAULT_LOCALE };
  // no code and no phrase: not a failure we can explain ("hello"), say what to paste instead
  if (!facts.replyCode && !facts.status && verdict.reason === 'undefined' && !verdict.evidence.length) return unrecognisedResult(ctx);
  return toResult(facts, verdict, ctx);
}
