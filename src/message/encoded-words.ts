// RFC 2047 encoded words ("=?iso-8859-1?Q?Usu=E1rio?="), decoded by postal-mime, with Windows-1252 read
// as the Encoding Standard says (its TextDecoder may read it as Latin-1: src/message/windows-1252.ts).
import { decodeWords as postalDecodeWords } from './postal-mime.js';
import { fixDecodedWords } from './windows-1252.js';

export function decodeWords(value: string): string {
  return fixDecodedWords(value, postalDecodeWords(value));
}
