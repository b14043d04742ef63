// Structured header fields (Content-Type, Content-Disposition, Content-Transfer-Encoding) read as
// postal-mime 4 reads them: comments stripped, then a value and its parameters. Nearly every real value
// is simple enough for parseSimple's slices; the rest is read character by character (parseQuoted),
// as postal-mime does, so that both readers of a message agree on its structure.
import { SP, TAB } from './ascii.js';

export interface Structured {
  /** Lower-cased value before the first ";". */
  readonly value: string;
  /** Read-only: the MIME reader shares one Structured between the parts that give the same text. */
  readonly params: ReadonlyMap<string, string>;
}

/** `s` without the SP and HTAB at its ends: only those, as postal-mime trims header names and values. */
export function trimWsp(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && (s.charCodeAt(start) === SP || s.charCodeAt(start) === TAB)) start++;
  while (end > start && (s.charCodeAt(end - 1) === SP || s.charCodeAt(end - 1) === TAB)) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/**
 * RFC 822 comments out of a structured field, as postal-mime strips them: not inside quotes, and
 * inside a parameter value only after whitespace ("name=a(1).txt" is a name); an unbalanced "(" is
 * text when a parameter follows it.
 */
export function stripComments(str: string): string {
  if (!str.includes('(')) return str;
  let result = '';
  let depth = 0;
  let escaped = false;
  let inQuote = false;
  let commentStart = -1;
  let inParameterValue = false;
  let endsWithWsp = false;
  const append = (c: string): void => {
    result += c;
    endsWithWsp = c === ' ' || c === '\t';
  };
  for (let i = 0; i < str.length; i++) {
    const chr = str.charAt(i);
    if (escaped) {
      if (depth === 0) append(chr);
      escaped = false;
      continue;
    }
    if (chr === '\\') {
      escaped = true;
      if (depth === 0) append(chr);
      continue;
    }
    if (chr === '"' && depth === 0) {
      inQuote = !inQuote;
      append(chr);
      continue;
    }
    if (!inQuote) {
      if (chr === '(' && (!inParameterValue || !result.length || endsWithWsp)) {
        if (depth === 0) commentStart = i;
        depth++;
        continue;
      }
      if (chr === ')' && depth > 0) {
        depth--;
        continue;
      }
      if (depth === 0) {
        if (chr === '=') inParameterValue = true;
        else if (chr === ';') inParameterValue = false;
      }
    }
    if (depth === 0) append(chr);
  }
  if (depth === 0) return result;
  return str.indexOf(';', commentStart) < 0 ? result : str;
}

/** A structured header value ("text/plain; charset=utf-8"), its comments stripped, read as postal-mime reads it. */
export function parseStructured(str: string): Structured {
  return parseSimple(str) ?? parseQuoted(str);
}

/**
 * One value of a simple structured field, as parseQuoted reads it: SP and HTAB dropped at its start,
 * and at its end unless a quoted string follows; a quoted string (without ";" or escapes) taken as it
 * is, and whatever follows its closing quote dropped. Null when the value is not that simple.
 */
function simpleValue(raw: string): string | null {
  const open = raw.indexOf('"');
  if (open < 0) return trimWsp(raw);
  const close = raw.indexOf('"', open + 1);
  if (close < 0) return null;
  for (let i = close + 1; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c !== SP && c !== TAB) return null;
  }
  let start = 0;
  while (start < open && (raw.charCodeAt(start) === SP || raw.charCodeAt(start) === TAB)) start++;
  return raw.slice(start, open) + raw.slice(open + 1, close);
}

/**
 * parseQuoted for a value without escapes whose quoted strings hold no ";" (nearly all), by slices
 * instead of character by character: a name is trimmed and lower-cased; a name without "=" is a
 * parameter with an empty value; the first of a name wins. Null when the value is not that simple.
 * @internal exported for its test against parseQuoted
 */
export function parseSimple(str: string): Structured | null {
  if (str.includes('\\')) return null;
  const params = new Map<string, string>();
  const parts = str.split(';');
  let main = simpleValue(parts[0]!);
  if (main === null) return null;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i]!;
    const eq = part.indexOf('=');
    if (eq < 0) {
      // a name without a value; quotes in it would be read as text, as here, but one may hide a ";"
      if (part.includes('"')) return null;
      const name = part.trim();
      if (name && !params.has(name.toLowerCase())) params.set(name.toLowerCase(), '');
      continue;
    }
    const key = part.slice(0, eq);
    if (key.includes('"')) return null;
    const value = simpleValue(part.slice(eq + 1));
    if (value === null) return null;
    const name = key.trim().toLowerCase();
    if (!params.has(name)) params.set(name, value);
  }
  // "text/plain charset=..." (a missing ";"): the type is the first word
  const space = main.search(/\s/);
  if (space > 0) main = main.slice(0, space);
  return { value: main.toLowerCase(), params };
}

/**
 * A structured value character by character, as postal-mime's parser does (quotes, escapes).
 * @internal exported for its test against parseSimple
 */
export function parseQuoted(str: string): Structured {
  const params = new Map<string, string>();
  let main = '';
  let key: string | null = null;
  let stage: 'key' | 'value' = 'value';
  let value = '';
  let pendingSpace = '';
  let quoteClosed = false;
  let quote = false;
  let escaped = false;
  const addChr = (c: string): void => {
    if (value.length) value += pendingSpace;
    pendingSpace = '';
    value += c;
  };
  const takeValue = (): string => {
    const result = value;
    value = '';
    pendingSpace = '';
    quoteClosed = false;
    return result;
  };
  const storeParam = (name: string, v: string): void => {
    if (!params.has(name)) params.set(name, v);
  };
  const storeValue = (): void => {
    const result = takeValue();
    if (key === null) main = result;
    else storeParam(key, result);
  };
  const storeEmptyKey = (): void => {
    const name = takeValue().trim();
    if (name) storeParam(name.toLowerCase(), '');
  };
  for (let i = 0; i < str.length; i++) {
    const chr = str.charAt(i);
    if (stage === 'key') {
      if (chr === '=') {
        key = takeValue().trim().toLowerCase();
        stage = 'value';
      } else if (chr === ';') {
        storeEmptyKey();
      } else {
        value += chr;
      }
      continue;
    }
    if (escaped) {
      addChr(chr);
    } else if (quote && chr === '\\') {
      escaped = true;
      continue;
    } else if (quote && chr === '"') {
      quote = false;
      quoteClosed = true;
    } else if (!quote && chr === '"') {
      quote = true;
      if (value.length) value += pendingSpace;
      pendingSpace = '';
    } else if (!quote && chr === ';') {
      storeValue();
      stage = 'key';
    } else if (!quote && (chr === ' ' || chr === '\t')) {
      pendingSpace += chr;
    } else if (!quoteClosed) {
      addChr(chr);
    }
    escaped = false;
  }
  if (stage === 'value') storeValue();
  else storeEmptyKey();
  // "text/plain charset=..." (a missing ";"): the type is the first word
  const space = main.search(/\s/);
  if (space > 0) main = main.slice(0, space);
  return { value: main.toLowerCase(), params };
}
