// Whether a command-line argument is meant as a path: on its own, so that the quick path of the CLI
// (src/cli/quick-explain.ts) asks it without loading the input readers.

/** The extensions of the files the command line reads. */
const FILE_EXTENSION = /\.(?:eml|emlx|txt|mbox|mbx|msg|log|json|ndjson|jsonl|csv|gz|zip|tar|tgz)$/i;

/** A path's start: "/", "./", "../", "~/", "C:\" (or "C:/"). */
const PATH_START = /^(?:\.{0,2}\/|~\/|[A-Za-z]:[\\/])/;

/** A reply's telltale parts: a reply code before a space or dash, an address, a URL, "word: words". */
const REPLY_SIGN = /(?:^|\s)[245]\d\d[ -]|@|:\/\/|: /;

/**
 * A single word's signs of a reply: a number of three digits (a reply code, "999" too, which is then
 * said to be no code), an enhanced status code ("5.7.26", "X.7.26"), an address.
 */
const REPLY_WORD_SIGN = /(?<!\d)\d{3}(?!\d)|(?<![\d.])[\dXx]\.\d{1,3}\.\d{1,3}(?![\d.])|@/;

/**
 * "bounces/x.eml", "./mail", "/var/mail/x": something meant as a path, not a reply text. With spaces
 * ("Caixa de Entrada.mbox", "/home/ana/Bounces 2024.mbox") only when it starts as a path does, or ends
 * with a file extension, and holds no reply code, address, URL or "word: words" ("550 5.7.1 attachment
 * blocked: x.zip", "/var/mail/ana: mailbox is full").
 *
 * Given `recognised` (whether the explainer reads anything in a text), a single word is a path too
 * when it has no sign of a reply (no code, no address) and the explainer reads nothing in it: "Bouncse",
 * "mail.log.1", "Maildir" are a mistyped or missing file or folder, not a reply; "550", "5.7.26" and
 * "blocked" (a phrase the explainer knows) stay replies.
 */
export function looksLikePath(arg: string, recognised?: (text: string) => boolean): boolean {
  if (!/\s/.test(arg)) {
    if (arg.includes('/') || arg.includes('\\') || FILE_EXTENSION.test(arg)) return true;
    // (a word longer than any path, PATH_MAX's 4,096 bytes, is none)
    return recognised !== undefined && arg !== '' && arg.length <= 4096 && !REPLY_WORD_SIGN.test(arg) && !recognised(arg);
  }
  if (arg.includes('\n') || arg.includes('\r')) return false;
  return !REPLY_SIGN.test(arg) && (PATH_START.test(arg) || FILE_EXTENSION.test(arg));
}
