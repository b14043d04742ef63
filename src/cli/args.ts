// Command-line options. Usage errors throw UsageError (exit code 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { environmentLocale, matchLocale } from '../i18n/match-locale.js';
import type { Locale } from '../types.js';
import { USAGE_TEXT, type UsageText } from './usage-text.js';

export const FORMATS = ['text', 'json', 'ndjson', 'csv', 'html', 'remove', 'sisimai'] as const;
export type Format = (typeof FORMATS)[number];

/** A usage error, told in the language of the command line (`usageError` in commands/explain.ts). */
export class UsageError extends Error {
  constructor(readonly say: (t: UsageText) => string) {
    super(say(USAGE_TEXT.en));
  }
}

/** A usage error's message in a subcommand's own catalog, the same in every language's slot. */
export function usageMessage(message: string): UsageError {
  return new UsageError(() => message);
}

export interface CliOptions {
  lang: Locale;
  format: Format;
  inputs: string[];
  /** Counts by reason, kind and domain after the results. */
  summary: boolean;
  /** UTF-8 byte order mark before the CSV, for Excel. */
  bom: boolean;
  /**
   * Only results that are failures (or complaints) and errors are written; the others (the ordinary
   * messages of a whole mailbox, a log without failures) are counted in the closing line only.
   */
  bouncesOnly: boolean;
  /**
   * A mail log's refusals of incoming mail (by the reader's own server), in a log that also has deliveries,
   * are listed as results; without it they are only counted by reason (a log of refusals alone lists them).
   */
  inbound: boolean;
  /** Worker threads for the analysis; 0 analyses on the main thread. */
  jobs: number;
  help: boolean;
  version: boolean;
}

/** --lang, else LC_ALL / LC_MESSAGES / LANG (pt* -> pt-BR, en* -> en), else pt-BR. */
export function resolveLocale(flag: string | undefined, env: NodeJS.ProcessEnv): Locale {
  if (flag !== undefined) {
    const locale = matchLocale(flag);
    if (!locale) throw new UsageError((t) => t.unknownLang(flag));
    return locale;
  }
  return environmentLocale(env);
}

/** The language a usage error is told in: a valid --lang on the command line, else the environment's. */
export function errorLocale(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === '--lang' || a === '-l' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    const locale = value === undefined ? null : matchLocale(value);
    if (locale) return locale;
  }
  return resolveLocale(undefined, env);
}

/** node:util parseArgs, its errors turned into usage errors. */
export function parseOrUsage<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw fromParseArgs(error as Error & { code?: string });
  }
}

/** Node's parseArgs errors (in English) as usage errors in the user's language; others as Node words them. */
export function fromParseArgs(error: Error & { code?: string }): UsageError {
  const first = error.message.split('\n')[0]!;
  // "Unknown option '--nope'. To specify...", "Option '-f, --format <value>' argument missing"
  const option = /'([^']*)'/.exec(first)?.[1];
  if (option !== undefined) {
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError((t) => t.unknownOption(option));
    const name = option.replace(/ <value>$/, '');
    if (first.endsWith('argument missing')) return new UsageError((t) => t.missingValue(name));
    if (first.endsWith('does not take an argument')) return new UsageError((t) => t.noValue(name));
    // "--jobs -1": a value that starts with '-' reads as another option unless written "--jobs=-1"
    if (first.endsWith('argument is ambiguous.')) return new UsageError((t) => t.dashValue(name));
  }
  return usageMessage(first);
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
 * Most worker threads --jobs takes: each keeps its own heap (up to 256 MB, pool.ts) and warm-up, so
 * "--jobs 999" took 8.9 GB on 2 cores with no output; past the cores they only add memory.
 */
export const MAX_JOBS = 32;

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
      'no-bom': { type: 'boolean' },
      'bounces-only': { type: 'boolean' },
      inbound: { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError((t) => t.unknownFormat(String(values.format), FORMATS.join(', ')));
  if ((values.bom || values['no-bom']) && format !== 'csv') throw new UsageError((t) => t.bomWithoutCsv);
  let jobs = DEFAULT_JOBS;
  if (values.jobs !== undefined) {
    if (!/^\d{1,3}$/.test(values.jobs) || Number(values.jobs) > MAX_JOBS) throw new UsageError((t) => t.badJobs(values.jobs!, MAX_JOBS));
    jobs = Number(values.jobs);
  }
  const lang = resolveLocale(values.lang, env);
  const options: CliOptions = {
    lang,
    format,
    inputs: positionals,
    summary: values.summary ?? false,
    // the Portuguese CSV is made for Brazilian Excel (";" between cells), which reads UTF-8 only after a BOM
    bom: values['no-bom'] ? false : values.bom ?? lang === 'pt-BR',
    bouncesOnly: values['bounces-only'] ?? false,
    inbound: values.inbound ?? false,
    jobs,
    help: values.help ?? false,
    version: values.version ?? false,
  };
  // standard input is read once: a second "-" would find it empty
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError((t) => t.stdinTwice);
  if (!options.help && !options.version && options.inputs.length === 0) {
    if (stdinPiped) return { ...options, inputs: ['-'] };
    throw new UsageError((t) => t.nothingToExplain);
  }
  return options;
}
