// How deeply a JSON text nests, read before JSON.parse: a request body is a flat {"text": ...} or a
// sending service's events (within eight levels), but 8 MB of "[[[[..." took JSON.parse 3.4 s.

/** Nesting past which a body is refused unparsed. */
export const MAX_JSON_DEPTH = 64;

/** True when the arrays and objects of `text` nest deeper than `max` (strings skipped); linear. */
export function nestsDeeperThan(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}
