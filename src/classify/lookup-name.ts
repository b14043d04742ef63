// Postfix names the DNS lookup that failed: "Host or domain name not found. Name service error for
// name=mx.example.net type=A: Host not found". When the name is the recipient's domain, the domain
// does not exist (hostunknown); when it is another name (the host its MX record points to), the domain
// exists and its DNS is broken: a fault of the recipient's side to fix, not an address to remove.

/** "name service error for name=mx.example.net type=a": the name, lower case; null when the text has none. */
export function failedLookupName(lowerText: string): string | null {
  const at = lowerText.indexOf('name service error for name=');
  if (at < 0) return null;
  const start = at + 'name service error for name='.length;
  const end = lowerText.indexOf(' ', start);
  const name = lowerText.slice(start, end < 0 ? start + 255 : Math.min(end, start + 255)).replace(/\.$/, '');
  return name || null;
}

/** True when the lookup that failed was of another name than the recipient's domain (or a parent of it). */
export function lookupOfOtherHost(lowerText: string, recipient: string | null): boolean {
  const name = failedLookupName(lowerText);
  const at = recipient?.lastIndexOf('@') ?? -1;
  if (!name || !recipient || at < 0) return false;
  const domain = recipient.slice(at + 1).toLowerCase();
  return name !== domain && !domain.endsWith(`.${name}`);
}
