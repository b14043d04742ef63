// The address the sender wrote, beside the one that failed: a forward's or an alias's target failed,
// and the address on the sender's list is the one written (RFC 3464 Original-Recipient, Postfix's
// "(expanded from <...>)" and its log's orig_to=).

/** `original` when it is another address than `recipient`; quotes around a local part ("a..b"@x) make no other address. */
export function otherAddress(original: string | null | undefined, recipient: string | null): string | null {
  const same = (a: string, b: string) => a.replace(/"/g, '').toLowerCase() === b.replace(/"/g, '').toLowerCase();
  return original && recipient && !same(original, recipient) ? original : null;
}
