// Text from the input (a file's name, an address, a matched phrase) printed on a terminal: its control
// characters are shown as escapes, never sent. A file named "a\e]0;...\a.eml" would otherwise set the
// terminal's title, and other sequences can move the cursor, hide lines or write to the clipboard
// (OSC 52); bidirectional overrides can make a name read backwards.

import { CONTROL_CHARACTERS } from '../i18n/quoted-text.js';

/** C0 controls, DEL and C1 controls; the bidirectional embeddings, overrides and isolates. */
const UNPRINTABLE = new RegExp(`[${CONTROL_CHARACTERS}]`, 'g');

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}
