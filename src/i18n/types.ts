// Text types every language catalog uses (re-exported for the catalog files).
export type { CodeText, ReasonText } from '../types.js';
