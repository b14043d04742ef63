// Command-line options. Usage errors throw UsageError (exit code 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { matchLocale } from '../i18n/catalog.js';
import { DEFAULT_LOCALE, type Locale } from '../types.js';

export const FORMATS = ['text', 'json', 'ndjson', 'csv', 'html', 'remove'] as const;
export type Format = (typeof FORMATS)[number];

export class UsageError extends Error {}

export interface CliOptions {
  lang: Locale;
  format: Format;
  inputs: string[];
  /** Counts by reason, kind and domain after the results. */
  summary: boolean;
  /** UTF-8 byte order mark before the CSV, for Excel. */
  bom: boolean;
  /** Worker threads for the analysis; 0 analyses on the main thread. */
  jobs: number;
  help: boolean;
  version: boolean;
}

/** --lang, else LC_ALL / LC_MESSAGES / LANG (pt* -> pt-BR, en* -> en), else pt-BR. */
export function resolveLocale(flag: string | undefined, env: NodeJS.ProcessEnv): Locale {
  if (flag !== undefined) {
    const locale = matchLocale(flag);
    if (!locale) throw new UsageError(`unknown language "${flag}": use pt-BR or en`);
    return locale;
  }
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const locale = matchLocale(env[name]);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/** node:util parseArgs, its errors turned into usage errors. */
export function parseOrUsage<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
}

/**
 * Worker threads used when --jobs is not given: none. Measured with scripts/bench-mbox.mjs (1 GB
 * mbox, 409,800 messages, 2 CPUs): on a quiet machine 0 workers took 42 s, 1 worker 53 s, 2 workers
 * 44 s (peak RSS 167, 167 and 199 MB); over the shared corpus x10, 1.5 s, 1.6 s and 1.8 s. A lone
 * run already keeps about 1.4 CPUs busy (V8 compiles and collects garbage on threads of its own: user
 * time 2.1 s for 1.5 s of wall time), and a message takes a fraction of a millisecond to analyse, so
 * passing messages between threads and each thread's own warm-up eat the gain on few cores.
 */
export const DEFAULT_JOBS = 0;

/**
 * The command line -> options. With no input named, standard input is read when it is piped or
 * redirected (`stdinPiped`), as `-` would.
 */
export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv, stdinPiped = false): CliOptions {
  const { values, positionals } = parseOrUsage({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      lang: { type: 'string', short: 'l' },
      format: { type: 'string', short: 'f' },
      summary: { type: 'boolean', short: 's' },
      bom: { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}": use ${FORMATS.join(', ')}`);
  if (values.bom && format !== 'csv') throw new UsageError('--bom goes with --format csv');
  let jobs = DEFAULT_JOBS;
  if (values.jobs !== undefined) {
    if (!/^\d{1,3}$/.test(values.jobs)) throw new UsageError(`--jobs takes a number of threads (0 = none), not "${values.jobs}"`);
    jobs = Number(values.jobs);
  }
  const options: CliOptions = {
    lang: resolveLocale(values.lang, env),
    format,
    inputs: positionals,
    summary: values.summary ?? false,
    bom: values.bom ?? false,
    jobs,
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (!options.help && !options.version && options.inputs.length === 0) {
    if (stdinPiped) return { ...options, inputs: ['-'] };
    throw new UsageError('nothing to explain: give a code, a reply, a log line, a file, a mailbox, a folder or - for standard input');
  }
  return options;
}
