// Phrases that mean: the receiving server refused to relay the message.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const norelaying = {
  reason: 'norelaying',
  phrases: [
    'insecure mail relay',
    'relay access denied',
    'relaying denied',
    'relay denied',
    'relaying not allowed',
    'relay not permitted',
    'not permitted to relay',
    'we do not relay',
    'unable to relay',
    'relay not allowed',
    'relaying mail to',
    'is not permitted to relay',
    "that domain isn't in my list of allowed rcpthost",
    'not allowed to relay',
    'relay prohibited',
    'relaying prohibited',
    'no relaying',
    'relay access not allowed',
    'cannot relay',
    'relaying is prohibited',
    "domain isn't in my list of allowed rcpthosts",
    'relay not authorized',
    // "550 5.7.1 ... is not authorized to relay", "not authorised to relay through this server" (read as a
    // policy's generic "not authorized")
    'not authorized to relay', 'not authorised to relay',
    'relay rejected',
    'relaying not permitted',
    'relaying disallowed', // "553 Relaying disallowed"
    'relay disallowed',
    // the address between the words: Kerio's "Relaying to <ana@example.net> denied (authentication required)"
    ['relaying to', 'denied'],
    // qmail's chkuser: "that domain isn't allowed to be relayed thru this MTA"
    "isn't allowed to be relayed",
    'not allowed to be relayed',
    'delivery is not allowed to this address', // hMailServer: a recipient outside its domains, without a login
    // Symantec MessageLabs: "553-you are trying to use me [server-6.tower-1.messagelabs.com] as a relay, but I
    // have not been configured to let you [192.0.2.10, mail.example.net] do this." (read as no reason)
    ['trying to use me', 'as a relay'],
    // MailEnable: "503 This mail server requires authentication when attempting to send to a non-local e-mail
    // address..." (read as a command out of sequence, its 503)
    'requires authentication when attempting to send to a non-local',
    'relay negado',
    'relay não permitido',
    'não autorizado a enviar por este servidor',
    'relay não autorizado',
    'relay proibido',
    'relay recusado',
    'retransmissão negada',
    'retransmissão não permitida',
    'retransmissão não autorizada',
    'não é possível retransmitir', // "unable to relay"
    'não é permitido retransmitir',
    'não é permitido fazer relay',
    'não fazemos relay', // "we do not relay"
    'não faz relay', // "Este servidor não faz relay para domínios externos"
    'não permite relay',
    'não é permitido relay', // "Não é permitido relay"
    'relay não é permitido',
    // "Envio para domínios externos não permitido sem autenticação"
    ['domínios externos', 'sem autenticação'],
    // Spanish, French, German, Italian: "Relay no permitido", "Relais interdit", "Relaying nicht erlaubt"
    'relay no permitido',
    'relay denegado',
    'no permite reenvío',
    ['no está autorizado', 'a través de este servidor'], // "Usted no está autorizado a enviar correo a través de este servidor"
    'relais interdit',
    'relaying nicht erlaubt',
    'relay non permesso',
  ],
} as const satisfies PhraseSet;
