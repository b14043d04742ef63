// What a drop brings: files, and folders read through the entries API (DataTransferItem.webkitGetAsEntry):
// a dropped folder is no File one can read (its arrayBuffer() fails), so its files are walked here, as
// the command line reads a folder: in name order, hidden entries (".DS_Store") and Thunderbird's ".msf"
// indexes skipped (skipped-entry.ts), and a Maildir's tmp/ (deliveries in progress) left out. Whatever
// cannot be read is kept by name, to get its own card.
import { skippedInFolder } from '../../src/mailbox/skipped-entry.js';

/** A file to read, or the name of one (or of a folder) that could not be reached. */
export type Picked = { name: string; file: File } | { name: string; file: null };

function byName(a: FileSystemEntry, b: FileSystemEntry): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Every entry of a folder: readEntries() gives them in batches, until an empty one. */
async function children(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return all;
    all.push(...batch);
  }
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** The entry's path below the dropped item ("maildir/cur/1700000000.M1.eml"). */
function pathOf(entry: FileSystemEntry): string {
  return entry.fullPath.replace(/^\/+/, '') || entry.name;
}

async function walk(entry: FileSystemEntry, out: Picked[]): Promise<void> {
  if (entry.isFile) {
    try {
      out.push({ name: pathOf(entry), file: await fileOf(entry as FileSystemFileEntry) });
    } catch {
      out.push({ name: pathOf(entry), file: null });
    }
    return;
  }
  if (!entry.isDirectory) return;
  let list: FileSystemEntry[];
  try {
    list = await children(entry as FileSystemDirectoryEntry);
  } catch {
    out.push({ name: pathOf(entry), file: null });
    return;
  }
  const folders = new Set(list.filter((e) => e.isDirectory).map((e) => e.name));
  const maildir = folders.has('cur') && folders.has('new');
  for (const e of list.sort(byName)) {
    // a Maildir's own hidden subfolders (".Junk", ".Sent") are Maildir++ folders, read as the CLI does
    const maildirFolder = maildir && e.isDirectory && e.name.startsWith('.');
    if (skippedInFolder(e.name) && !maildirFolder) continue;
    if (maildir && e.isDirectory && e.name === 'tmp') continue;
    await walk(e, out);
  }
}

/**
 * Takes what a drop holds. Must be called during the drop event: the browser empties the DataTransfer
 * once the event is over. Reading the folders may take longer: that is the promise.
 */
export function droppedItems(data: DataTransfer): Promise<Picked[]> {
  const items = data.items ? [...data.items].filter((i) => i.kind === 'file') : [];
  if (!items.length) return Promise.resolve([...data.files].map((file) => ({ name: file.name, file })));
  // each in its turn, so that the files come in the order they were dropped
  const order: (FileSystemEntry | Picked)[] = [];
  for (const item of items) {
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry) {
      order.push(entry);
      continue;
    }
    const file = item.getAsFile();
    if (file) order.push({ name: file.name, file });
  }
  return (async () => {
    const out: Picked[] = [];
    for (const o of order) {
      if ('isFile' in o) await walk(o, out);
      else out.push(o);
    }
    return out;
  })();
}

/**
 * The files of a folder chosen with the browser's folder chooser (`<input webkitdirectory>`), each named
 * by its path below the folder's parent ("Maildir/cur/1700000000.M1.eml"), left out and ordered as a
 * dropped folder's walk does. The chooser lists files only, not empty folders: a folder with a cur/ or a
 * new/ beside its tmp/ is taken for a Maildir.
 */
export function folderFiles(files: readonly File[]): Picked[] {
  const paths = files.map((file) => ({ file, parts: (file.webkitRelativePath || file.name).split('/') }));
  // the subfolders of each folder, by the folder's path
  const subfolders = new Map<string, Set<string>>();
  for (const { parts } of paths) {
    for (let i = 1; i < parts.length - 1; i++) {
      const parent = parts.slice(0, i).join('/');
      if (!subfolders.has(parent)) subfolders.set(parent, new Set());
      subfolders.get(parent)!.add(parts[i]!);
    }
  }
  const isMaildir = (folder: string) => {
    const subs = subfolders.get(folder);
    return !!subs && (subs.has('cur') || subs.has('new'));
  };
  const kept = paths.filter(({ parts }) => {
    // the chosen folder itself (parts[0]) is taken whatever its name, as a dropped one is
    for (let i = 1; i < parts.length; i++) {
      const name = parts[i]!;
      const folder = i < parts.length - 1;
      const maildir = folder && isMaildir(parts.slice(0, i).join('/'));
      if (skippedInFolder(name) && !(maildir && name.startsWith('.'))) return false;
      if (maildir && name === 'tmp') return false;
    }
    return true;
  });
  kept.sort((a, b) => {
    for (let i = 0; i < Math.min(a.parts.length, b.parts.length); i++) {
      if (a.parts[i] !== b.parts[i]) return a.parts[i]! < b.parts[i]! ? -1 : 1;
    }
    return a.parts.length - b.parts.length;
  });
  return kept.map(({ file, parts }) => ({ name: parts.join('/'), file }));
}
