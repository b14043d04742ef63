// Whether a command-line argument is meant as a path: on its own, so that the quick path of the CLI
// (src/cli/quick-explain.ts) asks it without loading the input readers.

/** The extensions of the files the command line reads. */
const FILE_EXTENSION = /\.(?:eml|emlx|txt|mbox|mbx|msg|log|json|ndjson|jsonl|csv|gz|zip|tar|tgz)$/i;

/** A path's start: "/", "./", "../", "~/", "C:\" (or "C:/"). */
const PATH_START = /^(?:\.{0,2}\/|~\/|[A-Za-z]:[\\/])/;

/** A reply's telltale parts: a reply code before a space or dash, an address, a URL, "word: words". */
const REPLY_SIGN = /(?:^|\s)[245]\d\d[ -]|@|:\/\/|: /;

/**
 * "bounces/x.eml", "./mail", "/var/mail/x": something meant as a path, not a reply text. With spaces
 * ("Caixa de Entrada.mbox", "/home/ana/Bounces 2024.mbox") only when it starts as a path does, or ends
 * with a file extension, and holds no reply code, address, URL or "word: words" ("550 5.7.1 attachment
 * blocked: x.zip", "/var/mail/ana: mailbox is full").
 */
export function looksLikePath(arg: string): boolean {
  if (!/\s/.test(arg)) return arg.includes('/') || arg.includes('\\') || FILE_EXTENSION.test(arg);
  if (arg.includes('\n') || arg.includes('\r')) return false;
  return !REPLY_SIGN.test(arg) && (PATH_START.test(arg) || FILE_EXTENSION.test(arg));
}
