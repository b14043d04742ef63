// Whether a command-line argument is meant as a path: on its own, so that the quick path of the CLI
// (src/cli/quick-explain.ts) asks it without loading the input readers.

/** "bounces/x.eml", "./mail", "/var/mail/x": something meant as a path, not a reply text. */
export function looksLikePath(arg: string): boolean {
  if (/\s/.test(arg)) return false;
  return arg.includes('/') || arg.includes('\\') || /\.(?:eml|txt|mbox|mbx|msg|log|json|csv|gz|zip|tar|tgz)$/i.test(arg);
}
