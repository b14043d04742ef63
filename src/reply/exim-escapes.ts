// Exim writes what a log line holds that is not printable ASCII as escapes (string_printing() in its
// string.c, print_topbitchars unset as by default): each such byte as a backslash and three octal digits,
// a line break of a multi-line reply as "\n", and a backslash as "\\". A Brazilian server's "Usuário
// inexistente" is logged "Usu\303\241rio inexistente" (UTF-8) or "Usu\341rio inexistente" (Latin-1), which
// no phrase table holds. The bytes are put back and read as UTF-8, else as Windows-1252 (Latin-1's superset).

/** A backslash escape as Exim writes one: three octal digits (a byte), n, r, t or a backslash. */
const ESCAPE = /\\(?:[0-3][0-7]{2}|[nrt\\])/;
const ESCAPES = /\\(?:[0-3][0-7]{2}|[nrt\\])/g;

const BACKSLASH = 92;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');
const encoder = new TextEncoder();

/** The text with Exim's escapes undone; the text itself when it holds none (the usual case). */
export function decodeEximEscapes(text: string): string {
  if (!text.includes('\\') || !ESCAPE.test(text)) return text;
  // the text's own characters as UTF-8 bytes, each escape as the byte (or the character) it stands for
  const bytes: number[] = [];
  const push = (piece: string): void => {
    for (const b of encoder.encode(piece)) bytes.push(b);
  };
  let at = 0;
  for (const m of text.matchAll(ESCAPES)) {
    push(text.slice(at, m.index));
    const e = m[0];
    if (e === '\\n') bytes.push(10);
    else if (e === '\\r') bytes.push(13);
    else if (e === '\\t') bytes.push(9);
    else if (e === '\\\\') bytes.push(BACKSLASH);
    else bytes.push(parseInt(e.slice(1), 8));
    at = m.index + e.length;
  }
  push(text.slice(at));
  const raw = Uint8Array.from(bytes);
  try {
    return utf8.decode(raw);
  } catch {
    return windows1252.decode(raw);
  }
}
