// Bytes to text by their charset label, as postal-mime decodes them (same labels, same aliases, same
// fallback), and the repair of labels that lie: a text that comes out with replacement characters is
// tried in the encodings its senders really use (TRUE_ENCODINGS). The MIME reader decodes text parts
// and header lines here.
import { strictDecoder } from './strict-decoder.js';
import { textDecoder } from './windows-1252.js';

const utf8 = new TextDecoder('utf-8');
/** Header lines keep a leading U+FEFF, as postal-mime reads them. */
const headerDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

// Charset labels, resolved like postal-mime: the label as written, then without decorations and
// through a few aliases, then windows-1252.
const CHARSET_ALIASES = new Map([
  ['iso88598i', 'iso-8859-8'], ['iso88598e', 'iso-8859-8'], ['shiftjis', 'shift_jis'], ['windows31j', 'shift_jis'],
  ['mskanji', 'shift_jis'], ['eucjp', 'euc-jp'], ['iso2022jp', 'iso-2022-jp'], ['iso2022jp1', 'iso-2022-jp'],
  ['iso2022jp2', 'iso-2022-jp'], ['junet', 'iso-2022-jp'], ['euckr', 'euc-kr'], ['uhc', 'euc-kr'], ['tis620', 'windows-874'],
]);
const CODE_PAGES = new Map([
  ['932', 'shift_jis'], ['936', 'gbk'], ['949', 'euc-kr'], ['950', 'big5'], ['874', 'windows-874'], ['51932', 'euc-jp'],
  ['50220', 'iso-2022-jp'], ['50221', 'iso-2022-jp'], ['50222', 'iso-2022-jp'],
]);
type Decoder = InstanceType<typeof TextDecoder>;
const textDecoders = new Map<string, Decoder | null>();
/** Labels remembered, good and bad (a refused label costs an exception); more are tried uncached. */
const MAX_LABELS = 256;

function tryDecoder(label: string): Decoder | null {
  const known = textDecoders.get(label);
  if (known !== undefined) return known;
  let decoder: Decoder | null = null;
  try {
    decoder = textDecoder(label);
  } catch {
    // not a label of the Encoding Standard (or not in this runtime)
  }
  if (textDecoders.size < MAX_LABELS) textDecoders.set(label, decoder);
  return decoder;
}

/** The decoder of a charset label (UTF-8 when there is none), windows-1252 for a label nobody knows. */
export function charsetDecoder(charset: string | undefined): Decoder {
  const label = (charset || 'utf8').trim().toLowerCase();
  const direct = tryDecoder(label);
  if (direct) return direct;
  const normalized = label.replace(/^(?:x-ms-|x-|cs)/, '').replace(/[\s._-]+/g, '');
  const page = /^(?:cp|windows|ms|ibm)(\d+)$/.exec(normalized);
  const alias = (page && CODE_PAGES.get(page[1]!)) || CHARSET_ALIASES.get(normalized) || normalized;
  return tryDecoder(alias) ?? tryDecoder('windows-1252') ?? utf8;
}

/**
 * A Windows code page number (an Outlook message's PidTagInternetCodepage, an RTF's \ansicpg) -> a
 * charset label charsetDecoder knows; undefined for none.
 */
export function codepageLabel(cp: number | undefined): string | undefined {
  if (cp === undefined) return undefined;
  if (cp === 65001) return 'utf-8';
  if (cp === 20127) return 'us-ascii';
  if (cp >= 28591 && cp <= 28605) return `iso-8859-${cp - 28590}`;
  return `windows-${cp}`;
}

/**
 * Encodings to try, in order, when text decoded under its label came out with replacement characters:
 * the label lies. Brazilian servers send Latin-1 (Windows-1252) text labelled UTF-8 or with no label
 * ("Usu\xe1rio inexistente"), Japanese carriers EUC-JP or Shift_JIS labelled ISO-2022-JP. Each is
 * tried strictly (a decoder that fails on a bad byte), Windows-1252 last (it takes any byte).
 */
const TRUE_ENCODINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ['utf-8', ['utf-8', 'windows-1252']],
  ['iso-2022-jp', ['euc-jp', 'shift_jis', 'utf-8']],
  // UTF-8 labelled ISO-8859-1 (webmail); told by its bytes, not by replacement characters (utf8Under1252Label)
  ['windows-1252', ['utf-8']],
]);
/** Header bytes as UTF-8 (RFC 6532), U+FFFD where they are not: headerText without its fallback. */
export function utf8HeaderText(bytes: Uint8Array): string {
  return headerDecoder.decode(bytes);
}

/** Header bytes as text: UTF-8 (RFC 6532), else the Latin-1 of servers that write 8-bit headers. */
export function headerText(bytes: Uint8Array): string {
  const text = utf8HeaderText(bytes);
  return text.includes('\uFFFD') ? decodeMislabelled(bytes, 'utf-8') ?? text : text;
}

/**
 * The text of bytes labelled Windows-1252 (or ISO-8859-1, US-ASCII: the labels the Encoding Standard
 * maps to it) as the UTF-8 they are, when they are well-formed UTF-8 beyond ASCII; else null. Webmail
 * and old Brazilian servers label UTF-8 text "iso-8859-1": read by its label, "Usuário inexistente"
 * became "UsuÃ¡rio inexistente" and no rule read it. Latin-1 text is nearly never valid UTF-8 (an "Ã"
 * followed by a sign from 0x80-0xBF on every accented letter), so the label stays right where it is.
 */
export function utf8Under1252Label(bytes: Uint8Array): string | null {
  // ASCII reads the same either way; else the strict UTF-8 reading, as for any label that lies
  return bytes.some((b) => b >= 0x80) ? decodeMislabelled(bytes, 'windows-1252') : null;
}

/** The text in the first encoding that reads the bytes without a fault, or null. */
export function decodeMislabelled(bytes: Uint8Array, encoding: string): string | null {
  for (const label of TRUE_ENCODINGS.get(encoding) ?? ['utf-8']) {
    try {
      const text = strictDecoder(label)?.decode(bytes);
      if (text !== undefined) return text;
    } catch {
      // not this one
    }
  }
  return null;
}
