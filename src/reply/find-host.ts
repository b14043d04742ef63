// Finds the remote host a bounce or reply names: "host mx.example.org[192.0.2.10] said:",
// "host mx.example.org [192.0.2.10]:", "by mx.example.org.", "from mx.example.org (...)".

const HOST_RE = /\b(?:host|by|from|server|relay)[ :=]+([a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){1,8})\.?\s?[[(]/i;

/** The first host name followed by an address in brackets or parentheses, lower-cased, or null. */
export function findRemoteHost(text: string): string | null {
  const head = text.length > 8192 ? text.slice(0, 8192) : text;
  // the address's bracket or parenthesis is a must: most replies have neither, and skip the search
  if (!head.includes('[') && !head.includes('(')) return null;
  const m = HOST_RE.exec(head);
  if (!m) return null;
  const host = m[1]!.toLowerCase();
  // a bare IPv4 address is not a name
  return /^[\d.]+$/.test(host) ? null : host;
}
