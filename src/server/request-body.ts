// Reading the body of POST /api/explain, without Hono (src/server/explain-request.ts is its middleware).
// First what the request says of its body's bytes, checked before the body is read: its type, the
// Content-Encoding put on them and the charset of its text. One we cannot read is answered 415 at once:
// read as UTF-8 text, deflate or brotli bytes gave a "not a bounce" result, and an unknown charset
// garbled every accent. Then the bytes: a JSON request, a sending service's events, or a raw input.
import { isArchive } from '../archive/archive-entries.js';
import { gunzip, isGzip, MAX_UNPACKED_BYTES, type UnpackFailure } from '../archive/gunzip.js';
import { textDecoder } from '../message/windows-1252.js';
import { readEvents } from '../reply/read-events.js';
import type { Locale } from '../types.js';
import type { ApiErrorText, ErrorCode } from './api-errors.js';
import { MAX_JSON_DEPTH, tooDeep } from './json-depth.js';
import { langOf, langOrNone } from './request-lang.js';

/**
 * A request refused, as the API answers it ({"error": {code, message}}): `message` picks its words from
 * the request's error words, those of `lang` when the body named a language of ours.
 */
export interface Refusal {
  status: 400 | 413 | 415;
  code: ErrorCode;
  message: (words: ApiErrorText) => string;
  lang?: Locale;
  headers?: Record<string, string>;
}

function refusal(status: Refusal['status'], code: ErrorCode, message: Refusal['message'], more: Pick<Refusal, 'lang' | 'headers'> = {}): Refusal {
  return { status, code, message, ...more };
}

/**
 * Bodies read as they are; a gzip one (by its magic bytes, whatever the type says) is unpacked first, a
 * zip or tar archive opened. (Windows browsers send a .zip as application/x-zip-compressed.)
 */
const RAW_TYPES: ReadonlySet<string> = new Set([
  'text/plain', 'text/csv', 'message/rfc822', 'application/mbox', 'application/gzip', 'application/x-gzip', 'application/vnd.ms-outlook',
  'application/zip', 'application/x-zip-compressed', 'application/x-tar',
  // bytes of no stated kind (curl --data-binary -H 'content-type: application/octet-stream'): told by
  // their content, as a file given to the command line is
  'application/octet-stream',
]);

/** Bodies read as text with their charset parameter: a reply, log lines, a sending service's CSV export (RFC 7111). */
const TEXT_TYPES: ReadonlySet<string> = new Set(['text/plain', 'text/csv']);

/**
 * The Content-Encoding of a body: none (identity), gzip (x-gzip is its old name, RFC 9110 §8.4.1.3),
 * or one we do not unpack. Deflate and brotli are refused rather than unpacked: gzip is what tools
 * upload (a rotated log is already .gz), and its unpacking (src/archive/gunzip.ts) is the one bounded
 * against a small body that unpacks to gigabytes.
 */
export type BodyCoding = 'identity' | 'gzip' | { unsupported: string };

/** Codings shown in an answer: a header of any length is cut to this. */
const MAX_SHOWN = 100;

export function bodyCoding(header: string | undefined): BodyCoding {
  const codings = (header ?? '').split(',').map((s) => s.trim().toLowerCase()).filter((s) => s && s !== 'identity');
  if (codings.length === 0) return 'identity';
  if (codings.length === 1 && (codings[0] === 'gzip' || codings[0] === 'x-gzip')) return 'gzip';
  return { unsupported: codings.join(', ').slice(0, MAX_SHOWN) };
}

/** The charset of a Content-Type's parameters ("charset=utf-8", "charset=\"iso-8859-1\""); null when none. */
export function charsetParam(params: readonly string[]): string | null {
  for (const p of params) {
    const value = /^charset\s*=\s*"?([^";\s][^";]*)"?$/i.exec(p)?.[1]?.trim();
    if (value) return value.slice(0, MAX_SHOWN);
  }
  return null;
}

/** Whether this runtime's TextDecoder reads the charset (its WHATWG labels: "latin1", "windows-1252", "utf-16le"...). */
export function knownCharset(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * A JSON body's text: a gzip one (by its magic bytes, as a raw body is told, whatever the headers
 * say) unpacked first within the cap of every gzip input, then decoded with its charset (UTF-8 unless
 * it names another: RFC 8259 asks for UTF-8, but what a client declared is what it sent).
 */
export async function jsonBodyText(bytes: Uint8Array, charset: string | null): Promise<{ text: string } | { failure: UnpackFailure }> {
  const unpacked = isGzip(bytes) ? await gunzip(bytes) : bytes;
  if (typeof unpacked === 'string') return { failure: unpacked };
  return { text: textDecoder(charset ?? 'utf-8').decode(unpacked) };
}

/** What the headers say of a body we can read: JSON or raw, its media type, its coding and its text's charset. */
export interface BodyForm {
  json: boolean;
  /** Lower case, without parameters. */
  mediaType: string;
  coding: 'identity' | 'gzip';
  /** Of a JSON or text body only (others, a message or a mailbox, say theirs inside); null when none is named. */
  charset: string | null;
}

/** The form of a body by its Content-Type and Content-Encoding; a 415 when we cannot read it. */
export function bodyForm(contentType: string | undefined, contentEncoding: string | undefined): BodyForm | Refusal {
  const [type = '', ...params] = (contentType ?? '').split(';').map((s) => s.trim());
  const mediaType = type.toLowerCase();
  const json = mediaType === 'application/json' || /^application\/[\w.+-]+\+json$/.test(mediaType);
  if (!json && !RAW_TYPES.has(mediaType)) {
    return refusal(415, 'unsupported_media_type', (w) => (mediaType ? w.unsupportedType(mediaType.slice(0, 100)) : w.noContentType));
  }
  const coding = bodyCoding(contentEncoding);
  if (typeof coding === 'object') {
    // RFC 9110 §15.5.16: Accept-Encoding says which coding would have been taken
    return refusal(415, 'unsupported_media_type', (w) => w.unsupportedEncoding(coding.unsupported), { headers: { 'Accept-Encoding': 'gzip' } });
  }
  const charset = json || TEXT_TYPES.has(mediaType) ? charsetParam(params) : null;
  if (charset !== null && !knownCharset(charset)) return refusal(415, 'unsupported_media_type', (w) => w.unknownCharset(charset));
  return { json, mediaType, coding, charset };
}

/**
 * What a body gives to explain: `input`, and `lang` when a JSON request names a language of ours; a
 * refusal when there is nothing to read, or it is broken.
 */
export async function bodyInput(bytes: Uint8Array, form: BodyForm): Promise<{ input: string | Uint8Array; lang?: Locale } | Refusal> {
  // a body said to be gzip that is none: a broken compression layer, not a text to read as it is
  if (form.coding === 'gzip' && bytes.length > 0 && !isGzip(bytes)) {
    return refusal(400, form.json ? 'invalid_json' : 'bad_request', (w) => w.notGzip);
  }
  if (form.json) return jsonInput(bytes, form.charset);
  if (bytes.length === 0) return refusal(400, 'missing_field', (w) => w.bodyEmpty);
  // a .gz log or mailbox, sent as itself or with Content-Encoding: gzip, or an archive: analyzeInput unpacks it
  if (isGzip(bytes) || isArchive(bytes)) return { input: bytes };
  if (TEXT_TYPES.has(form.mediaType)) return { input: textDecoder(form.charset ?? 'utf-8').decode(bytes) };
  return { input: bytes };
}

/** A JSON body: a request {"text", "lang"}, or a sending service's events as its webhook posts them. */
async function jsonInput(bytes: Uint8Array, charset: string | null): Promise<{ input: string; lang?: Locale } | Refusal> {
  const read = await jsonBodyText(bytes, charset);
  if ('failure' in read) {
    return read.failure === 'too-large'
      ? refusal(413, 'payload_too_large', (w) => w.unpackedTooLarge(MAX_UNPACKED_BYTES))
      : refusal(400, 'invalid_json', (w) => w.gzipDamaged);
  }
  const raw = read.text;
  // nothing (or blanks) says nothing, as an empty raw body: no text is missing_field, not broken JSON
  if (!raw.trim()) return refusal(400, 'missing_field', (w) => w.bodyEmpty);
  if (tooDeep(raw)) return refusal(400, 'invalid_json', (w) => w.tooDeep(MAX_JSON_DEPTH));
  const parsed = parseJson(raw);
  if (!parsed) return refusal(400, 'invalid_json', (w) => w.notJson);
  const body = parsed.value;
  const isObject = typeof body === 'object' && body !== null && !Array.isArray(body);
  // a sending service's webhook pointed here posts its events as they are (SendGrid an array,
  // Mailgun an object with "event-data"): they are the input
  const events = isObject && 'text' in body ? null : readEvents(raw);
  if (events && events !== 'broken') return { input: raw };
  if (!isObject) return refusal(400, 'invalid_json', (w) => w.notObject);
  const { text, lang } = body as { text?: unknown; lang?: unknown };
  // the words of an error about "text" in the language the body asks for, when it names one of ours
  const words = { lang: langOrNone(lang) };
  if (text === undefined || text === null) return refusal(400, 'missing_field', (w) => w.textMissing, words);
  if (typeof text !== 'string') return refusal(400, 'invalid_field', (w) => w.textNotString, words);
  if (!text.trim()) return refusal(400, 'missing_field', (w) => w.textEmpty, words);
  const named = langOf(lang);
  if (named === null) return unknownLang;
  return named ? { input: text, lang: named } : { input: text };
}

/** JSON's value, or null when the text is no JSON. */
function parseJson(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return null;
  }
}

/** A "lang" or ?lang= that is no language we write in: said in the one the request can still be answered in. */
export const unknownLang: Refusal = refusal(400, 'invalid_field', (w) => w.unknownLang);
