// Names of files as a folder walk finds them. Linux stores a name as bytes, in no particular encoding:
// a folder copied from an old Windows machine holds Latin-1 names ("relat\xf3rio.eml"). Node reads a
// name as a string by decoding it as UTF-8, with U+FFFD for each byte that is no UTF-8: the string then
// names no file, and opening it fails. So a folder whose names are not all UTF-8 is listed again with
// its names as bytes (listFolder), such a name's file is opened by a path of bytes, and people are
// shown a string made from those bytes (nameText).
import { isUtf8 } from 'node:buffer';
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { legacyNameText } from '../message/windows-1252.js';

/**
 * A path to open. A string when it is UTF-8 (nearly always: the path is then shown as it is, and built
 * with path.join as before), else the path's bytes.
 */
export type FsPath = string | Buffer;

/** A file or folder to read: the path that opens it, and the name shown for it (the results' `file`). */
export interface FsEntry {
  path: FsPath;
  label: string;
}

const SLASH = Buffer.from('/');

/**
 * A name's bytes as text: UTF-8 when they are UTF-8; else Windows-1252, as the programs of Windows
 * wrote names in Brazil and Western Europe (and zip, tar and old Samba copies keep those bytes), so
 * that "relat\xf3rio.eml" reads "relatório.eml" (as UTF-8, "relat\uFFFDrio.eml", and two names
 * differing in their accents alike). The text is for reading only: the file is opened by its bytes.
 */
export const nameText: (name: Buffer) => string = legacyNameText;

/** A path's bytes as text: nameText's of each of its names, "/" between them (a UTF-8 folder keeps its accents beside a Latin-1 name). */
export function pathText(path: Buffer): string {
  if (isUtf8(path)) return path.toString('utf8');
  const names: string[] = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && path[i] !== 0x2f) continue;
    names.push(nameText(path.subarray(start, i)));
    start = i + 1;
  }
  return names.join('/');
}

/** A folder entry, its name a string (UTF-8) or bytes (listFolder). */
export type FolderDirent = Dirent | Dirent<Buffer>;

/**
 * A folder's entries. Names are read as strings, as they nearly always are UTF-8; when one holds U+FFFD
 * (the mark of a byte that is no UTF-8, or rarely that character itself), the folder is listed again
 * with its names as bytes. Reading every folder as bytes cost ~0.8 us more per entry (a Buffer each, and
 * its decoding in JavaScript): 5 ms a walk of 6,000 empty files (11 ms against 6).
 */
export function listFolder(dir: FsPath): FolderDirent[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  for (const e of entries) if (e.name.includes('\uFFFD')) return readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
  return entries;
}

/** An entry's name as text (nameText's for one read as bytes). */
export function direntText(e: FolderDirent): string {
  return typeof e.name === 'string' ? e.name : nameText(e.name);
}

/**
 * The entry of the folder `dir` whose name is `name` (a string, or its bytes as readdir gives them with
 * encoding "buffer"), its text `text` (direntText's). A UTF-8 name in a folder whose path is a string
 * gives a string, path.join's, as a walk by strings did; any other a path of bytes, shown as the
 * folder's label joined to the name's text.
 */
export function childEntry(dir: FsEntry, name: string | Buffer, text: string): FsEntry {
  if (typeof dir.path === 'string' && (typeof name === 'string' || isUtf8(name))) {
    const path = join(dir.path, text);
    return { path, label: path };
  }
  return { path: childPath(dir.path, name), label: join(dir.label, text) };
}

/** The path of `name` in the folder `dir`, as bytes. */
export function childPath(dir: FsPath, name: string | Buffer): Buffer {
  const head = typeof dir === 'string' ? Buffer.from(dir) : dir;
  const tail = typeof name === 'string' ? Buffer.from(name) : name;
  return head.length && head[head.length - 1] === SLASH[0] ? Buffer.concat([head, tail]) : Buffer.concat([head, SLASH, tail]);
}

/** A path inside the folder `dir` by a name known to be UTF-8 ("cur", "new"). */
export function joinPath(dir: FsPath, name: string): FsPath {
  return typeof dir === 'string' ? join(dir, name) : childPath(dir, name);
}
