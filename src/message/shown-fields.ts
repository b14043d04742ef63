// The header fields a mail client shows above a message, under the names it gives them (English and
// Portuguese clients, Gmail's mix of both, its details pop-up): one table for every reader of pasted
// text (displayed-headers.ts, forwarded-notice.ts, decode-text.ts).

/** A shown field name, lower case, and the header field it shows. */
export const SHOWN_FIELDS: ReadonlyMap<string, string> = new Map([
  ['from', 'From'], ['de', 'From'],
  ['to', 'To'], ['para', 'To'],
  ['cc', 'Cc'], ['bcc', 'Bcc'], ['cco', 'Bcc'],
  ['subject', 'Subject'], ['assunto', 'Subject'],
  ['date', 'Date'], ['sent', 'Date'], ['data', 'Date'], ['enviado', 'Date'], ['enviada', 'Date'], ['enviado em', 'Date'], ['enviada em', 'Date'],
  ['reply-to', 'Reply-To'], ['responder a', 'Reply-To'],
  // Gmail's details pop-up: the domains that sent and signed the message, its encryption
  ['mailed-by', 'X-Mailed-By'], ['enviado por', 'X-Mailed-By'], ['signed-by', 'X-Signed-By'], ['assinado por', 'X-Signed-By'],
  ['security', 'X-Security'], ['segurança', 'X-Security'],
]);

/** The shown names that are a message's own header field names: a text opening with them is a message's header. */
export const HEADER_FIELD_NAMES: ReadonlySet<string> = new Set(['from', 'to', 'subject', 'date', 'bcc', 'sent', 'reply-to', 'mailed-by', 'signed-by', 'security']);

/** The shown names of the fields that name a message's parties (its sender, its addressees). */
export const ADDRESS_FIELD_NAMES: readonly string[] = [...SHOWN_FIELDS].filter(([, field]) => ['From', 'To', 'Cc', 'Bcc'].includes(field)).map(([name]) => name);
