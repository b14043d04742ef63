// Finds e-mail addresses in free text without a regular expression: an address is found by its '@'
// and grown to both sides over the characters an address may hold. Linear in the text.

/** Longest address we accept (RFC 5321 §4.5.3.1: 64 + 1 + 255). */
export const MAX_ADDRESS_LENGTH = 320;

/**
 * Past ASCII, an address (RFC 6531) or a domain name (IDNA) holds letters, marks and digits only:
 * punctuation, symbols and spaces end it, such as the curly quotes a word processor puts around an
 * address, an ellipsis, or the comma of a Chinese or Arabic sentence ("，", "،").
 */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

function isWordChar(c: number): boolean {
  // (a lone surrogate, half of an emoji or of a rare letter, is no word character here)
  return WORD_CHAR.test(String.fromCharCode(c));
}

function isLocalChar(c: number): boolean {
  // letters, digits and the atext specials of RFC 5322 §3.2.3 that appear in real addresses
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    c === 46 || c === 45 || c === 95 || c === 43 || c === 61 || c === 33 || c === 35 || c === 36 ||
    c === 37 || c === 38 || c === 39 || c === 42 || c === 47 || c === 63 || c === 94 || c === 96 ||
    c === 123 || c === 124 || c === 125 || c === 126 || (c > 127 && isWordChar(c)) ||
    // a letter lost to a wrong charset ("jo\uFFFDo@example.com"): the address stays whole, visibly
    // damaged, and is not cut down to another one that looks real ("o@example.com")
    c === 0xfffd;
}

/**
 * Where a quoted local part ('"john doe"@example.com', RFC 5321 §4.1.2 Quoted-string) starts when the
 * '"' at `close` ends one: its opening quote on the same line, within 64 characters; else -1.
 */
function quotedStart(text: string, close: number): number {
  for (let i = close - 1; i >= 0 && close - i <= 64; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return -1;
    if (c === 34 && text.charCodeAt(i - 1) !== 92) return i === close - 1 ? -1 : i;
  }
  return -1;
}

function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 || (c > 127 && isWordChar(c));
}

/**
 * Chinese, Japanese and Korean are written without spaces, so text often touches an address
 * ("请联系kijitora@example.jp您好"). A top-level domain is all ASCII or all non-ASCII: the domain
 * ends where its last label changes between the two. A local part that is ASCII next to the "@" starts
 * after the CJK text before it (an all-CJK local part stays whole).
 */
function cutTld(domain: string): string {
  const dot = domain.lastIndexOf('.');
  const ascii = domain.charCodeAt(dot + 1) < 128;
  for (let i = dot + 2; i < domain.length; i++) {
    if ((domain.charCodeAt(i) < 128) !== ascii) return domain.slice(0, i);
  }
  return domain;
}

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;

function cutCjkPrefix(local: string): string {
  for (let i = local.length - 1; i >= 0; i--) {
    const c = local.charCodeAt(i);
    if (c < 128) continue;
    return CJK.test(local[i]!) && i < local.length - 1 ? local.slice(i + 1) : local;
  }
  return local;
}

/**
 * An address at the end of a URL ("https://help.example.net/bounce?email=ana@example.com") grows back
 * over the URL, whose "/", "?", "&" and "=" are atext too: it starts after the URL's last "/", "?" or
 * "&", and after a query parameter's name ("email="); an encoded "mailto%3A" goes too. Only after a
 * URL ("//"): "r&d@example.com" and "ana/vendas@example.com" are addresses of their own, and a VERP
 * local part keeps its "=" ("news+ana=example.com@list.example.org").
 */
function cutUrlPrefix(local: string): string {
  const encoded = local.includes('%') ? local.toLowerCase().lastIndexOf('%3a') : -1;
  if (encoded >= 0) local = local.slice(encoded + 3);
  if (!local.includes('//')) return local;
  const cut = Math.max(local.lastIndexOf('/'), local.lastIndexOf('?'), local.lastIndexOf('&'));
  if (cut < 0) return local;
  const rest = local.slice(cut + 1);
  const eq = local[cut] === '/' ? -1 : rest.indexOf('=');
  return eq >= 0 ? rest.slice(eq + 1) : rest;
}

/** Every plausible address in the text, in order, lower-cased domain, without surrounding dots. */
export function findAddresses(text: string, limit = 50): string[] {
  const out: string[] = [];
  let from = 0;
  while (out.length < limit) {
    const at = text.indexOf('@', from);
    if (at < 0) break;
    let start = at;
    const quoted = text.charCodeAt(at - 1) === 34 ? quotedStart(text, at - 1) : -1;
    if (quoted >= 0) start = quoted;
    else while (start > 0 && at - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && end - at < 256 && isDomainChar(text.charCodeAt(end))) end++;
    from = end > at + 1 ? end : at + 1;
    let local = quoted >= 0 ? text.slice(start, at) : cutUrlPrefix(cutCjkPrefix(text.slice(start, at)));
    let domain = text.slice(at + 1, end);
    while (local.startsWith('.') || local.startsWith("'")) local = local.slice(1);
    while (domain.endsWith('.') || domain.endsWith('-')) domain = domain.slice(0, -1);
    domain = cutTld(domain);
    while (domain.endsWith('.') || domain.endsWith('-')) domain = domain.slice(0, -1);
    // a local part of nothing but lost letters names nobody
    if (!local || !domain.includes('.') || domain.startsWith('.') || /^\uFFFD+$/.test(local)) continue;
    const tld = domain.slice(domain.lastIndexOf('.') + 1);
    if (tld.length < 2 || /\d/.test(tld)) continue;
    out.push(`${local}@${domain.toLowerCase()}`);
  }
  return out;
}

export function findAddress(text: string): string | null {
  return findAddresses(text, 1)[0] ?? null;
}

/** The address inside "<...>" if the value has one, else the first address in it. */
export function cleanAddress(value: string): string | null {
  const lt = value.indexOf('<');
  const gt = lt >= 0 ? value.indexOf('>', lt) : -1;
  if (lt >= 0 && gt > lt) {
    const inner = findAddress(value.slice(lt + 1, gt));
    if (inner) return inner;
  }
  return findAddress(value);
}

/**
 * The recipient a field names whose whole purpose is to name one: a DSN's Final-Recipient (its type,
 * "rfc822;", taken off by the caller), an ESP event's or export row's email. Its address when the value
 * (trimmed, without angle brackets) is one; else the value as written, when it reads as an address
 * written wrong ("maria@example,com", "joao silva@example.com", "ze@example", "carla@@example.org"):
 * that is the string the sender must find and delete in the list, and the first address inside it
 * ("silva@example.com") would be another, possibly real, subscriber. Free text keeps findAddress.
 */
export function writtenRecipient(value: string): string | null {
  return recipientField(value)?.address ?? null;
}

/** writtenRecipient(), and whether what it gives is a well-formed address (false: the value as written wrong). */
export function recipientField(value: string): { address: string; wellFormed: boolean } | null {
  const found = cleanAddress(value);
  let v = value.trim();
  const lt = v.indexOf('<');
  const gt = lt >= 0 ? v.indexOf('>', lt) : -1;
  if (lt >= 0 && gt > lt) v = v.slice(lt + 1, gt);
  else v = v.replace(/^<|>$/g, '');
  // one line, spaces as one: the remove list holds an address a line, the CSV one a cell
  v = v.replace(/\s+/g, ' ').trim();
  if (found && found.toLowerCase() === v.toLowerCase()) return { address: found, wellFormed: true };
  if (isWrittenAddress(v)) return { address: v, wellFormed: false };
  // a field with control characters is no address written wrong, nor one to find inside: the address
  // after an escape sequence ("orig\x1b[31m@example.com" -> "31m@example.com") is a fragment, no subscriber's
  if (CONTROL.test(v)) return null;
  return found ? { address: found, wellFormed: true } : null;
}

/** C0 controls (an ESC, a BEL) and DEL. */
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * An address written wrong, not another thing in its place: a letter, and an "@" or a dot; within the
 * length of an address; no control character; not a local delivery to a file or a program ("/var/mail/ana",
 * "|/usr/bin/procmail", RFC 3464 Final-Recipients of aliases(5)), whose address, if any, is the one inside;
 * not a bare domain or a source route ("@mx.example.org", "@relay.example.net:ana@host": sendmail's),
 * which name no mailbox of the list.
 */
function isWrittenAddress(v: string): boolean {
  if (v.length < 3 || v.length > MAX_ADDRESS_LENGTH || '|/@'.includes(v[0]!)) return false;
  if (!v.includes('@') && !v.includes('.')) return false;
  return /\p{L}/u.test(v) && !CONTROL.test(v);
}
