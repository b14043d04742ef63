// The names of the subcommands (`smtp-explain codes`, `smtp-explain serve`): known to the entry point
// before any command is loaded, so that a first word like "codes" is never explained as a reply text.
export const SUBCOMMANDS = ['codes', 'serve'] as const;

export type Subcommand = (typeof SUBCOMMANDS)[number];

export function isSubcommand(word: string | undefined): word is Subcommand {
  return word !== undefined && (SUBCOMMANDS as readonly string[]).includes(word);
}
