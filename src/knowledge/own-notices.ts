// Lines of a mail server's own log that are no delivery and no refusal: what the server saw or did
// (a login that failed, a client on a block list, a table to rebuild, an address verification, a
// message that arrived). Explained as the server's own notice, never as a bounce of the reader's mail.
// The first row whose fragment (lower case) is in a Postfix daemon's line decides; 'other' stands for
// any other warning of a Postfix daemon. Words in src/i18n/*/ui.ts (ownNotice).

export const OWN_NOTICES = [
  // verify(8): a probe of an address (reject_unverified_sender/recipient, sendmail -bv), never sent
  { id: 'verify-probe', fragments: ['status=undeliverable', 'status=deliverable'] },
  // smtpd: someone failed to log in to the reader's server (RFC 4954 AUTH)
  { id: 'login-failed', fragments: ['sasl login authentication failed', 'sasl plain authentication failed', 'sasl cram-md5 authentication failed', 'authenticator failed for'] },
  // postscreen scored a connecting client on DNS block lists (postscreen_dnsbl_threshold decides)
  { id: 'client-listed', fragments: ['dnsbl rank'] },
  // smtpd's check of a connecting client's reverse DNS
  { id: 'client-dns', fragments: ['does not resolve to address', 'address not listed for hostname'] },
  // a client that left in the middle of the conversation (common with spam and scans)
  { id: 'client-left', fragments: ['lost connection after', 'too many errors after', 'timeout after'] },
  // a lookup table edited and not rebuilt with postmap
  { id: 'table-outdated', fragments: ['is older than source file'] },
] as const;

/** A row's id; 'arrival' is Exim's "<=" line (told by its shape, src/reply/own-notice.ts), 'other' any other warning. */
export type OwnNoticeId = (typeof OWN_NOTICES)[number]['id'] | 'arrival' | 'other';
