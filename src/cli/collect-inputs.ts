// Turns the CLI's INPUT arguments into units of work: texts, files, every file of a folder, stdin.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type Input =
  | { kind: 'text'; file: null; text: string }
  | { kind: 'file'; file: string; bytes: Uint8Array }
  | { kind: 'error'; file: string; message: string };

/** A word that cannot be a path to anything we read: codes and replies are explained, not opened. */
async function pathKind(arg: string): Promise<'file' | 'dir' | null> {
  if (arg.length > 4096 || arg.includes('\n')) return null;
  try {
    const s = await stat(arg);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw Object.assign(new Error(`cannot read folder: ${(error as Error).message}`), { path: dir });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile()) yield path;
  }
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Yields the inputs in the order given; a folder's files in name order. Unreadable paths yield an error input. */
export async function* collectInputs(args: string[], stdin: NodeJS.ReadableStream): AsyncGenerator<Input> {
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'text', file: null, text: await readStdin(stdin) };
      continue;
    }
    const kind = await pathKind(arg);
    if (kind === 'file') {
      yield await readOne(arg);
    } else if (kind === 'dir') {
      try {
        for await (const path of walk(arg)) yield await readOne(path);
      } catch (error) {
        yield { kind: 'error', file: arg, message: (error as Error).message };
      }
    } else if (looksLikePath(arg)) {
      yield { kind: 'error', file: arg, message: 'no such file or folder' };
    } else {
      yield { kind: 'text', file: null, text: arg };
    }
  }
}

async function readOne(path: string): Promise<Input> {
  try {
    return { kind: 'file', file: path, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    return { kind: 'error', file: path, message: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
}

/** "bounces/x.eml", "./mail", "/var/mail/x": something meant as a path, not a reply text. */
function looksLikePath(arg: string): boolean {
  if (/\s/.test(arg)) return false;
  return arg.includes('/') || arg.includes('\\') || /\.(?:eml|txt|mbox|msg|log)$/i.test(arg);
}
