// Addresses that belong to mail systems, never to a failed recipient.

const ROLE_LOCAL_PARTS = ['mailer-daemon', 'postmaster', 'mail-daemon', 'maildaemon', 'nobody', 'noreply', 'no-reply', 'bounce', 'bounces'];

export function isRoleAddress(address: string): boolean {
  const local = address.slice(0, address.lastIndexOf('@')).toLowerCase();
  return ROLE_LOCAL_PARTS.includes(local);
}
