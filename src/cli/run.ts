// The smtp-explain command line, callable in tests with its own streams and environment.
// `smtp-explain NAME ...` runs the subcommand NAME; anything else is explained (commands/explain.ts).
// Commands are loaded on use, so that each run loads only its own modules.
import { lazyProcessIo, type CliIo, type Command } from './io.js';
import { isSubcommand, type Subcommand } from './subcommands.js';

/** Subcommands: name -> function(arguments after the name, io) -> exit code. */
export const COMMANDS: Record<Subcommand, Command> = {
  codes: async (argv, io) => (await import('./commands/codes.js')).codesCommand(argv, io),
  serve: async (argv, io) => (await import('./serve-command.js')).serveCommand(argv, io),
};

export async function run(argv: string[], io: CliIo = lazyProcessIo()): Promise<number> {
  const name = argv[0];
  if (isSubcommand(name)) return COMMANDS[name](argv.slice(1), io);
  return (await import('./commands/explain.js')).explainCommand(argv, io);
}
