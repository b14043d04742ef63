// The smtp-explain command, callable in tests with its own streams and environment. Exit codes: 0 all fine, 1 some input unreadable, 2 usage error.
import { readFileSync } from 'node:fs';
import { analyze } from '../analyze.js';
import { errorResult } from '../message/analyze-message.js';
import type { Result } from '../result.js';
import { parseCliArgs, UsageError, type CliOptions } from './args.js';
import { collectInputs, type Input } from './collect-inputs.js';
import { helpText } from './help.js';
import { renderText } from './render-text.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function resultsOf(input: Input, options: CliOptions): Promise<Result[]> {
  const ctx = { lang: options.lang, file: input.file };
  if (input.kind === 'error') return [errorResult(input.message, ctx)];
  try {
    return await analyze(input.kind === 'text' ? input.text : input.bytes, ctx);
  } catch (error) {
    // never lose an input: a crash in one message becomes an error result for it
    return [errorResult(`internal error: ${(error as Error).message}`, ctx)];
  }
}

export async function run(argv: string[], io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin as NodeJS.ReadableStream, env: process.env }): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv, io.env);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`smtp-explain: ${error.message}\nsmtp-explain --help shows the usage.\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) { io.stdout.write(helpText(options.lang)); return 0; }
  if (options.version) { io.stdout.write(version() + '\n'); return 0; }

  let unreadable = false;
  const all: Result[] = [];
  let first = true;
  for await (const input of collectInputs(options.inputs, io.stdin)) {
    if (input.kind === 'error') unreadable = true;
    for (const r of await resultsOf(input, options)) {
      if (options.format === 'ndjson') io.stdout.write(JSON.stringify(r) + '\n');
      else if (options.format === 'json') all.push(r);
      else { io.stdout.write((first ? '' : '\n') + renderText(r)); first = false; }
    }
  }
  if (options.format === 'json') io.stdout.write(JSON.stringify(all, null, 2) + '\n');
  return unreadable ? 1 : 0;
}
