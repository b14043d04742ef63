// The brackets of a JSON text, read without parsing it (strings skipped): where its value ends, how
// deeply it nests. Linear, and cheap next to JSON.parse on hostile input.

/**
 * Walks the brackets of `text`, calling `stop(depth)` with the depth after each one; returns the index
 * of the bracket at which `stop` said true, or -1.
 */
export function walkJsonBrackets(text: string, stop: (depth: number) => boolean, from = 0): number {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (stop(++depth)) return i;
    } else if (c === 0x7d || c === 0x5d) {
      if (stop(--depth)) return i;
    }
  }
  return -1;
}

/** Where the JSON value that opens the text (or starts at `from`) ends (its brackets balanced); -1 if it never does. */
export function jsonValueEnd(text: string, from = 0): number {
  const close = walkJsonBrackets(text, (depth) => depth === 0, from);
  return close < 0 ? -1 : close + 1;
}

/** True when the arrays and objects of `text` nest deeper than `max`. */
export function nestsDeeperThan(text: string, max: number): boolean {
  return walkJsonBrackets(text, (depth) => depth > max) >= 0;
}
