// Whether a command-line argument is a text to explain, as readInputs (src/mailbox/read-inputs.ts) reads it.
import { statSync } from 'node:fs';
import { looksLikePath } from '../mailbox/looks-like-path.js';

/** Longest argument read without asking the file system (as readInputs does). */
const MAX_PATH_LENGTH = 4096;

/**
 * An argument that readInputs (src/mailbox/read-inputs.ts) takes as a text and that analyze()
 * explains with explainText: not "-", no file or folder of that name, not shaped like a path, one
 * line (a line is never message-like: that takes two header lines or three lines of body), and no
 * JSON.
 */
export function isReplyText(arg: string): boolean {
  if (arg === '-' || arg.includes('\n') || arg.includes('\r')) return false;
  // a sending service's JSON events on one line: analyze() reads them as events, one result each
  if (/^\s*[[{]/.test(arg)) return false;
  if (arg.length <= MAX_PATH_LENGTH && !arg.includes('\0')) {
    try {
      if (statSync(arg, { throwIfNoEntry: false })) return false;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTDIR' && code !== 'ENAMETOOLONG') return false; // an unreadable path: the general command says so
    }
  }
  return !looksLikePath(arg);
}
