// Decoders of the non-standard formats of real MTAs and providers, tried in this order after ARF
// reports and before the generic RFC 3464 and plain-text decoders. Each returns null when the message
// is not of its family (decided by the family's own markers: sender, subject, headers, notice text).
// A new family goes in its own file here, one line in this list, and a synthetic test.
import type { Decoder } from '../types.js';
import { amazonsesDecoder } from './amazonses.js';
import { appleUnsubscribeDecoder } from './apple-unsubscribe.js';
import { dominoDecoder } from './domino.js';
import { exchange2003Decoder } from './exchange2003.js';
import { ezwebDecoder } from './ezweb.js';
import { gmailDecoder } from './gmail.js';
import { mailruDecoder } from './mailru.js';
import { notesDecoder } from './notes.js';
import { sendgridDecoder } from './sendgrid.js';
import { verizonDecoder } from './verizon.js';
import { yahooDecoder } from './yahoo.js';
import { zohoDecoder } from './zoho.js';
import { postfixDecoder } from './postfix.js';
import { sendmailDecoder } from './sendmail.js';
import { eximDecoder } from './exim.js';
import { opensmtpdDecoder } from './opensmtpd.js';
import { qmailDecoder } from './qmail.js';
import { courierDecoder } from './courier.js';
import { powermtaDecoder } from './powermta.js';
import { imailserverDecoder } from './imailserver.js';
import { interscanmssDecoder } from './interscanmss.js';
import { mailmarshalsmtpDecoder } from './mailmarshalsmtp.js';
import { apachejamesDecoder } from './apachejames.js';
import { fmlDecoder } from './fml.js';
import { x3Decoder } from './x3.js';

export const FAMILY_DECODERS: readonly Decoder[] = [
  amazonsesDecoder,
  ezwebDecoder,
  verizonDecoder,
  exchange2003Decoder,
  gmailDecoder,
  yahooDecoder,
  zohoDecoder,
  mailruDecoder,
  dominoDecoder,
  notesDecoder,
  sendgridDecoder,
  appleUnsubscribeDecoder,
  postfixDecoder,
  sendmailDecoder,
  eximDecoder,
  opensmtpdDecoder,
  qmailDecoder,
  courierDecoder,
  powermtaDecoder,
  imailserverDecoder,
  interscanmssDecoder,
  mailmarshalsmtpDecoder,
  apachejamesDecoder,
  fmlDecoder,
  x3Decoder,
];
