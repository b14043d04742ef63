// Orange (France): orange.fr and wanadoo.fr mailboxes, MX hosts smtp-in.orange.fr and smtp.wanadoo.fr.
//
// Orange ends each refusal with its own code: "OFR_506 [506]", "OFR005_505 [505]", "ofr_506 [506]"
// (an "OFR" tag, an optional number, "_" and the code, often repeated in brackets). The French and
// English sentences before it are shared by several codes ("Mail rejete. Mail rejected.", "Service
// refuse. Service refused, please try later."), so the rows look for the code.
import type { Signature } from './types.js';

const SOURCE = 'observed';

export const orangeSignatures = [
  {
    // 550 5.1.1 "Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416".
    id: 'orange:416-invalid-recipient',
    provider: 'orange',
    text: ['_416 [416]', ['ofr', '_416']],
    reason: 'userunknown',
    source: SOURCE,
  },
  {
    // 421 4.2.0 "Service refuse. Veuillez essayer plus tard. Service refused, please try later.
    // OFR005_505 [505]": a temporary fault on Orange's side; the sender's server retries.
    id: 'orange:505-service-refused',
    provider: 'orange',
    text: ['_505 [505]', ['ofr', '_505']],
    reason: 'systemerror',
    source: SOURCE,
  },
  {
    // 550 5.2.0 "Mail rejete. Mail rejected. OFR_506 [506]": Orange's filter took the message for spam.
    id: 'orange:506-spam',
    provider: 'orange',
    text: ['_506 [506]', ['ofr', '_506']],
    reason: 'spamdetected',
    source: SOURCE,
  },
  {
    // 421 "Service refused, please try later. OFR_999 [999]": Orange refuses the sending IP for now
    // (its reputation or the rate of its connections).
    id: 'orange:999-ip-refused',
    provider: 'orange',
    text: ['_999 [999]', ['ofr', '_999']],
    reason: 'blocked',
    source: SOURCE,
  },
] as const satisfies readonly Signature[];
