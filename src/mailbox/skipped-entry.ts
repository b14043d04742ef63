// Folder entries a walk leaves out, the same for the command line's folders and the web page's drops.

/**
 * Hidden entries (".DS_Store", ".git") and Thunderbird's index of each mbox ("Inbox.msf", a Mork
 * database beside the "Inbox" it summarises): neither holds mail.
 */
export function skippedInFolder(name: string): boolean {
  return name.startsWith('.') || name.toLowerCase().endsWith('.msf');
}

/**
 * Entries of a zip or tar archive left out, by their path inside it: the folder entries' rule for the
 * last name, and macOS's "__MACOSX" folder of resource forks, which its Archive Utility adds to every zip.
 */
export function skippedInArchive(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return skippedInFolder(name) || path.startsWith('__MACOSX/') || path.includes('/__MACOSX/');
}
