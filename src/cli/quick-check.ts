// Whether a command line may be for the quick path (quick-explain.ts), read from its words alone,
// before anything is loaded: only options it takes, one-line texts, nothing shaped like a path. A
// "yes" is checked again there in full (a file of that name, the options' values...); a "no" costs
// nothing, since the general command takes every command line.
import type { Format } from './args.js';
import { isSubcommand } from './subcommands.js';

/** Options whose value follows (quick-explain.ts takes every value of --lang; of --format, these). */
const VALUE_OPTIONS = new Set(['--lang', '-l', '--format', '-f']);
/**
 * The formats the quick path writes (here and in quick-explain.ts); csv and html (and --summary) are left
 * to the general command, as is any option but --lang and --format (a new option needs nothing here).
 */
export const QUICK_FORMATS: ReadonlySet<string> = new Set<Format>(['text', 'json', 'ndjson']);

export function quickCandidate(argv: readonly string[]): boolean {
  if (isSubcommand(argv[0])) return false;
  let texts = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (VALUE_OPTIONS.has(arg)) {
      const value = argv[++i];
      if (value === undefined || ((arg === '--format' || arg === '-f') && !QUICK_FORMATS.has(value))) return false;
    } else if (arg.startsWith('--lang=')) {
      continue;
    } else if (arg.startsWith('--format=')) {
      if (!QUICK_FORMATS.has(arg.slice('--format='.length))) return false;
    } else if (arg.startsWith('-') || arg.includes('\n') || arg.includes('\r') || maybePath(arg)) {
      return false; // other options, standard input, several lines, files
    } else {
      texts++;
    }
  }
  return texts > 0;
}

/** "box.mbox", "bounces/", "C:\\mail": no white space, and a slash or a file extension. */
function maybePath(arg: string): boolean {
  return !/\s/.test(arg) && /[/\\]|\.[a-z]+$/i.test(arg);
}
