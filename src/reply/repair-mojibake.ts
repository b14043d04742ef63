// UTF-8 text that a mail client showed as Latin-1 ("UsuÃ¡rio inexistente" for "Usuário inexistente",
// "nÃ£o" for "não"), as a user copies it from the screen: read again as the UTF-8 it was. Done only
// when the text holds such a pair, every character fits in one byte, and those bytes are valid UTF-8:
// a text with a real "Ã" beside a "¡" and nothing else of the kind stays as it is.
import { strictDecoder } from '../message/strict-decoder.js';

/** "Â" or "Ã" (the lead bytes of UTF-8's U+0080 to U+00FF) followed by a continuation byte read as Latin-1. */
const MOJIBAKE = /[\u00c2\u00c3][\u0080-\u00bf]/;

export function repairMojibake(text: string): string {
  // most texts hold neither lead character: two native searches (memchr-like) answer before the regex
  if (!text.includes('\u00c3') && !text.includes('\u00c2')) return text;
  if (!MOJIBAKE.test(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return text;
    bytes[i] = c;
  }
  try {
    return strictDecoder('utf-8')?.decode(bytes) ?? text;
  } catch {
    return text;
  }
}
