// Addresses that belong to mail systems and services: never a failed recipient, nor a subscriber who writes.
import { findAddresses } from '../reply/find-address.js';

// with RFC 2142's mailboxes a notice gives as a contact ("write to postmaster@x or abuse@x")
const ROLE_LOCAL_PARTS = ['mailer-daemon', 'postmaster', 'mail-daemon', 'maildaemon', 'nobody', 'noreply', 'no-reply', 'bounce', 'bounces', 'abuse', 'hostmaster'];

/** Exchange's own mailbox, the sender of Microsoft 365's notices: "MicrosoftExchange" and 32 hex digits. */
const EXCHANGE_SYSTEM = /^microsoftexchange[0-9a-f]{32}$/;

export function isRoleAddress(address: string): boolean {
  const local = address.slice(0, address.lastIndexOf('@')).toLowerCase();
  return ROLE_LOCAL_PARTS.includes(local) || EXCHANGE_SYSTEM.test(local);
}

/** A shown sender ("Mail Delivery Subsystem <...>", "Microsoft Outlook") that is a mail system's. */
const SYSTEM_SENDER = /mail delivery|mailer-daemon|postmaster|microsoft outlook|sistema de entrega/i;

/** Whether a sender as a client shows it (name and address) is a mail system's: its notice's. */
export function isSystemSender(shown: string): boolean {
  return SYSTEM_SENDER.test(shown) || findAddresses(shown).some(isRoleAddress);
}

/**
 * Senders that are services, never a subscriber writing for themself: the list's own machinery and help
 * desks ("noreply@", "news-request@", "owner-news@", "suporte@", "sac.loja@"), with or without a suffix.
 */
const SERVICE_LOCAL_PARTS = [
  'noreply', 'no-reply', 'no_reply', 'donotreply', 'do-not-reply', 'mailer-daemon', 'postmaster', 'notify', 'notification',
  'bounce', 'sac', 'suporte', 'support', 'helpdesk', 'atendimento', 'news', 'newsletter',
];

export function isServiceAddress(address: string): boolean {
  const local = address.slice(0, address.lastIndexOf('@')).toLowerCase();
  return local.endsWith('-request') || local.endsWith('-owner') || local.startsWith('owner-') ||
    SERVICE_LOCAL_PARTS.some((r) => local === r || local.startsWith(`${r}+`) || local.startsWith(`${r}.`) || local.startsWith(`${r}-`));
}
