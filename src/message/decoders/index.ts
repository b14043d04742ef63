// Decoders of the non-standard formats of real MTAs and providers, tried in this order after ARF
// reports and before the generic RFC 3464 and plain-text decoders. Each returns null when the message
// is not of its family (decided by the family's own markers: sender, subject, headers, notice text).
// A new family goes in its own file here, one line in this list, and a synthetic test.
import type { Decoder } from '../types.js';

export const FAMILY_DECODERS: readonly Decoder[] = [];
