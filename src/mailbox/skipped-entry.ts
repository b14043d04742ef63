// Folder entries a walk leaves out, the same for the command line's folders and the web page's drops.

/**
 * Apple Mail's export of a mailbox is a folder, "Bounces.mbox", that holds the mbox file ("mbox"), its
 * index ("table_of_contents", binary) and a property list ("Info.plist").
 */
const APPLE_MAIL_EXTRAS = new Set(['table_of_contents', 'Info.plist']);

/**
 * Hidden entries (".DS_Store", ".git"), Thunderbird's index of each mbox ("Inbox.msf", a Mork database
 * beside the "Inbox" it summarises) and the extras of Apple Mail's exported mailboxes: none holds mail.
 */
export function skippedInFolder(name: string): boolean {
  return name.startsWith('.') || name.toLowerCase().endsWith('.msf') || APPLE_MAIL_EXTRAS.has(name);
}

/**
 * Entries of a zip or tar archive left out, by their path inside it: the folder entries' rule for the
 * last name, macOS's "__MACOSX" folder of resource forks, which its Archive Utility adds to every zip,
 * and Google Takeout's index page.
 */
export function skippedInArchive(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return skippedInFolder(name) || path.startsWith('__MACOSX/') || path.includes('/__MACOSX/') || path === TAKEOUT_INDEX;
}

/** The page Google Takeout puts in every export to list what it holds: no mail. */
const TAKEOUT_INDEX = 'Takeout/archive_browser.html';
