// The language of a command line, read by the entry point to pick the quick path's bundle: each holds one
// language's catalogs (scripts/bundle-cli.mjs), which nearly halves the code loaded to explain one code.
// As parseCliArgs reads it: the last --lang, else the environment. A language it cannot tell (an unknown
// --lang value) gives null, and the general command answers; a wrong guess costs only time, since the
// bundle takes no command line of another language (quick-explain.ts).
import { environmentLocale, matchLocale } from '../i18n/match-locale.js';
import type { Locale } from '../types.js';

export function quickLocale(argv: readonly string[], env: NodeJS.ProcessEnv): Locale | null {
  let flag: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang' || a === '-l') flag = argv[++i];
    else if (a.startsWith('--lang=')) flag = a.slice('--lang='.length);
  }
  return flag === undefined ? environmentLocale(env) : matchLocale(flag);
}
