// Folder entries a walk leaves out, the same for the command line's folders and the web page's drops.

/**
 * Hidden entries (".DS_Store", ".git") and Thunderbird's index of each mbox ("Inbox.msf", a Mork
 * database beside the "Inbox" it summarises): neither holds mail.
 */
export function skippedInFolder(name: string): boolean {
  return name.startsWith('.') || name.toLowerCase().endsWith('.msf');
}
