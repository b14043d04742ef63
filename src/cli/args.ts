// Command-line options of `smtp-explain`. Usage errors throw UsageError (exit code 2).
import { parseArgs } from 'node:util';
import { matchLocale } from '../i18n/catalog.js';
import { DEFAULT_LOCALE, type Locale } from '../types.js';

export const FORMATS = ['text', 'json', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

export class UsageError extends Error {}

export interface CliOptions {
  lang: Locale;
  format: Format;
  inputs: string[];
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

export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        lang: { type: 'string', short: 'l' },
        format: { type: 'string', short: 'f' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}": use text, json or ndjson`);
  const options: CliOptions = {
    lang: resolveLocale(values.lang, env),
    format,
    inputs: positionals,
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (!options.help && !options.version && options.inputs.length === 0) {
    throw new UsageError('nothing to explain: give a code, a reply, a log line, a file, a folder or - for standard input');
  }
  return options;
}
