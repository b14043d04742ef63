// The smtp-explain command line, callable in tests with its own streams and environment.
// `smtp-explain NAME ...` runs the subcommand NAME; anything else is explained (commands/explain.ts).
import { codesCommand } from './commands/codes.js';
import { explainCommand } from './commands/explain.js';
import { processIo, type CliIo, type Command } from './io.js';

/** Subcommands: name -> function(arguments after the name, io) -> exit code. */
export const COMMANDS: Record<string, Command> = {
  codes: codesCommand,
  // loaded on use: the HTTP server's modules stay out of every other command's start-up
  serve: async (argv, io) => (await import('./serve-command.js')).serveCommand(argv, io),
};

export async function run(argv: string[], io: CliIo = processIo()): Promise<number> {
  const name = argv[0];
  const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name]! : null;
  return command ? command(argv.slice(1), io) : explainCommand(argv, io);
}
