// VERP (Variable Envelope Return Path): mailing lists and sending services send each copy with its own
// envelope sender that encodes the recipient, so the bounce comes back to an address that says which
// subscriber failed: "news-bounces+ana=example.com@lists.example.org" (Postfix's and Mailman's "+" and
// "=", https://www.postfix.org/VERP_README.html). The bounce goes to that address, and the returned
// message keeps it as its Return-Path. It names the address on the list even when a forward of it
// failed under another name, and a recipient that a notice forgot to name.
//
// Only the "+" form is read: in qmail's and ezmlm's "-" form ("list-return-12-ana=example.com@...")
// the prefix and the local part cannot be told apart when either holds a "-". Sender Rewriting Scheme
// ("SRS0=hash=tt=domain=local@...") and BATV ("prvs=tag=user@...") addresses also hold "=", and are
// no VERP.
import { cleanAddress } from '../reply/find-address.js';
import type { BounceDoc } from './types.js';

/** The bounce's header fields that hold its envelope recipient, the VERP address, in the order read. */
const BOUNCE_FIELDS = ['x-original-to', 'delivered-to', 'to'] as const;

/** The returned message's Return-Path field (unfolded: an envelope address fits on its line). */
const RETURN_PATH = /^return-path:([^\n]*)/im;

/** Prefixes of addresses with "=" that are no VERP (lower case). */
const NOT_VERP = ['srs0=', 'srs1=', 'prvs=', 'btv1=', 'msprvs1='];

/** The recipient a VERP address encodes ("ana@example.com"), or null when it is no VERP address. */
export function decodeVerp(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at <= 0) return null;
  const local = address.slice(0, at);
  const lower = local.toLowerCase();
  if (NOT_VERP.some((p) => lower.startsWith(p))) return null;
  const plus = local.indexOf('+');
  const equals = local.lastIndexOf('=');
  if (plus <= 0 || equals < plus + 2) return null;
  const user = local.slice(plus + 1, equals);
  const domain = local.slice(equals + 1);
  return isLocalPart(user) && isDomain(domain) ? `${user}@${domain}` : null;
}

/** A subscriber's address read from a VERP address, and the header field that held it. */
export interface Verp {
  address: string;
  field: string;
}

/** The subscriber's address a VERP bounce was sent back for; or null. */
export function verpRecipient(doc: BounceDoc): Verp | null {
  if (doc.originalHeaders) {
    // one search, not a parse of the whole block: this runs for every bounce of one recipient
    const returnPath = RETURN_PATH.exec(doc.originalHeaders)?.[1];
    const address = returnPath ? verpOf(returnPath) : null;
    if (address) return { address, field: 'return-path' };
  }
  for (const field of BOUNCE_FIELDS) {
    const value = doc.headers.get(field);
    const address = value ? verpOf(value) : null;
    if (address) return { address, field };
  }
  return null;
}

function verpOf(value: string): string | null {
  // most envelope senders are no VERP: spare them the address search
  if (!value.includes('+') || !value.includes('=')) return null;
  const address = cleanAddress(value);
  return address ? decodeVerp(address) : null;
}

function isLocalPart(s: string): boolean {
  if (!s || s.length > 64 || s.startsWith('.') || s.endsWith('.')) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // atext of RFC 5322 without "=" (the separator) and with "."
    if (c <= 0x20 || c >= 0x7f || '"(),:;<>@[\\]='.includes(s[i]!)) return false;
  }
  return true;
}

function isDomain(s: string): boolean {
  if (s.length < 4 || s.length > 253 || !s.includes('.') || s.startsWith('.') || s.endsWith('.') || s.includes('..')) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    const ok = (c >= 0x61 && c <= 0x7a) || (s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) || s[i] === '.' || s[i] === '-';
    if (!ok) return false;
  }
  return true;
}
