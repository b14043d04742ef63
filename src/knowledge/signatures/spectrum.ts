// Spectrum (Charter): charter.net, spectrum.net and other Charter mail domains. Refusals end in
// "AUP#In-NNNN" (mail coming in to Spectrum) or "AUP#Out-NNNN" (mail sent by Spectrum users; also
// written "AUP#I-" and "AUP#O-") and link to Spectrum's list of error codes.
import type { Signature } from './types.js';

const SOURCE = 'https://www.spectrum.net/support/internet/understanding-email-error-codes';

export const spectrumSignatures = [
  {
    // 1300-1350: limits on connections, messages and recipients per sender over time.
    id: 'spectrum:13xx-rate-limit',
    provider: 'spectrum',
    text: ['1300', '1310', '1320', '1330', '1340', '1350'].map((code) => ['aup#', `-${code}`]),
    reason: 'ratelimited',
    source: SOURCE,
  },
] as const satisfies readonly Signature[];
