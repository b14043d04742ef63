// All provider signatures, in matching order: the first row whose every condition holds wins.
//
// Order: block-list query errors first (their text also names Spamhaus and "blocked using"), then the
// large receivers, then gateways, then the sender's own sending limit and address checks, its login to a relay, which of SPF, DKIM or DMARC failed, an attachment refused for its type, then block lists with the generic "blocked using"/RBL row, a refused HELO name, and
// greylisting last (a greylisting server that names a block list is the block list's case).
// Inside each provider file the most specific rows come first.
import { amazonSignatures } from './amazon.js';
import { appleSignatures } from './apple.js';
import { attachmentTypeSignatures } from './attachment-type.js';
import { authenticationSignatures } from './authentication.js';
import { blocklistSignatures, dnsblQueryErrorSignatures } from './blocklists.js';
import { bulkMailSignatures } from './bulk-mail.js';
import { challengeResponseSignatures } from './challenge-response.js';
import { coxSignatures } from './cox.js';
import { cpanelSignatures } from './cpanel.js';
import { gatewaySignatures } from './gateways.js';
import { googleSignatures } from './google.js';
import { greylistingSignatures } from './greylisting.js';
import { groupSignatures } from './groups.js';
import { heloSignatures } from './helo.js';
import { kddiSignatures } from './kddi.js';
import { laposteSignatures } from './laposte.js';
import { mailLoopSignatures } from './mail-loop.js';
import { microsoftSignatures } from './microsoft.js';
import { orangeSignatures } from './orange.js';
import { receiverTlsSignatures } from './receiver-tls.js';
import { recipientAddressSignatures } from './recipient-address.js';
import { relayLoginSignatures } from './relay-login.js';
import { senderAddressSignatures } from './sender-address.js';
import { sendingLimitSignatures } from './sending-limit.js';
import { spectrumSignatures } from './spectrum.js';
import type { Signature } from './types.js';
import { yahooSignatures } from './yahoo.js';

export const SIGNATURES = [
  ...dnsblQueryErrorSignatures,
  ...googleSignatures,
  ...microsoftSignatures,
  ...yahooSignatures,
  ...appleSignatures,
  ...amazonSignatures,
  ...kddiSignatures,
  ...orangeSignatures,
  ...laposteSignatures,
  ...coxSignatures,
  ...spectrumSignatures,
  ...gatewaySignatures,
  ...groupSignatures,
  // the sender's address checked (a callout) before cPanel's catch-all, whose words its reply may quote
  ...senderAddressSignatures,
  ...cpanelSignatures,
  ...sendingLimitSignatures,
  ...relayLoginSignatures,
  ...recipientAddressSignatures,
  ...authenticationSignatures,
  ...attachmentTypeSignatures,
  ...bulkMailSignatures,
  ...mailLoopSignatures,
  ...blocklistSignatures,
  ...heloSignatures,
  ...receiverTlsSignatures,
  ...greylistingSignatures,
  // only for a challenge-response request decode-auto-reply.ts read (its `rule`)
  ...challengeResponseSignatures,
] as const satisfies readonly Signature[];

export type SignatureId = (typeof SIGNATURES)[number]['id'];

/** Every signature by its id, seen through the row type (its optional fields readable on every row). */
export const SIGNATURE_BY_ID: ReadonlyMap<string, Signature> = new Map((SIGNATURES as readonly Signature[]).map((s) => [s.id, s]));

/** The signatures whose explanation has a summary of its own (`ownWords`). */
export type OwnWordsSignatureId = Extract<(typeof SIGNATURES)[number], { ownWords: true }>['id'];

export type { Pattern, Signature } from './types.js';
