// Windows-1252 as the Encoding Standard defines it, whichever runtime decodes. Node 20's TextDecoder
// decodes the label "windows-1252", and the labels the standard maps to it ("iso-8859-1", "latin1",
// "us-ascii"), as Latin-1: bytes 0x80-0x9F come out as C1 controls, not "€", "–", "“", "’" (browsers
// get them right). Outlook's notices, Excel's CSV files and the file names of Windows machines in Brazil
// use those bytes. Browser-safe.

/** Windows-1252's characters for 0x80 to 0x9F; the five it leaves undefined stay the C1 controls, as in the WHATWG table. */
const HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Characters in 0x80-0x9F: what a Latin-1 reading leaves where Windows-1252 has letters and signs. */
const C1 = /[\u0080-\u009f]/;
const C1_ALL = /[\u0080-\u009f]/g;

type Decoder = InstanceType<typeof TextDecoder>;

/** Whether this runtime's TextDecoder reads 0x80 as "€" (set on first use). */
let nativeRight: boolean | undefined;

/** Latin-1 text as the Windows-1252 it was: C1 controls become the letters and signs of the table. */
export function fromLatin1(text: string): string {
  return C1.test(text) ? text.replace(C1_ALL, (c) => HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

/** A decoder whose Windows-1252 reads 0x80-0x9F right: the runtime's own, or it with the table. */
class Windows1252Decoder {
  constructor(private readonly inner: Decoder) {}
  get encoding(): string {
    return this.inner.encoding;
  }
  get fatal(): boolean {
    return this.inner.fatal;
  }
  get ignoreBOM(): boolean {
    return this.inner.ignoreBOM;
  }
  decode(input?: Parameters<Decoder['decode']>[0], options?: Parameters<Decoder['decode']>[1]): string {
    // one byte per character: a streamed chunk never ends inside one
    return fromLatin1(this.inner.decode(input, options));
  }
}

/**
 * `new TextDecoder(label, options)`, but for a label the Encoding Standard maps to Windows-1252 in a
 * runtime that reads it as Latin-1 (Node 20), a decoder that reads it as the standard says. Throws as
 * TextDecoder does for a label it does not know.
 */
export function textDecoder(label?: string, options?: ConstructorParameters<typeof TextDecoder>[1]): Decoder {
  const decoder = new TextDecoder(label, options);
  if (decoder.encoding !== 'windows-1252') return decoder;
  nativeRight ??= new TextDecoder('windows-1252').decode(new Uint8Array([0x80])) === '\u20ac';
  return nativeRight ? decoder : (new Windows1252Decoder(decoder) as unknown as Decoder);
}

/** Charset labels that the Encoding Standard reads as Windows-1252 (as a regular expression's alternatives). */
const WINDOWS_1252_LABELS = 'windows-1252|cp1252|iso-8859-1|iso8859-1|iso_8859-1|latin1|l1|us-ascii|ascii';

/** An RFC 2047 encoded word in one of those charsets ("=?iso-8859-1?Q?...", "=?windows-1252*pt?B?..."). */
const WINDOWS_1252_WORD = new RegExp(`=\\?(?:${WINDOWS_1252_LABELS})(?:\\*[^?]*)?\\?`, 'i');

/**
 * A header decoded by postal-mime's decodeWords (RFC 2047), whose TextDecoder may read Windows-1252 as
 * Latin-1: "=?windows-1252?Q?Entrega_=96_falhou?=" gave a C1 control for "–".
 */
export function fixDecodedWords(encoded: string, decoded: string): string {
  return C1.test(decoded) && WINDOWS_1252_WORD.test(encoded) ? fromLatin1(decoded) : decoded;
}

/** A charset parameter the Encoding Standard reads as Windows-1252 ("charset=iso-8859-1"). */
const WINDOWS_1252_PARAM = new RegExp(`charset\\s*=\\s*"?(?:${WINDOWS_1252_LABELS})\\b`, 'i');

/**
 * Text another reader (postal-mime) decoded from a message that labels a part Windows-1252 or Latin-1:
 * its C1 controls as Windows-1252's letters and signs. Only such a message is touched (a C1 control of a
 * UTF-8 part stays as it is).
 */
export function fixLatin1Text(text: string, message: Uint8Array): string {
  if (!C1.test(text)) return text;
  return WINDOWS_1252_PARAM.test(new TextDecoder('latin1').decode(message)) ? fromLatin1(text) : text;
}

let legacy: Decoder | null = null;

/** Bytes as Windows-1252 text (every byte is a character). */
export function windows1252(bytes: Uint8Array): string {
  return (legacy ??= textDecoder('windows-1252')).decode(bytes);
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

/** The byte of each Windows-1252 character above 0xFF ("€" -> 0x80), for turning such text back into bytes. */
export const WINDOWS_1252_BYTE: ReadonlyMap<string, number> = new Map(
  [...HIGH].flatMap((c, i) => (c.charCodeAt(0) > 0xff ? [[c, 0x80 + i] as const] : [])),
);
