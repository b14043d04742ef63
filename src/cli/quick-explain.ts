// `smtp-explain 550`, `smtp-explain --lang en "550 5.1.1 User unknown"`: replies typed on the command
// line, explained with only the modules that explaining a text needs. The general command
// (commands/explain.ts) also loads the mailbox and message readers, the reports and the worker pool,
// which doubled the start-up time of such a run. The output is the general command's, byte for byte
// (test/quick-explain.test.ts); anything else goes to the general command.
import { explainText, explainsText } from '../explain-text.js';
import { askForDetails } from '../explain/ask-for-details.js';
import type { Result } from '../result.js';
import type { Locale } from '../types.js';
import { parseCliArgs, type CliOptions } from './args.js';
import { write, type CliIo } from './io.js';
import { QUICK_FORMATS } from './quick-check.js';
import { isReplyText, isReplyWord, onlyImpossibleCodes } from './is-reply-text.js';
import { colours, renderText, wantsColour } from './render-text.js';
import { joinUnquotedReply } from './unquoted-reply.js';

/**
 * The one language of this bundle's catalogs (esbuild defines QUICK_LOCALE per bundle, and puts that
 * language's catalogs in the other's place); unset when run from the sources, which hold both.
 */
declare const QUICK_LOCALE: Locale | undefined;
const BUNDLE_LOCALE: Locale | null = typeof QUICK_LOCALE === 'string' ? QUICK_LOCALE : null;


/**
 * Runs the command when every input is a one-line text that names no file and the options are
 * plain ones; null otherwise, with nothing written (the caller runs the general command).
 */
export async function quickExplain(argv: string[], io: CliIo): Promise<number | null> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv, io.env);
  } catch {
    return null; // the general command says what is wrong
  }
  if (options.help || options.version || options.summary || !QUICK_FORMATS.has(options.format)) return null;
  if (BUNDLE_LOCALE !== null && options.lang !== BUNDLE_LOCALE) return null; // the other bundle's language
  // (joined first: "User" alone in `550 5.1.1 User unknown` would be a missing file)
  const inputs = joinUnquotedReply(options.inputs, isReplyWord, explainsText);
  if (!inputs.every(isReplyText)) return null;
  let results: Result[];
  try {
    // as analyze() answers a text: a notice that names no cause asks for the details below it
    results = inputs.map((text) => askForDetails(explainText(text, { lang: options.lang, file: null })));
  } catch {
    return null; // the general command turns a crash into an error result
  }
  await write(io.stdout, render(results, options, io));
  return onlyImpossibleCodes(inputs) ? 2 : 0;
}


/** The results as the general command writes them (commands/explain.ts's frames, render.ts's formats). */
function render(results: readonly Result[], options: CliOptions, io: CliIo): string {
  switch (options.format) {
    case 'ndjson':
      return results.map((r) => JSON.stringify(r) + '\n').join('');
    case 'json':
      return '[' + results.map((r, i) => (i ? ',\n' : '\n') + JSON.stringify(r, null, 2).replace(/^/gm, '  ')).join('') + '\n]\n';
    default: {
      const pc = colours(wantsColour(io.env, io.stdout.isTTY === true));
      return results.map((r) => renderText(r, pc)).join('\n');
    }
  }
}
