// Mail loops, which no resend clears.
// - Postfix's "mail for example.com loops back to myself" (qmail's "Although I'm listed as a best-preference
//   MX..."): the domain's MX points at the sending server itself, which is not set up to take mail for it
//   (the sender's side fixes it).
// - A message that went round between servers until one stopped it (RFC 5321 §6.3: a server counts the
//   Received fields): "Hop count exceeded - possible mail loop", Sendmail's "Too many hops", Exim's
//   'Too many "Received" headers - suspected mail loop', Postfix's "mail forwarding loop for a@x", and
//   the loop notes Sisimai reads as a system error ("aliasing/forwarding loop broken", "it would create a
//   mail loop"). Usually a forward or alias that points back, or MX and relay settings that send the
//   mail back; the Received fields of the returned message show the servers it went round.
// The reason stays the one Sisimai gives such words (networkerror or systemerror); the words are the row's.
import type { Signature } from './types.js';

export const mailLoopSignatures = [
  {
    id: 'loop:back-to-myself',
    provider: 'loop',
    // qmail says the same: "Sorry. Although I'm listed as a best-preference MX or A for that host, it isn't
    // in my control/locals file, so I don't treat it as local. (#5.4.6)"
    text: ['loops back to myself', 'listed as a best-preference mx'],
    reason: 'networkerror',
    // a network error's words ("resend later", "the connection failed") would mislead
    ownWords: true,
    retry: 'after-fix',
    actors: ['sender-provider'],
    source: 'https://www.postfix.org/faq.html#loop',
  },
  {
    id: 'loop:too-many-hops',
    provider: 'loop',
    text: [
      'hop count exceeded',
      'too many hops',
      'maximum forwarding loop count exceeded',
      'too many "received" headers',
      'too many received headers',
      'mail forwarding loop for',
      'message is looping', // qmail: "This message is looping: it already has my Delivered-To line. (#5.4.6)"
      'message probably in a routing loop', // Lotus Domino, after "Maximum hop count exceeded"
    ],
    reason: 'networkerror',
    ownWords: true,
    retry: 'after-fix',
    actors: ['recipient-admin', 'sender-provider'],
    source: 'https://www.rfc-editor.org/rfc/rfc5321#section-6.3',
  },
  {
    id: 'loop:forwarding-broken',
    provider: 'loop',
    text: ['aliasing/forwarding loop broken', 'it would create a mail loop', 'loop was found in the mail exchanger'],
    reason: 'systemerror',
    ownWords: true,
    retry: 'after-fix',
    actors: ['recipient-admin', 'sender-provider'],
    source: 'https://www.rfc-editor.org/rfc/rfc5321#section-6.3',
  },
] as const satisfies readonly Signature[];
