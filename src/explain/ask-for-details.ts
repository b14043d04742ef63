// A pasted notice that says a message failed, with no code and no cause ("Your message wasn't delivered
// to ana@example.com."): the technical details a mail client shows below the notice (Gmail's, Microsoft
// 365's) usually hold the server's reply, and the advice asks for them first.
import { CATALOGS } from '../i18n/catalog.js';
import { hasError, type Result } from '../result.js';

export function askForDetails(r: Result): Result {
  if (r.reason !== 'undefined' || r.kind === 'success' || r.replyCode || (r.status && !r.statusDerived) || hasError(r)) return r;
  return { ...r, advice: `${CATALOGS[r.lang].ui.pasteTechnicalDetails} ${r.advice}` };
}
