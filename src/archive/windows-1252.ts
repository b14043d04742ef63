// Windows-1252 by hand, for names that are no UTF-8 (a file or archive entry named on Windows in
// Brazil or Western Europe: "relat\xf3rio.eml"). Node 20's TextDecoder reads the label "windows-1252"
// as Latin-1, whose 0x80-0x9F are controls: "\x96" would stay a control, not "–".

/** Windows-1252's characters 0x80 to 0x9F; the five it leaves undefined stay the Latin-1 controls, as in the WHATWG table. */
const HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Bytes as Windows-1252 text (every byte is a character). */
export function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80]! : String.fromCharCode(b);
  return text;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A name's bytes as text: UTF-8 when they are UTF-8, else Windows-1252 (shown only: nothing is opened by it). */
export function legacyNameText(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}
