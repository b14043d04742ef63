// Phrases that mean: the recipient refuses this mail through a filter or rule.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const filtered = {
  reason: 'filtered',
  phrases: [
    'message filtered',
    'filtered by',
    'rejected by recipient',
    'recipient rejected your message',
    'refuses to accept your mail',
    'rejected by the recipient',
    'refused by recipient',
    'user refuses',
    'recipient has blocked',
    'has blocked your address',
    'blocked by user',
    'blocked by recipient',
    'sender is blocked by the recipient',
    'does not wish to receive',
    'rejected by the user',
    'rejected by this user',
    // a person's own list of blocked senders, not the receiver's IP block list
    "recipient's block list",
    "recipient's blocklist",
    'blocked senders list',
    "recipient's blocked senders",
    'bloqueado pelo destinatário',
    'rejeitada pelo destinatário',
    'recusada pelo destinatário',
    'destinatário bloqueou',
    // "Mensagem bloqueada por regra do destinatário"
    'regra do destinatário',
    'regras do destinatário',
    'filtro do destinatário',
    'não deseja receber mensagens', // "does not wish to receive"
    // Spanish: "Remitente bloqueado por el destinatario", "en la lista de bloqueados del destinatario"
    'bloqueado por el destinatario',
    'lista de bloqueados del destinatario',
  ],
  weak: [
    'content filter',
    'mail filter',
    'filtering rules',
    'filtered',
  ],
} as const satisfies PhraseSet;

/**
 * A recipient that refuses mail from this sender ("ana@example.com is not accepting mail from you"):
 * tried before `notaccept`, whose "not accepting mail" (a domain that takes no mail at all) they hold.
 */
export const filteredSender = {
  reason: 'filtered',
  phrases: [
    // "The recipient only accepts mail from senders in its contact list": before userunknown, whose
    // "Recipient address rejected: Access denied" (Postfix's access map) may come before it
    'only accepts mail from',
    'is not accepting mail from',
    'does not accept mail from',
    // Portuguese: "o domínio não aceita mensagens deste remetente" (notaccept holds 'domínio não aceita mensagens')
    'não aceita mensagens deste remetente',
    'não aceita mensagens do remetente',
    'não aceita mensagens de remetentes',
    'não aceita e-mails deste remetente',
    'não aceita e-mails do remetente',
    'não aceita e-mails de remetentes',
    // the recipient's side blocked this sender or domain: "seu domínio está na lista de bloqueio do
    // destinatário", "Domínio do remetente bloqueado pelo administrador" (before the block lists' words)
    'lista de bloqueio do destinatário',
    // a person's own block list: "remetente está na lista de bloqueio do usuário"
    'lista de bloqueio do usuário',
    // Microsoft 365: "delivery to this address is restricted" (the recipient takes mail only from some senders)
    'delivery to this address is restricted',
    'entrega para este endereço está restrita',
    'bloqueado pelo administrador',
    'bloqueada pelo administrador',
  ],
} as const satisfies PhraseSet;
