// Apple Mail keeps each message in an .emlx file: the message's length in bytes on a line of its own,
// the message (RFC 5322, as received), then an XML property list of Apple's flags. Read as the message.
import { opensWithFieldName } from './file-content.js';

/** Digits of the length line read at most (a message of up to 10^12 bytes). */
const MAX_LENGTH_DIGITS = 12;

/** The message an .emlx file holds, without its length line and property list; null for anything else. */
export function emlxMessage(bytes: Uint8Array): Uint8Array | null {
  let at = 0;
  let length = 0;
  for (; at < MAX_LENGTH_DIGITS && at < bytes.length && bytes[at]! >= 0x30 && bytes[at]! <= 0x39; at++) length = length * 10 + bytes[at]! - 0x30;
  if (at === 0) return null;
  // (Apple pads the number with spaces)
  while (bytes[at] === 0x20 || bytes[at] === 0x09) at++;
  if (bytes[at] === 0x0d) at++;
  if (bytes[at] !== 0x0a) return null;
  const message = bytes.subarray(at + 1, at + 1 + length);
  return opensWithFieldName(message) ? message : null;
}
