// The catalogs of every language, assembled. Each part `satisfies` a Record over a knowledge table's
// ids in its own file, so a key missing in one language fails the build there.
import type { BasicCode } from '../knowledge/basic-codes.js';
import type { EnhancedClass, EnhancedCodeTexts, EnhancedSubject } from '../knowledge/enhanced-codes.js';
import type { OwnWordsSignatureId, SignatureId } from '../knowledge/signatures/index.js';
import type { CodeText, Locale, Reason, ReasonText, SignatureText } from '../types.js';
import type { UiText } from './ui-text.js';
import { basicCodes as enBasic } from './en/basic-codes.js';
import { enhancedClasses as enClasses, enhancedCodes as enEnhanced, enhancedSubjects as enSubjects } from './en/enhanced-codes.js';
import { reasons as enReasons } from './en/reasons.js';
import { signatureWords as enSignatureWords, signatures as enSignatures } from './en/signatures.js';
import { ui as enUi } from './en/ui.js';
import { basicCodes as ptBasic } from './pt-BR/basic-codes.js';
import { enhancedClasses as ptClasses, enhancedCodes as ptEnhanced, enhancedSubjects as ptSubjects } from './pt-BR/enhanced-codes.js';
import { reasons as ptReasons } from './pt-BR/reasons.js';
import { signatureWords as ptSignatureWords, signatures as ptSignatures } from './pt-BR/signatures.js';
import { ui as ptUi } from './pt-BR/ui.js';

export interface Catalog {
  basicCodes: Record<BasicCode, CodeText>;
  enhancedCodes: EnhancedCodeTexts;
  enhancedClasses: Record<EnhancedClass, string>;
  enhancedSubjects: Record<EnhancedSubject, string>;
  reasons: Record<Reason, ReasonText>;
  signatures: Record<SignatureId, string>;
  signatureWords: Record<OwnWordsSignatureId, SignatureText>;
  ui: UiText;
}

const en: Catalog = {
  basicCodes: enBasic, enhancedCodes: enEnhanced, enhancedClasses: enClasses, enhancedSubjects: enSubjects,
  reasons: enReasons, signatures: enSignatures, signatureWords: enSignatureWords, ui: enUi,
};

const ptBR: Catalog = {
  basicCodes: ptBasic, enhancedCodes: ptEnhanced, enhancedClasses: ptClasses, enhancedSubjects: ptSubjects,
  reasons: ptReasons, signatures: ptSignatures, signatureWords: ptSignatureWords, ui: ptUi,
};

export const CATALOGS: Record<Locale, Catalog> = { 'pt-BR': ptBR, en };

export { matchLocale } from './match-locale.js';
