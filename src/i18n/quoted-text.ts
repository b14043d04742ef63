// Input quoted inside a sentence the library writes (a summary that names a pasted line, a topic's name):
// its control characters and bidirectional overrides are dropped, so that no face has to know which of
// its sentences quote the input. A terminal would run them (a title change, a clipboard write: OSC 52),
// and an override would make the rest of the sentence read backwards.

/**
 * The characters no text from the input may carry to a reader, for a character class: C0 controls (a tab
 * too), DEL and C1 controls; the bidi embeddings, overrides and isolates. The CLI's printable() shows the
 * same ones as escapes.
 */
export const CONTROL_CHARACTERS = '\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069';

const CONTROLS = new RegExp(`[${CONTROL_CHARACTERS}]+`, 'g');

/** The text with each run of those characters made one space. */
export function quotedText(text: string): string {
  return text.replace(CONTROLS, ' ');
}
