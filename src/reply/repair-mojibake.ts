// UTF-8 text that a mail client showed as Latin-1 or Windows-1252 ("UsuÃ¡rio inexistente" for "Usuário
// inexistente", "NÃƒO" for "NÃO", "â€“" for "–"), as a user copies it from the screen: read again as the
// UTF-8 it was. Done only when the text holds such a pair, every character is one byte of Windows-1252,
// and those bytes are valid UTF-8: a text with a real "Ã" beside a "¡" and nothing else of the kind stays
// as it is.
import { strictDecoder } from '../message/strict-decoder.js';
import { WINDOWS_1252_BYTE } from '../message/windows-1252.js';

/**
 * "Â" or "Ã" (the lead bytes of UTF-8's U+0080 to U+00FF) followed by a continuation byte read as Latin-1
 * or as Windows-1252 (0x80-0x9F: "ƒ" in "NÃƒO", "‡" in "AÃ‡ÃƒO"), or "â€" (the first two bytes of "–",
 * "’", "“" read as Windows-1252).
 */
const MOJIBAKE = /[\u00c2\u00c3][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|\u00e2\u20ac/;

export function repairMojibake(text: string): string {
  // most texts hold no lead character: native searches (memchr-like) answer before the regex
  if (!text.includes('\u00c3') && !text.includes('\u00c2') && !text.includes('\u00e2\u20ac')) return text;
  if (!MOJIBAKE.test(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c <= 0xff ? c : WINDOWS_1252_BYTE.get(text[i]!);
    if (b === undefined) return text;
    bytes[i] = b;
  }
  try {
    return strictDecoder('utf-8')?.decode(bytes) ?? text;
  } catch {
    return text;
  }
}
