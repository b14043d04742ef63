// Finds basic reply codes (RFC 5321 §4.2) and enhanced status codes (RFC 3463) in free text.
// Every regular expression here has bounded quantifiers only: constant work per position.
import { DOT, isDigit, isLineBreak, statusEnd } from './scan-chars.js';

/** An enhanced code: class 2/4/5, subject and detail of 1-3 digits, not part of a longer dotted number. */
const STATUS_RE = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?!\d)(?!\.\d)/g;

/**
 * A basic code at a reply position: not inside a number or an IP address, nor the second number of a
 * ratio ("(250/250 (100%))", cPanel's hourly limit), followed by a space, '-', or the end. After a
 * comma, only with words after it ("ana@example.com,550 5.1.1 User unknown"): a number ending a line
 * of comma-separated values is a field of a list ("Bia,bia@example.com,456").
 */
const REPLY_CODE_RE = /(?<![\d.\w/,])([245]\d\d)(?=[ \-]|$)|(?<=,)([245]\d\d)(?=[ \-])/gm;

/**
 * The first enhanced code, as STATUS_RE finds it. By hand, from one '.' to the next: every code has one
 * right after its class digit, and most texts hold a few (a lookbehind regex tried every position).
 */
export function findStatus(text: string): string {
  for (let dot = text.indexOf('.', 1); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    const at = dot - 1;
    const end = statusEnd(text, at);
    if (end < 0) continue;
    const before = at > 0 ? text.charCodeAt(at - 1) : 0;
    if (isDigit(before) || before === DOT) continue;
    // not followed by ".<digit>": no part of a longer dotted number (an IP address, a version)
    if (text.charCodeAt(end) === DOT && isDigit(text.charCodeAt(end + 1))) continue;
    return statusOf(text, at, end);
  }
  return '';
}

/** The code between `at` and `end`, its numbers without leading zeros ("5.01.001" -> "5.1.1"). */
function statusOf(text: string, at: number, end: number): string {
  const second = text.indexOf('.', at + 2);
  return `${text[at]}.${Number(text.slice(at + 2, second))}.${Number(text.slice(second + 1, end))}`;
}

/** All enhanced codes, in order. */
export function findAllStatus(text: string): string[] {
  const out: string[] = [];
  STATUS_RE.lastIndex = 0; // matchAll starts its copy of the regex where the last exec stopped
  for (const m of text.matchAll(STATUS_RE)) out.push(`${m[1]}.${Number(m[2])}.${Number(m[3])}`);
  return out;
}

/** The first basic reply code, preferring one at the start of a line (a real reply) over one in running text. */
export function findReplyCode(text: string): string {
  // the code most often starts the text: seen there without running the regex
  let at = 0;
  for (let c = text.charCodeAt(0); c === 32 || c === 9 || c === 62; c = text.charCodeAt(++at));
  if (isReplyCodeAt(text, at) && !isPhoneNumberAt(text, at)) return text.slice(at, at + 3);
  // (exec on the global regexes, not matchAll, which copies the regex at every call: this runs for most lines)
  CODE_AT_LINE_START_RE.lastIndex = 0;
  for (let m = CODE_AT_LINE_START_RE.exec(text); m; m = CODE_AT_LINE_START_RE.exec(text)) {
    if (!isPhoneNumberAt(text, m.index + m[0].length - 3)) return m[1]!;
  }
  REPLY_CODE_RE.lastIndex = 0;
  for (let m = REPLY_CODE_RE.exec(text); m; m = REPLY_CODE_RE.exec(text)) {
    if (!isPhoneNumberAt(text, m.index)) return m[1] ?? m[2]!;
  }
  return '';
}

/** A basic code at the start of a line (after spaces, tabs or '>' quoting). */
const CODE_AT_LINE_START_RE = /^[ \t>]*([245]\d\d)(?=[ \-]|$)/gm;

/**
 * Three digits at `at` that begin or continue a phone number as written in the US and Canada, never a
 * reply code (which no "-" and four digits follow): "555-0100", "555-555-0199", "(555) 555-0199",
 * "555 010 0100", "+1 555 010 0100".
 */
function isPhoneNumberAt(text: string, at: number): boolean {
  const after = at + 3;
  const sep = text.charCodeAt(after);
  if (sep === 45 /* - */ && digitsAt(text, after + 1, 4)) return true;
  if ((sep === 45 || sep === 32) && digitsAt(text, after + 1, 3)) {
    const next = text.charCodeAt(after + 4);
    if ((next === 45 || next === 32) && digitsAt(text, after + 5, 4)) return true;
  }
  // behind a country code: "+1 555", "+55 555"
  let b = at - 1;
  if (text.charCodeAt(b) === 32) b--;
  let n = 0;
  while (n < 3 && isDigit(text.charCodeAt(b))) { b--; n++; }
  return n > 0 && text.charCodeAt(b) === 43 /* + */;
}

/** Exactly `n` digits at `at`, no digit after them. */
function digitsAt(text: string, at: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (!isDigit(text.charCodeAt(at + i))) return false;
  return !isDigit(text.charCodeAt(at + n));
}

/**
 * A code of class 2, 4 or 5 at `at`, followed by a space, '-', a line break or the end: what
 * /([245]\d\d)(?=[ \-]|$)/m reads there.
 */
export function isReplyCodeAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if ((c !== 50 && c !== 52 && c !== 53) || !isDigit(text.charCodeAt(at + 1)) || !isDigit(text.charCodeAt(at + 2))) return false;
  const after = text.charCodeAt(at + 3);
  return after === 32 || after === 45 || at + 3 === text.length || isLineBreak(after);
}

/** A bare basic code: "550", or any three digits (101 and 111 are client-side errors people paste too). */
export function isBareReplyCode(text: string): boolean {
  return /^[1-5]\d\d$/.test(text);
}

/** Words people type before a code they look up: "Error 550", "erro 5.7.1", "SMTP 550", "código: 550". */
const CODE_LEAD_WORDS = ['smtp error', 'smtp erro', 'error code', 'código de erro', 'codigo de erro', 'error', 'erro', 'smtp', 'code', 'código', 'codigo', 'status'];

/** Punctuation around a code typed alone: "550.", "(5.1.1)", "'550'". */
const AROUND_CODE = '.,;:!?()[]"\'';

/**
 * A code typed alone, maybe with a leading word (CODE_LEAD_WORDS) and punctuation around it: its codes
 * ("550", "5.1.1", "550 5.1.1"), or null. So that "Error 550" and "550." are looked up as "550" is.
 */
export function bareCodes(text: string): { replyCode: string; status: string } | null {
  const code = codeCore(text);
  if (code === null) return null;
  if (isBareReplyCode(code)) return { replyCode: code, status: '' };
  if (isBareStatus(code)) return { replyCode: '', status: normaliseStatus(code) };
  const pair = BARE_PAIR.exec(code);
  return pair ? { replyCode: pair[1]!, status: normaliseStatus(pair[2]!) } : null;
}

/** A short text without a leading CODE_LEAD_WORDS word and the punctuation around it; null past 40 characters. */
function codeCore(text: string): string | null {
  if (text.length > 40) return null;
  let start = 0;
  let end = text.length;
  const lower = text.toLowerCase();
  for (const word of CODE_LEAD_WORDS) {
    if (!lower.startsWith(word)) continue;
    start = word.length;
    while (start < end && (text[start] === ' ' || text[start] === ':' || text[start] === '#' || text[start] === '-')) start++;
    break;
  }
  while (start < end && AROUND_CODE.includes(text[start]!)) start++;
  while (end > start && AROUND_CODE.includes(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/**
 * A text shaped as a code whose class no code has: "699", "6.0.0" (a reply code's first digit is 2 to
 * 5, RFC 5321 §4.2.1; an enhanced code's class 2, 4 or 5, RFC 3463 §3.1); null for anything else.
 */
export function invalidCodeShape(text: string): 'reply' | 'status' | null {
  const t = codeCore(text.trim());
  if (t === null) return null;
  if (/^\d{3}$/.test(t)) return isBareReplyCode(t) ? null : 'reply';
  if (/^\d\.\d{1,3}\.\d{1,3}$/.test(t)) return isBareStatus(t) ? null : 'status';
  return null;
}

/** "550 5.1.1" alone. */
const BARE_PAIR = /^([1-5]\d\d)[ \-]([245]\.\d{1,3}\.\d{1,3})$/;

/** A bare enhanced code: "5.7.26". */
export function isBareStatus(text: string): boolean {
  return /^[245]\.\d{1,3}\.\d{1,3}$/.test(text);
}

/** Normalises "5.01.001" to "5.1.1"; returns "" for anything that is not an enhanced code. */
export function normaliseStatus(value: string): string {
  const m = /^\s*([245])\.(\d{1,3})\.(\d{1,3})/.exec(value);
  return m ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : '';
}

/**
 * In a failure notice, the reply that failed: the first 4xx/5xx code, else the first code. A transcript
 * quotes the accepted steps too ("250 2.1.0 Ok" for MAIL FROM) before the refusal.
 */
export function findFailureReplyCode(text: string): string {
  REPLY_CODE_RE.lastIndex = 0;
  let first = '';
  for (const m of text.matchAll(REPLY_CODE_RE)) {
    if (isPhoneNumberAt(text, m.index)) continue;
    const code = m[1] ?? m[2]!;
    if (code[0] === '4' || code[0] === '5') return code;
    first ||= code;
  }
  return first;
}

/** The first 4.X.X or 5.X.X enhanced code, else the first one. */
export function findFailureStatus(text: string): string {
  const all = findAllStatus(text);
  return all.find((s) => s[0] === '4' || s[0] === '5') ?? all[0] ?? '';
}

/** A generic Status (X.0.0) yields to a specific code of the same class in the Diagnostic-Code. */
export function preferSpecific(field: string, fromText: string): string {
  if (!field) return fromText;
  if (fromText && field.endsWith('.0.0') && fromText[0] === field[0] && !fromText.endsWith('.0.0')) return fromText;
  return field;
}
