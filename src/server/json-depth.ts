// How deeply a JSON request body nests, read before JSON.parse: a request is a flat {"text": ...} or a
// sending service's events (within eight levels), but 8 MB of "[[[[..." took JSON.parse 3.4 s.
import { nestsDeeperThan } from '../reply/json-brackets.js';

/** Nesting past which a body is refused unparsed. */
export const MAX_JSON_DEPTH = 64;

export function tooDeep(text: string): boolean {
  return nestsDeeperThan(text, MAX_JSON_DEPTH);
}
