// Whether a command-line argument is a text to explain, as readInputs (src/mailbox/read-inputs.ts) reads it.
import { statSync } from 'node:fs';
import { explainsText } from '../explain-text.js';
import { looksLikePath } from '../mailbox/looks-like-path.js';
import { invalidCodeShape } from '../reply/find-codes.js';

/** Longest argument read without asking the file system (as readInputs does). */
const MAX_PATH_LENGTH = 4096;

/**
 * An argument that readInputs (src/mailbox/read-inputs.ts) takes as a text and that analyze()
 * explains with explainText: not "-", no file or folder of that name, not shaped like a path, one
 * line (a line is never message-like: that takes two header lines or three lines of body), and no
 * JSON. A single word must also look like a reply (a code, an address) or say something the explainer
 * knows ("blocked"): "Bouncse" or "mail.log.1", when no such file is there, is a missing file, which
 * readInputs says it cannot read.
 */
export function isReplyText(arg: string): boolean {
  return namesNoFile(arg) && !looksLikePath(arg, explainsText);
}

/**
 * A word of a reply typed without quotes (`smtp-explain 550 5.1.1 User unknown`), after its code:
 * as isReplyText, but any word that is no file and not shaped like a path ("User").
 */
export function isReplyWord(arg: string): boolean {
  return namesNoFile(arg) && !looksLikePath(arg);
}

/** Not "-", no file or folder of that name, one line, no JSON. */
function namesNoFile(arg: string): boolean {
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
  return true;
}

/**
 * Every input a code that no reply can have, typed on the command line ("999", "6.0.0"): each is
 * explained ("no code starts like that"), and the exit code is 2, a usage error, as
 * `smtp-explain codes 999` gives; a script that passed a wrong code learns it.
 */
export function onlyImpossibleCodes(inputs: readonly string[]): boolean {
  return inputs.length > 0 && inputs.every((arg) => invalidCodeShape(arg) !== null && isReplyText(arg));
}
