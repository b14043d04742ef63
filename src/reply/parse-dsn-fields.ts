// Reads RFC 3464 delivery-status fields ("Status: 5.1.1", "Diagnostic-Code: smtp; 550 ...") from text.
import { splitLines } from './clean-text.js';

/**
 * Field names are matched case-insensitively; values keep continuation lines (RFC 5322 folding) unfolded.
 * With `only` (lower-case names), the other fields are skipped: the same values, less work.
 */
export function readFields(text: string, only?: ReadonlySet<string>): Map<string, string> {
  return readFieldLines(splitLines(text), only);
}

/** readFields of text already split into lines (at LF, CRLF or CR). */
export function readFieldLines(lines: readonly string[], only?: ReadonlySet<string>): Map<string, string> {
  const fields = new Map<string, string>();
  let current: string | null = null;
  // by hand, not a regular expression per line: every DSN block and returned header block comes here
  for (const line of lines) {
    const first = line.charCodeAt(0);
    if (current && (first === SP || first === TAB)) {
      fields.set(current, fields.get(current)! + ' ' + line.trim());
      continue;
    }
    const colon = fieldNameEnd(line);
    if (colon > 0) {
      current = line.slice(0, colon).toLowerCase();
      if (only && !only.has(current)) current = null;
      else if (!fields.has(current)) fields.set(current, line.slice(colon + 1).trim());
      else current = null;
    } else {
      current = null;
    }
  }
  return fields;
}

const SP = 32;
const TAB = 9;
/** Longest field name read, as in RFC 3464 and RFC 5322 practice (a longer one is text, not a field). */
const MAX_FIELD_NAME = 41;

/**
 * Where the colon after a field name ("Final-Recipient:") is, or -1. A name starts with a letter and
 * holds letters, digits and hyphens. A line holding U+2028 or U+2029 is not a field, as before.
 */
function fieldNameEnd(line: string): number {
  const colon = line.indexOf(':');
  if (colon < 1 || colon > MAX_FIELD_NAME) return -1;
  const c0 = line.charCodeAt(0) | 0x20;
  if (c0 < 97 || c0 > 122) return -1;
  for (let i = 1; i < colon; i++) {
    const c = line.charCodeAt(i);
    const lower = c | 0x20;
    if (!((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 45)) return -1;
  }
  if (line.includes('\u2028') || line.includes('\u2029')) return -1;
  return colon;
}

/** "smtp; 550 5.1.1 ..." -> "550 5.1.1 ..."; "rfc822; a@x" -> "a@x". */
/**
 * A Diagnostic-Code of type X-Unix holds a local delivery program's exit status ("X-Unix; 255",
 * sendmail's and Postfix's), not an SMTP reply: its numbers must not be read as reply codes (an exit
 * status of 200 to 255 would read as a success).
 */
export function isExitStatus(diagnosticCode: string): boolean {
  return diagnosticCode.trimStart().slice(0, 7).toLowerCase() === 'x-unix;';
}

export function stripType(value: string): string {
  const semi = value.indexOf(';');
  if (semi > 0 && semi < 12 && !value.slice(0, semi).includes(' ')) return value.slice(semi + 1).trim();
  return value.trim();
}

/** Every value of one field (ARF repeats Original-Rcpt-To once per complaining recipient). */
export function fieldValues(text: string, name: string): string[] {
  const wanted = name.toLowerCase() + ':';
  const out: string[] = [];
  for (const line of splitLines(text)) {
    if (line.length > wanted.length && line.slice(0, wanted.length).toLowerCase() === wanted) out.push(line.slice(wanted.length).trim());
  }
  return out;
}
